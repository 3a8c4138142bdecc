package org.paperledge.audio;

import java.util.Objects;

/**
 * A chapter as written into the MP3.
 *
 * @param title the chapter title
 * @param startMs start, in milliseconds from the beginning of the file
 * @param endMs end, in milliseconds
 */
public record ChapterMark(String title, long startMs, long endMs) {
  public ChapterMark {
    Objects.requireNonNull(title, "title");
    if (startMs < 0 || endMs <= startMs) {
      throw new IllegalArgumentException("chapter '" + title + "' has bad times " + startMs + ".." + endMs);
    }
  }
}
