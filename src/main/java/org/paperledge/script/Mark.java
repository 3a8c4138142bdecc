package org.paperledge.script;

import java.util.Objects;

/**
 * Something the script says about how part of a paragraph is read, beyond its words: emphasis from the Markdown,
 * or one of the producer's controls. It covers the paragraph's characters {@code [start, end)}; a pause covers
 * none ({@code start == end}).
 *
 * @param type what it asks for
 * @param start first character, in the paragraph's text
 * @param end after the last character
 * @param argument the control's argument: seconds for a pause, the words or {@code /phonemes/} to say, the rate
 *     factor, the speaker's name; empty otherwise
 * @param line the script line of the markup, for messages
 * @param column its column
 */
public record Mark(Type type, int start, int end, String argument, int line, int column) {
  /** What a mark asks for. */
  public enum Type {
    /** {@code *words*}: stressed. */
    EMPHASIS,
    /** {@code **words**}: stressed more. */
    STRONG,
    /** {@code [](pause:1.5s)}: a silence of {@code argument} seconds. */
    PAUSE,
    /** {@code [word](say "oh kon kwo")}: said as the words, or {@code /phonemes/}, given. */
    SAY,
    /** {@code [NASA](spell)}: spelled out letter by letter. */
    SPELL,
    /** {@code [words](slower)}, {@code (faster:20%)}: read at {@code argument} times the voice's rate. */
    RATE,
    /** {@code [words](as:Theo)}: read by that speaker. */
    VOICE
  }

  public Mark {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(argument, "argument");
    if (start < 0 || end < start || (type != Type.PAUSE && end == start)) {
      throw new IllegalArgumentException("bad " + type + " mark [" + start + ", " + end + ")");
    }
  }

  /** This mark moved by {@code delta} characters and cut to {@code [0, length)}, or null when nothing is left. */
  public Mark within(int delta, int length) {
    int s = Math.max(0, start + delta);
    int e = Math.min(length, end + delta);
    if (type == Type.PAUSE ? s != start + delta || s > length : e <= s) {
      return null;
    }
    return new Mark(type, s, e, argument, line, column);
  }
}
