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
