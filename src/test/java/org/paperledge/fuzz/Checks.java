package org.paperledge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.paperledge.model.InputException;
import org.paperledge.speech.Token;

/** What every fuzzed input must give: a clean result, or the one-line error that names the file and line. */
final class Checks {
  private Checks() {}

  /**
   * {@code e} is the error a producer sees: one line, nothing in it that a terminal would act on, naming
   * {@code file} and, when it names a line, one of the {@code lines} the file has.
   */
  static void oneLineNamingTheFile(InputException e, Path file, int lines) {
    String said = e.describe();
    assertThat(printable(said)).as("printable, on one line: %s", Fuzz.literal(said)).isTrue();
    assertThat(said).startsWith(file + ":");
    assertThat(e.line()).as("the line of %s", said).isBetween(0, Math.max(1, lines));
    if (e.line() > 0) {
      assertThat(said).startsWith(file + ":" + e.line() + ":");
    }
  }

  /**
   * Whether {@code text} prints as one line that says what it seems to: no control character, line or paragraph
   * separator, unpaired surrogate, or bidirectional embedding and override (which reorder what follows).
   */
  static boolean printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029' || (ch >= '\u202a' && ch <= '\u202e')
          || (ch >= '\u2066' && ch <= '\u2069') || Character.isHighSurrogate(ch) && (i + 1 == text.length()
          || !Character.isLowSurrogate(text.charAt(i + 1))) || Character.isLowSurrogate(ch) && (i == 0
          || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} may go into XML 1.0 (MaryXML, the feed) as it is, and into an ID3 tag. */
  static boolean xmlSafe(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!allowed || Character.isISOControl(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** A token MaryTTS can be given: its invariants, and text and phonemes that XML can carry. */
  static void speakable(Token token) {
    assertThat(token.text()).isNotBlank().doesNotContainAnyWhitespaces();
    assertThat(xmlSafe(token.text())).as("token %s", Fuzz.literal(token.text())).isTrue();
    token.phonemes().ifPresent(p -> assertThat(xmlSafe(p)).as("phonemes %s", Fuzz.literal(p)).isTrue());
  }
}
