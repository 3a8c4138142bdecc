package org.paperledge.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.paperledge.model.Pcm;

class LoudnessTest {
  private static void sine(Loudness.Meter meter, double amplitude, double seconds) {
    int n = (int) Math.round(seconds * Pcm.RATE);
    for (int i = 0; i < n; i++) {
      meter.add(amplitude * Math.sin(2 * Math.PI * 997 * i / Pcm.RATE));
    }
  }

  private static void silence(Loudness.Meter meter, double seconds) {
    for (int i = 0; i < seconds * Pcm.RATE; i++) {
      meter.add(0);
    }
  }

  @Test
  void fullScaleSineReadsMinusThreeLufs() {
    Loudness.Meter meter = new Loudness.Meter();
    sine(meter, 1.0, 5);
    assertThat(meter.integrated()).isCloseTo(-3.01, within(0.05));
  }

  @Test
  void twentyDecibelsDownReadsTwentyLower() {
    Loudness.Meter meter = new Loudness.Meter();
    sine(meter, 0.1, 5);
    assertThat(meter.integrated()).isCloseTo(-23.01, within(0.05));
  }

  @Test
  void silenceIsGatedOut() {
    Loudness.Meter meter = new Loudness.Meter();
    sine(meter, 0.1, 10);
    silence(meter, 20);
    assertThat(meter.integrated()).isCloseTo(-23.01, within(0.1));
    assertThat(meter.ungated()).isLessThan(-27.0);
  }

  @Test
  void quietPassagesBelowTheRelativeGateDoNotCount() {
    Loudness.Meter meter = new Loudness.Meter();
    sine(meter, 0.1, 10);
    sine(meter, 0.001, 10); // -63 LUFS: above the absolute gate, 40 LU under the rest
    assertThat(meter.integrated()).isCloseTo(-23.01, within(0.1));
  }

  @Test
  void lowFrequenciesWeighLess() {
    Loudness.Meter low = new Loudness.Meter();
    int n = 5 * Pcm.RATE;
    for (int i = 0; i < n; i++) {
      low.add(0.1 * Math.sin(2 * Math.PI * 40 * i / Pcm.RATE));
    }
    assertThat(low.integrated()).isLessThan(-23.5);
  }

  @Test
  void aShortLineIsMeasuredWhole() {
    short[] line = new short[Pcm.RATE / 4];
    for (int i = 0; i < line.length; i++) {
      line[i] = (short) Math.round(3276.7 * Math.sin(2 * Math.PI * 997 * i / Pcm.RATE));
    }
    assertThat(Loudness.of(line)).isCloseTo(-23.0, within(0.2));
  }

  @Test
  void silenceHasNoLoudness() {
    assertThat(Loudness.of(new short[Pcm.RATE])).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Loudness.of(new short[0])).isEqualTo(Double.NEGATIVE_INFINITY);
  }
}
