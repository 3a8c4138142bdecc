package org.paperledge.publish;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paperledge.model.Chapter;

/**
 * An episode's show notes, the HTML of its feed item's {@code content:encoded}: the summary, the chapters with
 * their start times ({@code 00:03:12 Title}, one per line, which Apple Podcasts also reads as chapters), the
 * paper's link, the full author credit and the disclosure of the synthetic voices. Only the tags Apple's show
 * notes allow are used ({@code p}, {@code ul}, {@code li}, {@code a}), and every text is escaped.
 */
public final class ShowNotes {
  private ShowNotes() {}

  /**
   * The notes' HTML.
   *
   * @param summary the episode's summary, possibly empty; blank lines separate its paragraphs
   * @param chapters the chapters, in order, timed as in the audio
   * @param paper the paper's URL, if any (linked only when it is http or https)
   * @param authors the paper's authors, every one of them
   */
  public static String html(String summary, List<Chapter> chapters, Optional<URI> paper, List<String> authors) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : summary.strip().split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        out.append("<p>").append(text(paragraph.strip())).append("</p>\n");
      }
    }
    if (!chapters.isEmpty()) {
      out.append("<p>Chapters:</p>\n<ul>\n");
      for (Chapter chapter : chapters) {
        out.append("<li>").append(timestamp(chapter.startMs())).append(' ').append(text(chapter.title()))
            .append("</li>\n");
      }
      out.append("</ul>\n");
    }
    paper.filter(ShowNotes::isWebLink).ifPresent(uri -> out.append("<p>Paper: <a href=\"")
        .append(attribute(uri.toASCIIString())).append("\">").append(text(uri.toString())).append("</a></p>\n"));
    if (!authors.isEmpty()) {
      out.append("<p>Authors: ").append(text(String.join(", ", authors))).append("</p>\n");
    }
    out.append("<p>").append(text(Disclosure.EPISODE)).append("</p>\n");
    return out.toString();
  }

  /** {@code hh:mm:ss}, the start of a chapter rounded down to the second. */
  public static String timestamp(long ms) {
    long s = ms / 1000;
    return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }

  static boolean isWebLink(URI uri) {
    String scheme = uri.getScheme();
    return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        && uri.getHost() != null;
  }

  /** Text for HTML: cleaned of what XML forbids, markup characters escaped, lines joined. */
  private static String text(String value) {
    return XmlText.clean(value).replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replace("&", "&amp;")
        .replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String attribute(String value) {
    return text(value).replace("\"", "&quot;").replace("'", "&#39;");
  }
}
