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
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An episode's RSS 2.0 {@code <item>}, with the iTunes, Podcasting 2.0 and content namespaces, as written beside
 * its MP3. Every item says that its voices are synthetic ({@link Disclosure}).
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
 * @param people who speaks in the episode, host first ({@code podcast:person})
 * @param image the episode's own cover art ({@code itunes:image}), if it has one; the feed gives the show's otherwise
 * @param notes the show notes' HTML ({@code content:encoded}), or empty for none
 * @param alternate the same audio in another format ({@code podcast:alternateEnclosure}), if published
 */
public record FeedItem(String title, String description, String guid, java.time.OffsetDateTime published,
    URI enclosureUrl, long enclosureLength, long durationSeconds, OptionalInt episode, OptionalInt season,
    boolean explicit, Optional<URI> link, List<Person> people, Optional<URI> image, String notes,
    Optional<Alternate> alternate) {

  /**
   * The episode's audio in another format, listed as a Podcasting 2.0 {@code podcast:alternateEnclosure} with one
   * {@code podcast:source}.
   *
   * @param type its media type, such as {@code audio/mp4}
   * @param url where it is published
   * @param length its size in bytes
   * @param bitrate its bits per second
   * @param title what apps call it in a list of formats
   */
  public record Alternate(String type, URI url, long length, long bitrate, String title) {
    public Alternate {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(title, "title");
      if (length <= 0 || bitrate <= 0) {
        throw new IllegalArgumentException("an alternate enclosure needs a positive length and bitrate");
      }
    }
  }

  /** An item without art of its own, show notes or another format. */
  public FeedItem(String title, String description, String guid, java.time.OffsetDateTime published,
      URI enclosureUrl, long enclosureLength, long durationSeconds, OptionalInt episode, OptionalInt season,
      boolean explicit, Optional<URI> link, List<Person> people) {
    this(title, description, guid, published, enclosureUrl, enclosureLength, durationSeconds, episode, season,
        explicit, link, people, Optional.empty(), "", Optional.empty());
  }

  /**
   * A person heard in the episode.
   *
   * @param name as listeners see it
   * @param role {@code host}, {@code co-host} or {@code guest} (the Podcasting 2.0 taxonomy's roles)
   */
  public record Person(String name, String role) {
    public Person {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
    }
  }

  /** The iTunes podcast namespace. */
  public static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  /** The RSS content module, for {@code content:encoded}. */
  public static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  private static final DateTimeFormatter RFC_2822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

  public FeedItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(enclosureUrl, "enclosureUrl");
    people = List.copyOf(people);
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(alternate, "alternate");
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
    Xml.add(item, null, "title", title);
    Xml.add(item, null, "description", description);
    if (!notes.isBlank()) {
      Xml.add(item, CONTENT, "content:encoded", notes); // escaped as text, never CDATA: a reader unescapes it once
    }
    link.ifPresent(uri -> Xml.add(item, null, "link", uri.toASCIIString()));
    Xml.add(item, null, "guid", guid).setAttribute("isPermaLink", "false");
    Xml.add(item, null, "pubDate", pubDate());
    Element enclosure = doc.createElement("enclosure");
    enclosure.setAttribute("url", enclosureUrl.toASCIIString());
    enclosure.setAttribute("length", Long.toString(enclosureLength));
    enclosure.setAttribute("type", "audio/mpeg");
    item.appendChild(enclosure);
    alternate.ifPresent(other -> {
      Element element = Xml.add(item, Feed.PODCAST, "podcast:alternateEnclosure", null);
      element.setAttribute("type", other.type());
      element.setAttribute("length", Long.toString(other.length()));
      element.setAttribute("bitrate", Long.toString(other.bitrate()));
      element.setAttribute("title", XmlText.clean(other.title()));
      Xml.add(element, Feed.PODCAST, "podcast:source", null).setAttribute("uri", other.url().toASCIIString());
    });
    Xml.add(item, ITUNES, "itunes:title", title);
    image.ifPresent(uri -> Xml.add(item, ITUNES, "itunes:image", null).setAttribute("href", uri.toASCIIString()));
    Xml.add(item, ITUNES, "itunes:duration", Long.toString(durationSeconds));
    episode.ifPresent(n -> Xml.add(item, ITUNES, "itunes:episode", Integer.toString(n)));
    season.ifPresent(n -> Xml.add(item, ITUNES, "itunes:season", Integer.toString(n)));
    Xml.add(item, ITUNES, "itunes:explicit", Boolean.toString(explicit));
    for (Person person : people) {
      Element element = Xml.add(item, Feed.PODCAST, "podcast:person", person.name());
      element.setAttribute("role", person.role());
      element.setAttribute("group", "cast");
    }
    Disclosure.tag(item);
    return item;
  }

  /** Writes this item as a standalone XML document whose root is the {@code <item>}. */
  public void write(OutputStream out) throws IOException {
    Document doc = Xml.newDocument();
    Element item = toElement(doc);
    item.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:itunes", ITUNES);
    item.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:podcast", Feed.PODCAST);
    if (!notes.isBlank()) {
      item.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:content", CONTENT);
    }
    doc.appendChild(item);
    Xml.serialize(doc, out);
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
