package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paperledge.model.VoiceDesign;

/** The voice design's transforms, as pure functions of an utterance's frames. */
class VoiceDesignerTest {
  private static final double ALPHA = 0.55; // the stock voice's all-pass constant at 48 kHz

  /** An utterance of {@code count} frames, every third unvoiced, with plausible values. */
  private static MlsaVocoder.Frames utterance(int count, long seed) {
    Random random = new Random(seed);
    double[][] mcep = new double[count][25];
    double[][] strengths = new double[count][5];
    boolean[] voiced = new boolean[count];
    int voicedCount = 0;
    for (int t = 0; t < count; t++) {
      voiced[t] = t % 3 != 2;
      voicedCount += voiced[t] ? 1 : 0;
      for (int i = 0; i < 25; i++) {
        mcep[t][i] = random.nextGaussian() / (1 + i * i);
      }
      for (int i = 0; i < 5; i++) {
        strengths[t][i] = random.nextDouble();
      }
    }
    double[] logF0 = new double[voicedCount];
    for (int t = 0; t < voicedCount; t++) {
      logF0[t] = Math.log(170) + 0.15 * Math.sin(t / 9.0) + 0.02 * random.nextGaussian();
    }
    return new MlsaVocoder.Frames(mcep, logF0, voiced, strengths);
  }

  private static VoiceDesign pitch(double semitones) {
    return new VoiceDesign(semitones, 0, 1, 1, 0, 0);
  }

  @Test
  void aShiftOfKSemitonesMovesEveryVoicedFrameByKSemitones() {
    MlsaVocoder.Frames in = utterance(301, 1);
    for (double k : new double[] {-7, -12, -0.5, 3.25, 24}) {
      double[] out = VoiceDesigner.logF0(in.logF0OfVoiced(), pitch(k));
      assertThat(out).hasSameSizeAs(in.logF0OfVoiced());
      for (int t = 0; t < out.length; t++) {
        double f0 = Math.exp(in.logF0OfVoiced()[t]);
        double shifted = Math.exp(out[t]);
        assertThat(12 * Math.log(shifted / f0) / Math.log(2)).as("frame %d, %s semitones", t, k)
            .isCloseTo(k, within(1e-9));
      }
    }
  }

  @Test
  void rangeOneAndNoShiftLeaveLogF0BitForBit() {
    double[] in = utterance(120, 2).logF0OfVoiced();
    double[] out = VoiceDesigner.logF0(in, new VoiceDesign(0, 0, 1, 1.2, 0.3, 0.2));
    assertThat(out).isEqualTo(in).isNotSameAs(in);
  }

  @Test
  void rangeScalesExcursionsAroundTheUtterancesMean() {
    double[] in = utterance(200, 3).logF0OfVoiced();
    double mean = java.util.Arrays.stream(in).average().orElseThrow();
    for (double range : new double[] {0, 0.6, 1.25, 3}) {
      double[] out = VoiceDesigner.logF0(in, new VoiceDesign(0, 0, range, 1, 0, 0));
      assertThat(java.util.Arrays.stream(out).average().orElseThrow()).isCloseTo(mean, within(1e-12));
      for (int t = 0; t < in.length; t++) {
        assertThat(out[t] - mean).isCloseTo(range * (in[t] - mean), within(1e-12));
      }
    }
  }

  @Test
  void aTargetMedianBecomesTheUtterancesMedian() {
    for (int count : new int[] {1, 2, 101, 102}) {
      double[] in = utterance(count * 3 / 2 + 1, count).logF0OfVoiced();
      for (double range : new double[] {1, 0.6}) {
        double[] out = VoiceDesigner.logF0(in, new VoiceDesign(0, 140, range, 1, 0, 0));
        assertThat(Math.exp(VoiceDesigner.median(out))).as("%d frames", in.length).isCloseTo(140, within(1e-9));
      }
    }
  }

  @Test
  void noVoicedFramesStayNone() {
    assertThat(VoiceDesigner.logF0(new double[0], new VoiceDesign(0, 120, 2, 1, 0, 0))).isEmpty();
  }

  @Test
  void warpingToTheVoicesOwnConstantChangesNothing() {
    MlsaVocoder.Frames in = utterance(50, 4);
    double[][] out = FrequencyWarp.warp(in.mcep(), ALPHA, ALPHA);
    for (int t = 0; t < out.length; t++) {
      assertThat(out[t]).containsExactly(in.mcep()[t], within(1e-15));
    }
    assertThat(FrequencyWarp.alphaFor(ALPHA, 1)).isCloseTo(ALPHA, within(1e-15));
    // The design skips the warp altogether: the very arrays of the parameter generation go to the vocoder.
    MlsaVocoder.Frames designed = VoiceDesigner.frames(in, pitch(-7), ALPHA);
    assertThat(designed.mcep()).isSameAs(in.mcep());
    assertThat(designed.strengths()).isSameAs(in.strengths());
    assertThat(designed.voiced()).isSameAs(in.voiced());
  }

  /** The log-amplitude of a mel-cepstrum with constant {@code alpha} at angular frequency {@code w}. */
  private static double logAmplitude(double[] mc, double alpha, double w) {
    double warped = w + 2 * Math.atan(alpha * Math.sin(w) / (1 - alpha * Math.cos(w)));
    double sum = 0;
    for (int m = 0; m < mc.length; m++) {
      sum += mc[m] * Math.cos(m * warped);
    }
    return sum;
  }

  @Test
  void aWarpedCepstrumDescribesTheSameEnvelopeWithItsNewConstant() {
    double[] mc = {0.8, 0.9, -0.3, 0.2, -0.1, 0.05, -0.02, 0.01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0};
    double to = FrequencyWarp.alphaFor(ALPHA, 1.15);
    double[] warped = FrequencyWarp.warp(mc, ALPHA, to);
    for (double w = 0; w <= Math.PI; w += Math.PI / 64) {
      assertThat(logAmplitude(warped, to, w)).as("at %.3f rad", w).isCloseTo(logAmplitude(mc, ALPHA, w),
          within(0.02));
    }
  }

  @Test
  void aLongerTractMovesAFormantDownByAboutItsLength() {
    // An envelope with one resonance, made by sampling it on the warped axis and taking its cosine series.
    int order = 25;
    double formant = 2 * Math.PI * 700 / 48000;
    double[] mc = new double[order];
    int points = 4096;
    for (int k = 0; k < points; k++) {
      double w = Math.PI * (k + 0.5) / points;
      double warped = w + 2 * Math.atan(ALPHA * Math.sin(w) / (1 - ALPHA * Math.cos(w)));
      double envelope = -Math.log(Math.pow(w - formant, 2) + 0.002);
      // Integrate over the warped axis: the series is in cos(m * warped).
      double dWarped = (1 - ALPHA * ALPHA) / (1 + ALPHA * ALPHA - 2 * ALPHA * Math.cos(w)) * Math.PI / points;
      for (int m = 0; m < order; m++) {
        mc[m] += envelope * Math.cos(m * warped) * dWarped * (m == 0 ? 1 : 2) / Math.PI;
      }
    }
    double before = peak(mc);
    assertThat(before * 48000 / (2 * Math.PI)).isCloseTo(700, within(60.0));
    for (double tract : new double[] {1.1, 1.2}) {
      double[] longer = FrequencyWarp.warp(mc, ALPHA, FrequencyWarp.alphaFor(ALPHA, tract));
      assertThat(peak(longer) / before).as("tract %s", tract).isCloseTo(1 / tract, within(0.03));
    }
  }

  /** Where the envelope, read with the voice's own constant, peaks: in radians. */
  private static double peak(double[] mc) {
    double best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (double w = 0.001; w < Math.PI / 4; w += 0.0005) {
      double v = logAmplitude(mc, ALPHA, w);
      if (v > bestValue) {
        bestValue = v;
        best = w;
      }
    }
    return best;
  }

  @Test
  void breathinessTurnsTheUpperBandsOfVoicedFramesToNoise() {
    MlsaVocoder.Frames in = utterance(30, 5);
    double[][] copy = java.util.Arrays.stream(in.strengths()).map(double[]::clone).toArray(double[][]::new);
    double[][] out = VoiceDesigner.strengths(in.strengths(), in.voiced(), 0.4);
    for (int t = 0; t < out.length; t++) {
      assertThat(in.strengths()[t]).as("the input is untouched").containsExactly(copy[t]);
      if (!in.voiced()[t]) {
        assertThat(out[t]).containsExactly(copy[t]);
        continue;
      }
      assertThat(out[t][0]).isEqualTo(copy[t][0]);
      assertThat(out[t][2]).isCloseTo(copy[t][2] * 0.8, within(1e-15));
      assertThat(out[t][4]).isCloseTo(copy[t][4] * 0.6, within(1e-15));
    }
  }

  @Test
  void brightnessSetsThePostfilterFromNoneToStrongest() {
    assertThat(VoiceDesigner.beta(0.1, 0)).isEqualTo(0.1);
    assertThat(VoiceDesigner.beta(0.1, -1)).isEqualTo(0.0);
    assertThat(VoiceDesigner.beta(0.1, -0.5)).isCloseTo(0.05, within(1e-15));
    assertThat(VoiceDesigner.beta(0.1, 1)).isEqualTo(VoiceDesigner.MAX_BETA);
    assertThat(VoiceDesigner.beta(0.1, 0.5)).isCloseTo(0.3, within(1e-15));
  }

  @Test
  void theDesignNeverChangesTheFramesItIsGiven() {
    MlsaVocoder.Frames in = utterance(90, 6);
    double[] logF0 = in.logF0OfVoiced().clone();
    double[][] mcep = java.util.Arrays.stream(in.mcep()).map(double[]::clone).toArray(double[][]::new);
    MlsaVocoder.Frames out = VoiceDesigner.frames(in, new VoiceDesign(-7, 0, 1.1, 1.1, 0.2, 0.3), ALPHA);
    assertThat(in.logF0OfVoiced()).containsExactly(logF0);
    for (int t = 0; t < mcep.length; t++) {
      assertThat(in.mcep()[t]).containsExactly(mcep[t]);
    }
    assertThat(out.count()).isEqualTo(in.count());
    assertThat(out.voiced()).isSameAs(in.voiced());
  }
}
