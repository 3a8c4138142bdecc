package org.paperledge.publish;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.paperledge.show.Show;

/**
 * What the listener pages share: escaping (every text and attribute goes through it), the document head with the
 * Open Graph and Twitter card tags a shared link is shown with, the style sheet, and dates and durations as people
 * read them.
 */
final class Html {
  private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  /** Longest description in a page's meta tags, characters: what link previews show. */
  private static final int SHARE_DESCRIPTION = 200;

  private Html() {}

  /** Text for an HTML element: cleaned of what XML forbids, markup characters escaped. */
  static String text(String value) {
    return XmlText.clean(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Text for a quoted attribute value. */
  static String attr(String value) {
    return text(value).replace("\"", "&quot;").replace("'", "&#39;");
  }

  /** The date a listener reads, such as "5 October 2026" (the publication date, UTC). */
  static String date(OffsetDateTime time) {
    return READABLE.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** The date as {@code yyyy-mm-dd}, for a {@code <time datetime>}. */
  static String isoDate(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString();
  }

  /** A duration a listener reads: "42 s", "5 min 8 s", "1 h 5 min". */
  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    } else if (seconds < 3600) {
      return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }
    long minutes = (seconds + 30) / 60;
    return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
  }

  /** The first paragraph of {@code description}, on one line and at most {@code max} characters. */
  static String firstParagraph(String description, int max) {
    String first = description.strip().split("\\n\\s*\\n", 2)[0].replaceAll("\\s+", " ").strip();
    if (first.length() <= max) {
      return first;
    }
    int cut = first.lastIndexOf(' ', max - 1);
    return first.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
  }

  /**
   * What a page says of itself to link previews.
   *
   * @param title the page's title
   * @param description what it is about (its first paragraph is used)
   * @param page the page's own file name
   * @param image the absolute URL of its picture
   * @param audio the absolute URL of its audio, if it has a player
   */
  record Share(String title, String description, String page, URI image, Optional<URI> audio) {}

  /** The document's start: the head (title, feed link, share tags, style) and the opening body tag. */
  static void head(StringBuilder out, Show show, Share share) {
    String description = firstParagraph(share.description(), SHARE_DESCRIPTION);
    String url = show.baseUrl().resolve(share.page()).toASCIIString();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(attr(show.language())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>").append(text(share.title())).append("</title>\n")
        .append("<meta name=\"description\" content=\"").append(attr(description)).append("\">\n")
        .append("<link rel=\"canonical\" href=\"").append(attr(url)).append("\">\n")
        .append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").append(attr(show.name()))
        .append("\" href=\"").append(Feed.FILE).append("\">\n");
    meta(out, "property", "og:type", "website");
    meta(out, "property", "og:site_name", show.name());
    meta(out, "property", "og:title", share.title());
    meta(out, "property", "og:description", description);
    meta(out, "property", "og:url", url);
    meta(out, "property", "og:image", share.image().toASCIIString());
    meta(out, "property", "og:image:alt", "Cover art of " + share.title());
    share.audio().ifPresent(audio -> {
      meta(out, "property", "og:audio", audio.toASCIIString());
      meta(out, "property", "og:audio:type", "audio/mpeg");
    });
    meta(out, "name", "twitter:card", "summary");
    meta(out, "name", "twitter:title", share.title());
    meta(out, "name", "twitter:description", description);
    meta(out, "name", "twitter:image", share.image().toASCIIString());
    out.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
  }

  private static void meta(StringBuilder out, String attribute, String name, String content) {
    out.append("<meta ").append(attribute).append("=\"").append(name).append("\" content=\"").append(attr(content))
        .append("\">\n");
  }

  /** The disclosure of the synthetic voices, as every page shows it. */
  static void disclosure(StringBuilder out, String sentence) {
    out.append("<p class=\"disclosure\">").append(text(sentence)).append("</p>\n");
  }

  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 0 auto; padding: 1rem;
        color: #1d2a2e; background: #f7f3ea; line-height: 1.45; }
      a { color: #1f6f5c; }
      header.show { display: flex; gap: 1.25rem; align-items: center; border-bottom: 2px solid #0e3b43;
        padding-bottom: 1rem; margin-bottom: 1rem; }
      header.show img { width: 9rem; height: 9rem; border-radius: 6px; flex: none; }
      h1 { color: #0e3b43; margin: .2rem 0 .4rem; }
      .disclosure { color: #5b6b70; font-size: .9rem; }
      article.episode { background: #fff; border-radius: 8px; padding: 1rem 1.25rem; margin: 1.25rem 0;
        box-shadow: 0 1px 3px rgba(0,0,0,.12); }
      article.episode h2 { margin: 0 0 .25rem; font-size: 1.25rem; }
      .meta { color: #5b6b70; margin: 0 0 .5rem; }
      .description p { margin: .4rem 0; }
      nav.pages { display: flex; flex-wrap: wrap; gap: .4rem; margin: 1.5rem 0; }
      nav.pages a, nav.pages span { padding: .2rem .55rem; border-radius: 4px; background: #fff; }
      nav.pages span.current { background: #0e3b43; color: #fff; }
      .art { width: 100%; max-width: 20rem; height: auto; border-radius: 8px; display: block; margin: 0 0 1rem; }
      audio { width: 100%; margin: .5rem 0; }
      ol.chapters { padding-left: 0; list-style: none; }
      ol.chapters button { background: none; border: none; color: #1f6f5c; cursor: pointer; padding: .15rem 0;
        font: inherit; text-align: left; }
      ol.chapters .time { font-variant-numeric: tabular-nums; color: #5b6b70; margin-right: .5rem; }
      ol.chapters li.now button { font-weight: bold; }
      .transcript { position: relative; max-height: 20rem; overflow-y: auto; border-top: 1px solid #ddd;
        padding-top: .5rem; }
      .transcript p { margin: 0 0 .6rem; }
      .transcript .speaker { color: #0e3b43; }
      .transcript span.cue { cursor: pointer; }
      .transcript span.now { background: #ffe8a3; }
      """;
}
