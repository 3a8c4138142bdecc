package org.paperledge.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Letter names as MaryTTS phonemes (en_US SAMPA), so that spelled-out acronyms are said as letters whatever the
 * lexicon thinks a one-letter word is ("A" is not the article, "US" is not "us").
 */
final class Letters {
  private static final String[] NAMES = {
      "' EI", "' b i", "' s i", "' d i", "' i", "' E f", "' dZ i", "' EI tS", "' AI", "' dZ EI", "' k EI",
      "' E l", "' E m", "' E n", "' @U", "' p i", "' k j u", "' A r", "' E s", "' t i", "' j u", "' v i",
      "' d V - b @ l - j u", "' E k s", "' w AI", "' z i"};
  private static final String[] PLURALS = {
      "' EI z", "' b i z", "' s i z", "' d i z", "' i z", "' E f s", "' dZ i z", "' EI - tS @ z", "' AI z",
      "' dZ EI z", "' k EI z", "' E l z", "' E m z", "' E n z", "' @U z", "' p i z", "' k j u z", "' A r z",
      "' E - s @ z", "' t i z", "' j u z", "' v i z", "' d V - b @ l - j u z", "' E k - s @ z", "' w AI z",
      "' z i z"};

  private Letters() {}

  /** The token saying letter {@code c} (A to Z, either case), or empty for anything else. */
  static Optional<Token> letter(char c) {
    int i = Character.toUpperCase(c) - 'A';
    if (i < 0 || i >= 26) {
      return Optional.empty();
    }
    return Optional.of(new Token(String.valueOf(Character.toUpperCase(c)), Optional.of(NAMES[i])));
  }

  /**
   * The plural or possessive of a letter token: "N" to "Ns" or "N's" ({@code ending}), both said "ens"; empty for
   * any other token.
   */
  static Optional<Token> withS(Token letter, String ending) {
    String t = letter.text();
    if (t.length() != 1 || letter.phonemes().isEmpty() || t.charAt(0) < 'A' || t.charAt(0) > 'Z') {
      return Optional.empty();
    }
    return Optional.of(new Token(t + ending, Optional.of(PLURALS[t.charAt(0) - 'A'])));
  }

  /** Tokens spelling {@code letters} one by one; a final lowercase {@code s} makes the last letter plural. */
  static List<Token> spell(String letters) {
    List<Token> out = new ArrayList<>();
    boolean plural = letters.length() > 2 && letters.endsWith("s")
        && !letters.substring(0, letters.length() - 1).chars().anyMatch(Character::isLowerCase);
    String body = plural ? letters.substring(0, letters.length() - 1) : letters;
    for (int k = 0; k < body.length(); k++) {
      char c = body.charAt(k);
      if (plural && k == body.length() - 1) {
        int i = Character.toUpperCase(c) - 'A';
        if (i >= 0 && i < 26) {
          out.add(new Token(Character.toUpperCase(c) + "s", Optional.of(PLURALS[i])));
          continue;
        }
      }
      if (letter(c).isPresent()) {
        out.add(letter(c).get());
      } else if (Character.isLetter(c)) {
        out.add(Token.of(String.valueOf(c))); // a letter outside A to Z is left to MaryTTS, never dropped
      }
    }
    return out;
  }
}
