package org.paperledge.speech;

import java.util.Objects;
import java.util.Optional;

/**
 * One token handed to the synthesizer: a word, a number or a punctuation mark, optionally with a forced
 * pronunciation.
 *
 * @param text the token as MaryTTS should see it, never blank, no spaces
 * @param phonemes a MaryTTS phoneme string to say instead of looking the word up, if any
 */
public record Token(String text, Optional<String> phonemes) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(phonemes, "phonemes");
    if (text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("bad token: '" + text + "'");
    }
  }

  /** A token read normally. */
  public static Token of(String text) {
    return new Token(text, Optional.empty());
  }

  /** Whether this token is a punctuation mark: one of {@code . , ; : ! ?}. */
  public boolean isPunctuation() {
    return text.length() == 1 && ".,;:!?".indexOf(text.charAt(0)) >= 0;
  }
}
