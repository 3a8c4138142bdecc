package org.paperledge.publish;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The JDK's DOM, the way the feed and its items use it: documents built element by element with text cleaned of
 * what XML 1.0 forbids, written indented, and parsed without DTDs, entities or includes.
 */
final class Xml {
  private Xml() {}

  /** A new, empty, namespace-aware document. */
  static Document newDocument() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A parser that refuses DTDs and never expands entities or follows includes. */
  static DocumentBuilder parser() throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IOException(e);
    }
  }

  /** Writes {@code doc} as UTF-8, indented by two spaces. */
  static void serialize(Document doc, OutputStream out) throws IOException {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      doc.setXmlStandalone(true);
      transformer.transform(new DOMSource(doc), new StreamResult(out));
    } catch (TransformerException e) {
      throw new IOException("cannot write XML: " + e.getMessage(), e);
    }
  }

  /**
   * Appends a new element to {@code parent}, in {@code namespace} (null for none) with {@code name} qualified as
   * it should be written, holding {@code text} (cleaned) unless it is null.
   */
  static Element add(Element parent, String namespace, String name, String text) {
    Document doc = parent.getOwnerDocument();
    Element element = namespace == null ? doc.createElement(name) : doc.createElementNS(namespace, name);
    if (text != null) {
      element.setTextContent(XmlText.clean(text));
    }
    parent.appendChild(element);
    return element;
  }

  /** The first child element of {@code parent} named {@code name}. */
  static Element child(Element parent, String name) {
    return optionalChild(parent, name).orElseThrow(() -> new IllegalArgumentException("no <" + name + ">"));
  }

  /** The first child element of {@code parent} named {@code name} (as written, prefix included), if any. */
  static java.util.Optional<Element> optionalChild(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return java.util.Optional.of(e);
      }
    }
    return java.util.Optional.empty();
  }

  /** The stripped text of the first child element of {@code parent} named {@code name}, or empty. */
  static String textOrEmpty(Element parent, String name) {
    return optionalChild(parent, name).map(e -> e.getTextContent().strip()).orElse("");
  }

  /** The first child element of {@code parent} in {@code namespace} with {@code localName}, if any. */
  static java.util.Optional<Element> childNS(Element parent, String namespace, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        return java.util.Optional.of(e);
      }
    }
    return java.util.Optional.empty();
  }

  /** The stripped text of the first child element of {@code parent} named {@code name}. */
  static String text(Element parent, String name) {
    return child(parent, name).getTextContent().strip();
  }
}
