package org.paperledge.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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

/**
 * An episode's RSS 2.0 {@code <item>}, with the iTunes namespace, as written beside its MP3.
 *
 * @param title the episode title
 * @param description the plain-text description
 * @param guid the permanent guid (not a permalink)
 * @param published publication time
 * @param enclosureUrl the MP3's public URL
 * @param enclosureLength the MP3's size in bytes
 * @param durationSeconds the MP3's duration, whole seconds
 * @param episode the episode number, if any
 * @param season the season number, if any
 * @param explicit whether the episode is explicit
 * @param link the paper's URL, if any
 */
public record FeedItem(String title, String description, String guid, java.time.OffsetDateTime published,
    URI enclosureUrl, long enclosureLength, long durationSeconds, OptionalInt episode, OptionalInt season,
    boolean explicit, Optional<URI> link) {

  /** The iTunes podcast namespace. */
  public static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  private static final DateTimeFormatter RFC_2822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

  public FeedItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(enclosureUrl, "enclosureUrl");
    if (enclosureLength <= 0) {
      throw new IllegalArgumentException("enclosure length must be positive");
    }
  }

  /** The publication time in RFC 2822 form, as RSS requires. */
  public String pubDate() {
    return RFC_2822.format(published.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** Builds the {@code <item>} element in {@code doc}. */
  public Element toElement(Document doc) {
    Element item = doc.createElement("item");
    text(doc, item, "title", title);
    text(doc, item, "description", description);
    link.ifPresent(uri -> text(doc, item, "link", uri.toASCIIString()));
    Element guidElement = text(doc, item, "guid", guid);
    guidElement.setAttribute("isPermaLink", "false");
    text(doc, item, "pubDate", pubDate());
    Element enclosure = doc.createElement("enclosure");
    enclosure.setAttribute("url", enclosureUrl.toASCIIString());
    enclosure.setAttribute("length", Long.toString(enclosureLength));
    enclosure.setAttribute("type", "audio/mpeg");
    item.appendChild(enclosure);
    itunes(doc, item, "title", title);
    itunes(doc, item, "duration", Long.toString(durationSeconds));
    episode.ifPresent(n -> itunes(doc, item, "episode", Integer.toString(n)));
    season.ifPresent(n -> itunes(doc, item, "season", Integer.toString(n)));
    itunes(doc, item, "explicit", Boolean.toString(explicit));
    return item;
  }

  /** Writes this item as a standalone XML document whose root is the {@code <item>}. */
  public void write(OutputStream out) throws IOException {
    Document doc = newDocument();
    Element item = toElement(doc);
    item.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:itunes", ITUNES);
    doc.appendChild(item);
    serialize(doc, out);
  }

  static Document newDocument() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

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

  private static Element text(Document doc, Element parent, String name, String value) {
    Element element = doc.createElement(name);
    element.setTextContent(XmlText.clean(value));
    parent.appendChild(element);
    return element;
  }

  private static void itunes(Document doc, Element parent, String name, String value) {
    Element element = doc.createElementNS(ITUNES, "itunes:" + name);
    element.setTextContent(XmlText.clean(value));
    parent.appendChild(element);
  }

  /** The description a listener reads: the summary, the paper link and the full author credit. */
  public static String description(String summary, Optional<URI> paper, List<String> authors) {
    StringBuilder out = new StringBuilder(summary.strip());
    paper.ifPresent(uri -> out.append(out.length() > 0 ? "\n\n" : "").append("Paper: ").append(uri));
    if (!authors.isEmpty()) {
      out.append(out.length() > 0 ? "\n" : "").append("Authors: ").append(String.join(", ", authors));
    }
    return out.toString();
  }
}
