package org.paperledge.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.xml.XMLConstants;
import org.paperledge.show.Show;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The show's RSS 2.0 feed, with the iTunes, Podcasting 2.0 and content namespaces, built from the episodes
 * published in the output folder (their feed items), never from the scripts: an episode stays in the feed when its
 * script is removed, until it is retired. The channel and every item disclose that the voices are synthetic.
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

  /** The feed document for {@code episodes} (newest first). */
  public byte[] xml(List<Episode> episodes) throws IOException {
    Document doc = Xml.newDocument();
    Element rss = doc.createElement("rss");
    rss.setAttribute("version", "2.0");
    rss.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:itunes", FeedItem.ITUNES);
    rss.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:podcast", PODCAST);
    rss.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:content", FeedItem.CONTENT);
    rss.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:atom", ATOM);
    doc.appendChild(rss);
    Element channel = Xml.add(rss, null, "channel", null);
    String feedUrl = show.baseUrl().resolve(FILE).toASCIIString();
    Xml.add(channel, null, "title", show.name());
    Xml.add(channel, null, "link", show.link().toASCIIString());
    Element self = doc.createElementNS(ATOM, "atom:link");
    self.setAttribute("href", feedUrl);
    self.setAttribute("rel", "self");
    self.setAttribute("type", "application/rss+xml");
    channel.appendChild(self);
    Xml.add(channel, null, "description", Disclosure.appendTo(show.description(), Disclosure.SHOW));
    Xml.add(channel, null, "language", show.language());
    Xml.add(channel, null, "copyright", show.copyright());
    Xml.add(channel, null, "generator", "PaperLedge");
    if (!episodes.isEmpty()) {
      Xml.add(channel, null, "lastBuildDate", Xml.text(episodes.get(0).item(), "pubDate"));
    }
    Xml.add(channel, FeedItem.ITUNES, "itunes:author", show.author());
    Element owner = Xml.add(channel, FeedItem.ITUNES, "itunes:owner", null);
    Xml.add(owner, FeedItem.ITUNES, "itunes:name", show.ownerName());
    Xml.add(owner, FeedItem.ITUNES, "itunes:email", show.ownerEmail());
    Xml.add(channel, FeedItem.ITUNES, "itunes:image", null)
        .setAttribute("href", show.baseUrl().resolve(coverFile).toASCIIString());
    Element image = Xml.add(channel, null, "image", null);
    Xml.add(image, null, "url", show.baseUrl().resolve(coverFile).toASCIIString());
    Xml.add(image, null, "title", show.name());
    Xml.add(image, null, "link", show.link().toASCIIString());
    Xml.add(channel, FeedItem.ITUNES, "itunes:category", null).setAttribute("text", XmlText.clean(show.category()));
    Xml.add(channel, FeedItem.ITUNES, "itunes:explicit", Boolean.toString(show.explicit()));
    Xml.add(channel, FeedItem.ITUNES, "itunes:type", "episodic");
    Xml.add(channel, PODCAST, "podcast:guid", guid(feedUrl));
    Xml.add(channel, PODCAST, "podcast:locked", "yes").setAttribute("owner", XmlText.clean(show.ownerEmail()));
    Disclosure.tag(channel);
    for (Episode episode : episodes) {
      channel.appendChild(item(doc, episode));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Xml.serialize(doc, out);
    byte[] bytes = out.toByteArray();
    try {
      Xml.parser().parse(new ByteArrayInputStream(bytes)); // never publish a feed that does not parse
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
    item.removeAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "podcast");
    item.removeAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "content");
    stripWhitespace(item);
    String base = episode.slug();
    if (item.getElementsByTagNameNS(FeedItem.ITUNES, "image").getLength() == 0) {
      Xml.add(item, FeedItem.ITUNES, "itunes:image", null)
          .setAttribute("href", show.baseUrl().resolve(coverFile).toASCIIString());
    }
    if (!Disclosure.hasTag(item)) {
      // an item rendered before items disclosed their synthetic voices
      Element description = Xml.optionalChild(item, "description")
          .orElseGet(() -> Xml.add(item, null, "description", ""));
      description.setTextContent(XmlText.clean(Disclosure.appendTo(description.getTextContent(),
          Disclosure.EPISODE)));
      Disclosure.tag(item);
    }
    Xml.add(item, FeedItem.ITUNES, "itunes:episodeType", "full");
    Element chapters = Xml.add(item, PODCAST, "podcast:chapters", null);
    chapters.setAttribute("url", show.baseUrl().resolve(base + ".chapters.json").toASCIIString());
    chapters.setAttribute("type", "application/json+chapters");
    for (String[] kind : new String[][] {{"vtt", "text/vtt"}, {"srt", "application/x-subrip"}}) {
      Element transcript = Xml.add(item, PODCAST, "podcast:transcript", null);
      transcript.setAttribute("url", show.baseUrl().resolve(base + "." + kind[0]).toASCIIString());
      transcript.setAttribute("type", kind[1]);
      transcript.setAttribute("language", show.language());
      transcript.setAttribute("rel", "captions");
    }
    if (item.getElementsByTagNameNS(PODCAST, "person").getLength() == 0) {
      // an item rendered before items named their people: its host is the show's
      Element person = Xml.add(item, PODCAST, "podcast:person", show.host());
      person.setAttribute("role", "host");
      person.setAttribute("group", "cast");
    }
    return item;
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
