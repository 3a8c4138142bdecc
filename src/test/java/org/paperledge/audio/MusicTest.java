package org.paperledge.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MusicTest {

  @Test
  void cuesAreAevalsrcFiltersAtTheVoiceRateInMono() {
    assertThat(Music.introSource()).startsWith("aevalsrc='").endsWith("':s=48000:c=mono:d=9.000");
    assertThat(Music.outroSource()).startsWith("aevalsrc='").endsWith("':s=48000:c=mono:d=9.000");
  }

  @Test
  void theTwoCuesDiffer() {
    assertThat(Music.introSource()).isNotEqualTo(Music.outroSource());
  }

  @Test
  void expressionsHaveBalancedParenthesesAndOneQuotedPart() {
    for (String source : new String[] {Music.introSource(), Music.outroSource()}) {
      int depth = 0;
      for (char c : source.toCharArray()) {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        assertThat(depth).isNotNegative();
      }
      assertThat(depth).isZero();
      assertThat(source.chars().filter(c -> c == '\'').count()).isEqualTo(2);
    }
  }

  @Test
  void numbersUseADecimalPointWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String intro = Music.introSource();
      assertThat(intro).contains("261.63").doesNotContain("261,63");
      assertThat(Music.outroSource()).contains("220.00").doesNotContain("220,00");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
