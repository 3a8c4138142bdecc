package org.paperledge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PcmTest {

  @Test
  void rateIs48kHz() {
    assertThat(Pcm.RATE).isEqualTo(48_000);
  }

  @Test
  void fromBytesIsLittleEndianSigned() {
    byte[] bytes = {
        0x34, 0x12, // 0x1234
        (byte) 0xff, (byte) 0xff, // -1
        0x00, (byte) 0x80, // -32768
        (byte) 0xff, 0x7f, // 32767
        (byte) 0x80, 0x00, // 128 (low byte with its high bit set must not sign-extend)
        0x00, 0x01, // 256
        0x01, 0x02, // ignored: beyond length
    };

    Pcm pcm = Pcm.fromBytes(bytes, 12);

    assertThat(pcm.samples()).containsExactly((short) 0x1234, (short) -1, Short.MIN_VALUE, Short.MAX_VALUE,
        (short) 128, (short) 256);
  }

  @Test
  void fromBytesIgnoresATrailingOddByte() {
    assertThat(Pcm.fromBytes(new byte[] {1, 0, 2}, 3).samples()).containsExactly((short) 1);
    assertThat(Pcm.fromBytes(new byte[0], 0).samples()).isEmpty();
  }

  @Test
  void toMillisRoundsToNearest() {
    assertThat(Pcm.toMillis(0)).isZero();
    assertThat(Pcm.toMillis(48)).isEqualTo(1);
    assertThat(Pcm.toMillis(23)).isZero(); // 0.479 ms
    assertThat(Pcm.toMillis(24)).isEqualTo(1); // 0.5 ms rounds up
    assertThat(Pcm.toMillis(48_000)).isEqualTo(1000);
    assertThat(Pcm.toMillis(47_999)).isEqualTo(1000);
    assertThat(Pcm.toMillis(72_036)).isEqualTo(1501); // 1500.75 ms
    assertThat(Pcm.toMillis(48_000L * 3600 * 5)).isEqualTo(5 * 3600 * 1000L);
  }

  @Test
  void fromSecondsRoundsToTheNearestSample() {
    assertThat(Pcm.fromSeconds(0)).isZero();
    assertThat(Pcm.fromSeconds(1)).isEqualTo(48_000);
    assertThat(Pcm.fromSeconds(0.35)).isEqualTo(16_800);
    assertThat(Pcm.fromSeconds(1.5)).isEqualTo(72_000);
    assertThat(Pcm.fromSeconds(0.00001)).isZero(); // 0.48 samples
    assertThat(Pcm.fromSeconds(0.0000105)).isEqualTo(1); // 0.504 samples
  }

  @Test
  void secondsIsTheDuration() {
    assertThat(new Pcm(new short[24_000]).seconds()).isCloseTo(0.5, within(1e-12));
    assertThat(new Pcm(new short[0]).seconds()).isZero();
  }

  @Test
  void trimmedRemovesLeadingAndTrailingSilenceKeepingTheMargin() {
    short[] samples = new short[48_000];
    // a little noise under the threshold everywhere
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) (i % 2 == 0 ? 50 : -50);
    }
    // "speech" from 10 000 to 19 999
    for (int i = 10_000; i < 20_000; i++) {
      samples[i] = (short) (i % 2 == 0 ? 8000 : -8000);
    }
    int marginMs = 10;
    int margin = 480;

    Pcm trimmed = new Pcm(samples).trimmed(100, marginMs);

    int from = 10_000 - margin;
    int to = 20_000 + margin;
    assertThat(trimmed.samples()).hasSize(to - from);
    // the speech itself is untouched (the fade only covers 4 ms, inside the margin)
    assertThat(Arrays.copyOfRange(trimmed.samples(), margin, margin + 10_000))
        .isEqualTo(Arrays.copyOfRange(samples, 10_000, 20_000));
  }

  @Test
  void trimmedKeepsWhatIsThereWhenTheMarginRunsOffTheEnds() {
    short[] samples = new short[1000];
    samples[10] = 5000;
    samples[990] = -5000;

    Pcm trimmed = new Pcm(samples).trimmed(100, 100); // 100 ms = 4800 samples, more than there is

    assertThat(trimmed.samples()).hasSize(1000);
  }

  @Test
  void trimmedWithNegativeSpeechCountsTheAbsoluteValue() {
    short[] samples = new short[10_000];
    samples[5000] = Short.MIN_VALUE;

    Pcm trimmed = new Pcm(samples).trimmed(Short.MAX_VALUE - 1, 0);

    assertThat(trimmed.samples()).hasSize(1);
  }

  @Test
  void trimmedOfSilenceIsEmpty() {
    short[] samples = new short[48_000];
    Arrays.fill(samples, (short) 99);
    samples[7] = -100;

    assertThat(new Pcm(samples).trimmed(100, 50).samples()).isEmpty();
    assertThat(new Pcm(new short[0]).trimmed(100, 50).samples()).isEmpty();
  }

  @Test
  void trimmedFadesTheEdgesToZero() {
    short[] samples = new short[48_000];
    Arrays.fill(samples, (short) 10_000);

    short[] out = new Pcm(samples).trimmed(100, 0).samples();

    assertThat(out).hasSize(48_000);
    assertThat(out[0]).isZero();
    assertThat(out[out.length - 1]).isZero();
    // rises over 4 ms (192 samples) and falls the same way
    int fade = 192;
    for (int i = 1; i < fade; i++) {
      assertThat(Math.abs(out[i])).isGreaterThan(Math.abs(out[i - 1]));
      assertThat(Math.abs(out[out.length - 1 - i])).isGreaterThan(Math.abs(out[out.length - i]));
    }
    assertThat(out[fade / 2]).isEqualTo((short) 5000);
    assertThat(out[fade]).isEqualTo((short) 10_000);
    assertThat(out[out.length - 1 - fade]).isEqualTo((short) 10_000);
  }

  @Test
  void trimmedFadesVeryShortClipsWithoutOverflow() {
    short[] samples = {0, 0, 30_000, -30_000, 30_000, 0, 0};

    short[] out = new Pcm(samples).trimmed(100, 0).samples();

    assertThat(out).hasSize(3);
    assertThat(out[0]).isZero();
    assertThat(out[2]).isZero();
    assertThat(out[1]).isEqualTo((short) -30_000);
  }

  @Test
  void trimmedDoesNotModifyTheOriginal() {
    short[] samples = new short[1000];
    Arrays.fill(samples, (short) 1000);
    short[] copy = samples.clone();

    new Pcm(samples).trimmed(10, 0);

    assertThat(samples).isEqualTo(copy);
  }
}
