package org.paperledge.speech;

import java.util.Set;

/** Small edits of MaryTTS phoneme strings (en_US SAMPA, syllables separated by '-', stress by '''). */
final class Phonemes {
  private static final Set<String> SIBILANTS = Set.of("s", "z", "S", "Z", "tS", "dZ");
  private static final Set<String> VOICELESS = Set.of("p", "t", "k", "f", "T");

  private Phonemes() {}

  /**
   * The phonemes with the English plural or possessive ending: "' E r - n I s" to "' E r - n I - s I z", "... t"
   * plus "s", anything else plus "z".
   */
  static String withS(String phonemes) {
    String trimmed = phonemes.strip();
    String last = trimmed.substring(trimmed.lastIndexOf(' ') + 1);
    if (SIBILANTS.contains(last)) {
      return trimmed + " - I z";
    }
    return trimmed + (VOICELESS.contains(last) ? " s" : " z");
  }
}
