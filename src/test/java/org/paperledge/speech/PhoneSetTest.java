package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.paperledge.model.InputException;

class PhoneSetTest {
  @Test
  void thePhonesAreMaryTtsEnglishOnesWithoutTheSilence() {
    assertThat(PhoneSet.phones()).contains("@", "r=", "tS", "dZ", "AI", "{", "T", "D").doesNotContain("_", "Q");
    assertThat(PhoneSet.phones()).hasSize(40);
  }

  @Test
  void phonemesAsTheLexiconWritesThemAreKnown() {
    assertThat(PhoneSet.unknown("' @r - n I s")).isEmpty();
    assertThat(PhoneSet.unknown("'@r-nIs")).isEmpty(); // without spaces, split greedily
    assertThat(PhoneSet.unknown("' tS i z , b r= - g @r")).isEmpty();
  }

  @Test
  void theFirstPartThatIsNotAPhoneIsNamed() {
    assertThat(PhoneSet.unknown("b Q d")).contains("Q");
    assertThat(PhoneSet.unknown("h @ l oU")).contains("oU");
    assertThat(PhoneSet.unknown("k { t")).isEmpty();
    assertThat(PhoneSet.unknown("  ")).contains("");
  }

  @Test
  void checkNamesTheFileLineAndColumn() {
    assertThatThrownBy(() -> PhoneSet.check("b Q d", Path.of("ep.md"), 7, 12))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).describe())
            .startsWith("ep.md:7:12: 'Q' is not a phoneme MaryTTS's English voice knows in /b Q d/"));
    assertThatThrownBy(() -> PhoneSet.check(" ", Path.of("ep.md"), 1, 1))
        .hasMessageStartingWith("no phonemes between the slashes");
  }
}
