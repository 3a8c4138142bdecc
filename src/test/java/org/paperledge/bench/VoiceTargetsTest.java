package org.paperledge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceTargetsTest {
  private static final VoiceTargets.Figures STOCK = new VoiceTargets.Figures("stock", 170, 1, 0.16, 0.018);

  private static List<VoiceTargets.Check> failed(List<VoiceTargets.Figures> profiles) {
    return VoiceTargets.check(STOCK, profiles, "ernis").stream().filter(c -> !c.met()).toList();
  }

  @Test
  void profilesMeetingEveryTargetPass() {
    assertThat(failed(List.of(new VoiceTargets.Figures("ernis", 114, 0.86, 0.10, 0.0185),
        new VoiceTargets.Figures("maya", 191, 0.96, 0.165, 0.018),
        new VoiceTargets.Figures("theo", 96, 0.80, 0.11, 0.018)))).isEmpty();
  }

  @Test
  void eachMissIsReported() {
    assertThat(failed(List.of(new VoiceTargets.Figures("ernis", 140, 0.86, 0.10, 0.018)))).singleElement()
        .hasToString("FAIL ernis (the host): median F0 140.0 Hz, target 100 to 135 Hz");
    assertThat(failed(List.of(new VoiceTargets.Figures("ernis", 120, 0.95, 0.10, 0.018)))).singleElement()
        .extracting(VoiceTargets.Check::description).asString().contains("formant ratio 0.950");
    assertThat(failed(List.of(new VoiceTargets.Figures("ernis", 120, 0.86, 0.171, 0.018)))).singleElement()
        .extracting(VoiceTargets.Check::description).asString().contains("WER 17.1%");
    assertThat(failed(List.of(new VoiceTargets.Figures("ernis", 120, 0.86, 0.16, 0.0199)))).singleElement()
        .extracting(VoiceTargets.Check::description).asString().contains("110.6% of the stock");
    assertThat(failed(List.of(new VoiceTargets.Figures("maya", 191, 0.96, 0.1, 0.018))))
        .extracting(VoiceTargets.Check::description).containsExactly("the host's profile 'ernis' was measured");
  }

  @Test
  void twoProfilesMustDifferInPitchOrInFormants() {
    VoiceTargets.Figures ernis = new VoiceTargets.Figures("ernis", 114, 0.86, 0.1, 0.018);
    // 1.9 semitones and 5% apart: too alike.
    assertThat(failed(List.of(ernis, new VoiceTargets.Figures("twin", 114 * Math.pow(2, 1.9 / 12), 0.86 * 1.05,
        0.1, 0.018)))).singleElement().extracting(VoiceTargets.Check::description).asString()
        .startsWith("ernis and twin apart: 1.9 semitones");
    assertThat(failed(List.of(ernis, new VoiceTargets.Figures("high", 114 * Math.pow(2, 2.01 / 12), 0.86, 0.1,
        0.018)))).isEmpty();
    assertThat(failed(List.of(ernis, new VoiceTargets.Figures("small", 114, 0.86 * 1.061, 0.1, 0.018)))).isEmpty();
    assertThat(VoiceTargets.semitones(240, 120)).isCloseTo(12, within(1e-12));
  }

  @Test
  void praatLinesGiveQuantilesAndFormantMedians() {
    String lines = """
        0.105 100.00 500.0 1500.0 2500.0
        0.115 110.00 --undefined-- 1600.0 2600.0
        0.125 120.00 520.0 1700.0 2700.0
        0.135 130.00 540.0 1800.0 --undefined--
        0.145 140.00 560.0 1900.0 2900.0
        """;
    VoiceMeasure m = VoiceMeasure.parse(lines);
    assertThat(m.voicedFrames()).isEqualTo(5);
    assertThat(m.medianF0()).isEqualTo(120.0);
    assertThat(m.p10()).isCloseTo(104.0, within(1e-9));
    assertThat(m.p90()).isCloseTo(136.0, within(1e-9));
    assertThat(m.f1()).isEqualTo(530.0);
    assertThat(m.f2()).isEqualTo(1700.0);
    assertThat(m.f3()).isEqualTo(2650.0);
    VoiceMeasure half = new VoiceMeasure(60, 52, 68, 265, 850, 1325, 5);
    assertThat(half.formantRatio(m)).isCloseTo(0.5, within(1e-12));
  }
}
