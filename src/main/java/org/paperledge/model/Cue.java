package org.paperledge.model;

import java.util.Objects;

/**
 * One sentence of the transcript: when it is spoken and what it says.
 *
 * @param startMs start in the episode, milliseconds
 * @param endMs end in the episode, milliseconds
 * @param text the sentence as written in the script
 * @param chapter the title of the chapter it opens, or empty when it does not open one
 * @param speaker who says it, as listeners see the name
 */
public record Cue(long startMs, long endMs, String text, String chapter, String speaker) {
  public Cue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(chapter, "chapter");
    Objects.requireNonNull(speaker, "speaker");
    if (startMs < 0 || endMs < startMs) {
      throw new IllegalArgumentException("bad cue times " + startMs + ".." + endMs);
    }
  }
}
