package org.paperledge.audio;

import java.util.List;
import java.util.Map;

/**
 * Writes FFmpeg's metadata file format (global tags, then {@code [CHAPTER]} sections), escaping what the format
 * reserves so that no title can inject a key or a section.
 */
public final class FfMetadata {
  private FfMetadata() {}

  /** The metadata file for {@code tags} and {@code chapters}. */
  public static String render(Map<String, String> tags, List<ChapterMark> chapters) {
    StringBuilder out = new StringBuilder(";FFMETADATA1\n");
    tags.forEach((key, value) -> out.append(escape(key)).append('=').append(escape(value)).append('\n'));
    for (ChapterMark chapter : chapters) {
      out.append("\n[CHAPTER]\nTIMEBASE=1/1000\n")
          .append("START=").append(chapter.startMs()).append('\n')
          .append("END=").append(chapter.endMs()).append('\n')
          .append("title=").append(escape(chapter.title())).append('\n');
    }
    return out.toString();
  }

  /**
   * Escapes {@code =}, {@code ;}, {@code #}, {@code \} and line breaks with a backslash, drops carriage returns
   * and other control characters.
   */
  public static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '=', ';', '#', '\\', '\n' -> out.append('\\').append(c);
        case '\r' -> { }
        default -> {
          if (!Character.isISOControl(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
