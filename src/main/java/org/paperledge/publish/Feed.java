package org.paperledge.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.paperledge.show.Show;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The show's RSS 2.0 feed, with the iTunes and Podcasting 2.0 namespaces, built from the episodes published in
 * the output folder (their feed items), never from the scripts: an episode stays in the feed when its script is
 * removed, until it is retired.
 */
public final class Feed {
  /** The Podcasting 2.0 namespace. */
  public static final String PODCAST = "https://podcastindex.org/namespace/1.0";
  /** File name of the feed. */
  public static final String FILE = "feed.xml";
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final Show show;
  private final String coverFile;

  public Feed(Show show, String coverFile) {
    this.show = show;
    this.coverFile = coverFile;
  }

  /**
   * The episodes published in {@code outDir}: every {@code SLUG.xml} item whose MP3 is there, newest first,
   * except {@code retired} ones.
   *
   * @param problems told of item files that are skipped, and why
   */
  public List<Episode> episodes(Path outDir, Set<String> retired, java.util.function.Consumer<String> problems)
      throws IOException {
    List<Episode> episodes = new ArrayList<>();
    List<Path> items;
    try (Stream<Path> files = Files.list(outDir)) {
      items = files.filter(p -> p.getFileName().toString().matches("[a-z0-9]+(-[a-z0-9]+)*\\.xml"))
          .filter(p -> !p.getFileName().toString().equals(FILE)).sorted().toList();
    }
    for (Path file : items) {
      String slug = file.getFileName().toString().replaceFirst("\\.xml$", "");
      if (retired.contains(slug)) {
        continue;
      }
      Path mp3 = outDir.resolve(slug + ".mp3");
      boolean hasMp3 = Files.isRegularFile(mp3);
      try {
        Optional<Episode> episode = episode(slug, Files.readAllBytes(file), hasMp3 ? Files.size(mp3) : 0);
        if (episode.isPresent() && !hasMp3) {
          problems.accept(file + ": its MP3 is missing; left out of the feed");
        } else {
          episode.ifPresent(episodes::add);
        }
      } catch (IllegalArgumentException e) {
        problems.accept(file + ": " + e.getMessage() + "; left out of the feed");
      }
    }
    return newestFirst(episodes);
  }

  /**
   * One episode from the bytes of its item file, wherever they were kept (the output folder, or a host the
   * show was published to), with the size of its MP3; empty when the XML is not a feed item.
   *
   * @throws IllegalArgumentException when it is an item but not a valid one
   */
  public static Optional<Episode> episode(String slug, byte[] itemXml, long mp3Length)
      throws IOException {
    try {
      Document doc = parser().parse(new ByteArrayInputStream(itemXml));
      Element item = doc.getDocumentElement();
      if (!item.getTagName().equals("item")) {
        return Optional.empty();
      }
      Element enclosure = child(item, "enclosure");
      OffsetDateTime published = ZonedDateTime.parse(text(item, "pubDate"),
          DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
      enclosure.setAttribute("length", Long.toString(mp3Length));
      return Optional.of(new Episode(slug, item, published,
          java.net.URI.create(enclosure.getAttribute("url")), text(item, "title")));
    } catch (SAXException | DateTimeParseException | IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("not a valid feed item (" + e.getMessage() + ")", e);
    }
  }

  /** {@code episodes} in feed order: newest first, then by slug. */
  public static List<Episode> newestFirst(Collection<Episode> episodes) {
    List<Episode> sorted = new ArrayList<>(episodes);
    sorted.sort(Comparator.comparing(Episode::published).reversed().thenComparing(Episode::slug));
    return sorted;
  }

  /** The feed document for {@code episodes} (newest first). */
  public byte[] xml(List<Episode> episodes) throws IOException {
    Document doc = FeedItem.newDocument();
    Element rss = doc.createElement("rss");
    rss.setAttribute("version", "2.0");
    rss.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:itunes", FeedItem.ITUNES);
    rss.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:podcast", PODCAST);
    rss.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:atom", ATOM);
    doc.appendChild(rss);
    Element channel = element(doc, rss, "channel", null);
    String feedUrl = show.baseUrl().resolve(FILE).toASCIIString();
    element(doc, channel, "title", show.name());
    element(doc, channel, "link", show.link().toASCIIString());
    Element self = doc.createElementNS(ATOM, "atom:link");
    self.setAttribute("href", feedUrl);
    self.setAttribute("rel", "self");
    self.setAttribute("type", "application/rss+xml");
    channel.appendChild(self);
    element(doc, channel, "description", show.description());
    element(doc, channel, "language", show.language());
    element(doc, channel, "copyright", show.copyright());
    element(doc, channel, "generator", "PaperLedge");
    if (!episodes.isEmpty()) {
      element(doc, channel, "lastBuildDate", text(episodes.get(0).item(), "pubDate"));
    }
    itunes(doc, channel, "author", show.author());
    Element owner = itunes(doc, channel, "owner", null);
    itunes(doc, owner, "name", show.ownerName());
    itunes(doc, owner, "email", show.ownerEmail());
    itunes(doc, channel, "image", null).setAttribute("href", show.baseUrl().resolve(coverFile).toASCIIString());
    Element image = element(doc, channel, "image", null);
    element(doc, image, "url", show.baseUrl().resolve(coverFile).toASCIIString());
    element(doc, image, "title", show.name());
    element(doc, image, "link", show.link().toASCIIString());
    itunes(doc, channel, "category", null).setAttribute("text", XmlText.clean(show.category()));
    itunes(doc, channel, "explicit", Boolean.toString(show.explicit()));
    itunes(doc, channel, "type", "episodic");
    podcast(doc, channel, "guid", guid(feedUrl));
    podcast(doc, channel, "locked", "yes").setAttribute("owner", XmlText.clean(show.ownerEmail()));
    for (Episode episode : episodes) {
      channel.appendChild(item(doc, episode));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FeedItem.serialize(doc, out);
    byte[] bytes = out.toByteArray();
    try {
      parser().parse(new ByteArrayInputStream(bytes)); // never publish a feed that does not parse
    } catch (SAXException e) {
      throw new IOException("the feed built does not parse: " + e.getMessage(), e);
    }
    return bytes;
  }

  /** The Podcasting 2.0 guid: a UUIDv5 of the feed URL without its scheme and trailing slashes. */
  public static String guid(String feedUrl) {
    String name = feedUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceAll("/+$", "");
    return EpisodeGuid.v5(EpisodeGuid.PODCAST_NAMESPACE, name).toString();
  }

  private Element item(Document doc, Episode episode) {
    Element item = (Element) doc.importNode(episode.item(), true);
    item.removeAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "itunes");
    stripWhitespace(item);
    String base = episode.slug();
    itunes(doc, item, "image", null).setAttribute("href", show.baseUrl().resolve(coverFile).toASCIIString());
    itunes(doc, item, "episodeType", "full");
    Element chapters = podcast(doc, item, "chapters", null);
    chapters.setAttribute("url", show.baseUrl().resolve(base + ".chapters.json").toASCIIString());
    chapters.setAttribute("type", "application/json+chapters");
    for (String[] kind : new String[][] {{"vtt", "text/vtt"}, {"srt", "application/x-subrip"}}) {
      Element transcript = podcast(doc, item, "transcript", null);
      transcript.setAttribute("url", show.baseUrl().resolve(base + "." + kind[0]).toASCIIString());
      transcript.setAttribute("type", kind[1]);
      transcript.setAttribute("language", show.language());
      transcript.setAttribute("rel", "captions");
    }
    Element person = podcast(doc, item, "person", show.host());
    person.setAttribute("role", "host");
    person.setAttribute("group", "cast");
    return item;
  }

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

  private static Element element(Document doc, Element parent, String name, String text) {
    Element element = doc.createElement(name);
    if (text != null) {
      element.setTextContent(XmlText.clean(text));
    }
    parent.appendChild(element);
    return element;
  }

  private static Element itunes(Document doc, Element parent, String name, String text) {
    Element element = doc.createElementNS(FeedItem.ITUNES, "itunes:" + name);
    if (text != null) {
      element.setTextContent(XmlText.clean(text));
    }
    parent.appendChild(element);
    return element;
  }

  private static Element podcast(Document doc, Element parent, String name, String text) {
    Element element = doc.createElementNS(PODCAST, "podcast:" + name);
    if (text != null) {
      element.setTextContent(XmlText.clean(text));
    }
    parent.appendChild(element);
    return element;
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException("no <" + name + ">");
  }

  private static String text(Element parent, String name) {
    return child(parent, name).getTextContent().strip();
  }

  /** Removes the indentation between elements, so the feed is indented afresh and consistently. */
  private static void stripWhitespace(Node node) {
    for (Node n = node.getFirstChild(); n != null; ) {
      Node next = n.getNextSibling();
      if (n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank() && node.getChildNodes().getLength() > 1) {
        node.removeChild(n);
      } else if (n instanceof Element) {
        stripWhitespace(n);
      }
      n = next;
    }
  }
}
