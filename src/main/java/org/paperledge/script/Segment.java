package org.paperledge.script;

import java.util.Objects;

/**
 * The unit of synthesis: a sentence (or part of a long one) with its place in the script.
 *
 * @param chapter index of its chapter in {@link Script#chapters()}
 * @param paragraph index of its paragraph across the whole script
 * @param line the script line of its paragraph
 * @param offset where {@code text} starts in its paragraph's text
 * @param text the text to speak
 * @param pauseBefore the kind of pause that precedes it
 */
public record Segment(int chapter, int paragraph, int line, int offset, String text, Pause pauseBefore) {
  public Segment {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pauseBefore, "pauseBefore");
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank segment at line " + line);
    }
  }

  /** The silence placed before a segment. */
  public enum Pause {
    /** First segment of the episode body, or a segment continuing a split sentence. */
    NONE,
    /** Between sentences of one paragraph. */
    SENTENCE,
    /** Between paragraphs of one chapter. */
    PARAGRAPH,
    /** Before the first segment of a chapter. */
    CHAPTER
  }
}
