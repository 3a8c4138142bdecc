package org.paperledge.publish;

import java.util.List;
import java.util.Locale;
import org.paperledge.model.Chapter;

/** The Podcasting 2.0 chapters file ({@code application/json+chapters}, version 1.2.0). */
public final class ChaptersJson {
  private ChaptersJson() {}

  /**
   * The chapters as JSON, times in seconds with millisecond precision, the same as in the MP3.
   * A chapter's link, if it has one, is its {@code url}.
   */
  public static String render(List<Chapter> chapters) {
    StringBuilder out = new StringBuilder("{\n  \"version\": \"1.2.0\",\n  \"chapters\": [");
    for (int i = 0; i < chapters.size(); i++) {
      Chapter chapter = chapters.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {\"startTime\": ").append(seconds(chapter.startMs()))
          .append(", \"endTime\": ").append(seconds(chapter.endMs()))
          .append(", \"title\": ").append(string(chapter.title()));
      if (chapter.url().isPresent()) {
        out.append(", \"url\": ").append(string(chapter.url().get().toString()));
      }
      out.append('}');
    }
    return out.append("\n  ]\n}\n").toString();
  }

  /**
   * The chapters of a chapters file, in order, as far as they can be read: a file that is not this format gives
   * none, and a chapter without a start time or title is left out (pages show what they can, never fail on it).
   */
  static List<Chapter> read(String json) {
    List<Chapter> chapters = new java.util.ArrayList<>();
    Object root;
    try {
      root = JsonReader.read(json);
    } catch (IllegalArgumentException e) {
      return chapters;
    }
    if (!(root instanceof java.util.Map<?, ?> map) || !(map.get("chapters") instanceof List<?> list)) {
      return chapters;
    }
    for (Object entry : list) {
      if (entry instanceof java.util.Map<?, ?> chapter && chapter.get("startTime") instanceof Double start
          && chapter.get("title") instanceof String title && start >= 0 && start < 1e9) {
        long startMs = Math.round(start * 1000);
        long endMs = chapter.get("endTime") instanceof Double end && end * 1000 > startMs
            ? Math.round(end * 1000) : startMs + 1;
        java.util.Optional<java.net.URI> url = chapter.get("url") instanceof String link
            ? org.paperledge.model.HttpUrl.parse(link) : java.util.Optional.empty();
        chapters.add(new Chapter(title, startMs, Math.max(endMs, startMs + 1), url));
      }
    }
    return chapters;
  }

  static String seconds(long ms) {
    return String.format(Locale.ROOT, "%d.%03d", ms / 1000, ms % 1000);
  }

  /** A JSON string literal; everything outside printable ASCII is escaped, so any reader decodes it. */
  static String string(String value) {
    String text = XmlText.clean(value);
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7E) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
