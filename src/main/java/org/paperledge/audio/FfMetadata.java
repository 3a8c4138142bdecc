package org.paperledge.audio;

import java.util.List;
import org.paperledge.model.Chapter;

/**
 * FFmpeg's metadata file ({@code ;FFMETADATA1}): the tags and the chapters FFmpeg writes into an M4A. In keys and
 * values, {@code =}, {@code ;}, {@code #}, {@code \} and line breaks are escaped with a backslash (an unescaped
 * line break would start another tag), and carriage returns are dropped.
 */
final class FfMetadata {
  private FfMetadata() {}

  /** The metadata file for {@code tags} and {@code chapters} (times in milliseconds). */
  static String of(Tags tags, List<Chapter> chapters) {
    StringBuilder out = new StringBuilder(";FFMETADATA1\n");
    tag(out, "title", tags.title());
    tag(out, "artist", tags.artist());
    tag(out, "album", tags.album());
    tag(out, "album_artist", tags.albumArtist());
    tag(out, "date", Integer.toString(tags.year()));
    tag(out, "genre", "Podcast");
    if (tags.track() > 0) {
      tag(out, "track", Integer.toString(tags.track()));
    }
    if (!tags.comment().isBlank()) {
      tag(out, "comment", tags.comment());
    }
    for (Chapter chapter : chapters) {
      out.append("[CHAPTER]\nTIMEBASE=1/1000\nSTART=").append(chapter.startMs()).append("\nEND=")
          .append(chapter.endMs()).append('\n');
      tag(out, "title", chapter.title());
    }
    return out.toString();
  }

  private static void tag(StringBuilder out, String key, String value) {
    out.append(key).append('=').append(escape(value)).append('\n');
  }

  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r') {
        continue;
      }
      if (c == '=' || c == ';' || c == '#' || c == '\\' || c == '\n') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
