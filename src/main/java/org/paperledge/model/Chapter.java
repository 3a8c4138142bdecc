package org.paperledge.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A chapter of a finished episode, as the MP3's tag, the chapters file and the listener page all give it.
 *
 * @param title the chapter title
 * @param startMs start, in milliseconds from the beginning of the file
 * @param endMs end, in milliseconds
 * @param url the link its heading holds, if any
 */
public record Chapter(String title, long startMs, long endMs, Optional<URI> url) {
  public Chapter {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    if (startMs < 0 || endMs <= startMs) {
      throw new IllegalArgumentException("chapter '" + title + "' has bad times " + startMs + ".." + endMs);
    }
  }
}
