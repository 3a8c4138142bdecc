package org.paperledge.speech;

import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the MaryXML documents given to MaryTTS at the TOKENS stage: {@code <p>}, an optional {@code <prosody>},
 * one {@code <s>}, one {@code <t>} per token. Nothing but {@code <t>} elements are siblings of tokens, since
 * MaryTTS's preprocessing fails when an abbreviation or time token is followed by anything else.
 */
final class MaryXml {
  static final String NAMESPACE = "http://mary.dfki.de/2002/MaryXML";

  private MaryXml() {}

  static Document tokens(List<Token> tokens, double rate) {
    Document doc;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      doc = factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    Element root = doc.createElementNS(NAMESPACE, "maryxml");
    root.setAttribute("version", "0.5");
    root.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", "en-US");
    doc.appendChild(root);
    Element p = doc.createElementNS(NAMESPACE, "p");
    root.appendChild(p);
    Element parent = p;
    if (Math.abs(rate - 1.0) > 1e-6) {
      Element prosody = doc.createElementNS(NAMESPACE, "prosody");
      prosody.setAttribute("rate", String.format(Locale.ROOT, "%.0f%%", rate * 100));
      p.appendChild(prosody);
      parent = prosody;
    }
    Element s = doc.createElementNS(NAMESPACE, "s");
    parent.appendChild(s);
    for (Token token : tokens) {
      Element t = doc.createElementNS(NAMESPACE, "t");
      t.setTextContent(token.text());
      token.phonemes().ifPresent(ph -> t.setAttribute("ph", ph));
      s.appendChild(t);
    }
    return doc;
  }
}
