package org.paperledge.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsAndTextCleanerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Épisode Ünö.md|episode-uno",
      "my-episode.md|my-episode",
      "  My  Great__Talk!.md|my-great-talk",
      "2026-01-05 Attention.md|2026-01-05-attention",
      "Ça va? Très bien.md|ca-va-tres-bien",
      "ﬁnal ﬁle.md|final-file",
      "---.md|''",
      "日本語.md|''",
  })
  void fromFileName(String fileName, String slug) {
    assertThat(Slugs.fromFileName(fileName)).isEqualTo(slug);
  }

  @Test
  void fromFileNameCapsLengthWithoutTrailingHyphen() {
    String name = "a".repeat(Slugs.MAX_LENGTH - 1) + " b" + "c".repeat(50) + ".md";
    String slug = Slugs.fromFileName(name);
    assertThat(slug).isEqualTo("a".repeat(Slugs.MAX_LENGTH - 1));
    assertThat(Slugs.isValid(slug)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "episode-1", "2026-01-05-attention", "x9"})
  void validSlugs(String slug) {
    assertThat(Slugs.isValid(slug)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "../evil", "a--b", "-a", "a-", "é", "a b", "a_b", "a/b"})
  void invalidSlugs(String slug) {
    assertThat(Slugs.isValid(slug)).isFalse();
  }

  @Test
  void slugLengthLimit() {
    assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH))).isTrue();
    assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
  }

  @Test
  void cleanerRemovesControlCharacters() {
    assertThat(TextCleaner.clean("a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg")).isEqualTo("abcdefg");
  }

  @Test
  void cleanerTurnsLineBreaksAndTabsIntoSpaces() {
    assertThat(TextCleaner.clean("a\nb\r\nc\td")).isEqualTo("a b  c d");
  }

  @Test
  void cleanerRemovesBomsUnpairedSurrogatesAndNonCharacters() {
    assertThat(TextCleaner.clean("\uFEFFa\uD800b\uDC00c\uFFFEd\uFFFFe\uFDD0f")).isEqualTo("abcdef");
    assertThat(TextCleaner.clean("end\uD83D")).isEqualTo("end");
  }

  @Test
  void cleanerNormalizesToNfc() {
    assertThat(TextCleaner.clean("e\u0301")).isEqualTo("é").hasSize(1);
  }

  @Test
  void cleanerKeepsOrdinaryText() {
    String text = "Grüße, naïve café — “quoted” 3.5 % 中文";
    assertThat(TextCleaner.clean(text)).isEqualTo(text);
  }

  @Test
  void cleanerKeepsSupplementaryCharacters() {
    String emoji = "smile \uD83D\uDE00";
    assertThat(TextCleaner.clean(emoji)).isEqualTo(emoji);
    // U+20000 (CJK Extension B), U+1D800 (Sutton SignWriting) and U+2D800 (CJK Extension F) are ordinary
    // assigned characters; the low 16 bits of the last two happen to fall in the surrogate range.
    for (int cp : new int[] {0x20000, 0x1D800, 0x2D800}) {
      String s = "x" + new String(Character.toChars(cp)) + "y";
      assertThat(TextCleaner.clean(s)).as("U+%X", cp).isEqualTo(s);
    }
  }
}
