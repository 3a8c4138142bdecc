package org.paperledge.publish;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.paperledge.model.HttpUrl;
import org.w3c.dom.Element;

/**
 * A published episode as the feed sees it: its item file, parsed, and where its files are.
 *
 * @param slug the file-name stem
 * @param item the {@code <item>} element's content, as written by the renderer
 * @param published its publication time, for ordering
 * @param enclosure the MP3's URL
 * @param title its title
 */
public record Episode(String slug, Element item, OffsetDateTime published, URI enclosure, String title) {
  public Episode {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(enclosure, "enclosure");
    Objects.requireNonNull(title, "title");
  }

  /** The plain-text description, or empty. */
  public String description() {
    return Xml.textOrEmpty(item, "description");
  }

  /** The duration in whole seconds ({@code itunes:duration}, in seconds or {@code [hh:]mm:ss}), or 0 if unknown. */
  public long seconds() {
    String text = Xml.childNS(item, FeedItem.ITUNES, "duration").map(e -> e.getTextContent().strip()).orElse("");
    if (!text.matches("\\d{1,9}(:\\d{1,2}){0,2}")) {
      return 0;
    }
    long seconds = 0;
    for (String part : text.split(":")) {
      seconds = seconds * 60 + Long.parseLong(part);
    }
    return seconds;
  }

  /** The episode number, if the item has one. */
  public OptionalInt number() {
    String text = Xml.childNS(item, FeedItem.ITUNES, "episode").map(e -> e.getTextContent().strip()).orElse("");
    return text.matches("\\d{1,9}") ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
  }

  /** The episode's own cover art ({@code itunes:image} in its item), if it has one. */
  public Optional<URI> image() {
    return Xml.childNS(item, FeedItem.ITUNES, "image").flatMap(e -> HttpUrl.parse(e.getAttribute("href")));
  }

  /** The item's http(s) link (the paper's, for PaperLedge), if any. */
  public Optional<URI> link() {
    return HttpUrl.parse(Xml.textOrEmpty(item, "link"));
  }

  /** The URL of the first alternate enclosure's source, if the item lists one (the M4A). */
  public Optional<URI> alternate() {
    return Episodes.alternates(item).stream().findFirst()
        .flatMap(e -> Xml.childNS(e, Feed.PODCAST, "source")).flatMap(e -> HttpUrl.parse(e.getAttribute("uri")));
  }
}
