package org.paperledge.speech;

import java.util.Random;

/**
 * The mel-log-spectrum-approximation (MLSA) vocoder of HMM speech synthesis with mixed excitation, computing the
 * same samples as MaryTTS 5.2.1's {@code HTSVocoder} in a fraction of its time.
 *
 * <p>MaryTTS spends most of a synthesis in its vocoder, and a good part of that handing every sample, boxed, to a
 * second thread. This class produces the whole utterance into an array on the calling thread, and restructures
 * the filter: the five cascaded sections of the Padé approximation each read only the previous sample's outputs of
 * the others, so they are computed side by side in one pass over the coefficients instead of five, and each
 * section's delay line is updated, summed and shifted in that same pass. Every sum is still taken in MaryTTS's
 * order, so the samples are bit for bit those of MaryTTS ({@code MlsaVocoderTest} checks this).
 *
 * <p>Covers what the voices on Maven Central use: mel-cepstra ({@code stage 0}) with postfiltering and mixed
 * excitation from pulse and noise; {@link #supports} says whether a voice's settings are covered. One instance
 * per thread.
 *
 * <p>Why it is one class of over 400 lines: the excitation, the filter and the postfilter share the state of
 * one utterance's run, and their sums must be taken in exactly MaryTTS's order for the samples to be bit for
 * bit the same; split apart, that order would be spread over files that each look free to change.
 */
final class MlsaVocoder {
  /** Order of the Padé approximation of the exponential. */
  private static final int PADE_ORDER = 5;
  /** Padé coefficients for order 5, index 1 to 5 (index 0 unused). */
  private static final double[] PADE = {1.0, 0.4999391, 0.1107098, 0.01369984, 0.0009564853, 0.00003041721};
  /** Length of the impulse response used to measure filter energy for the postfilter. */
  private static final int IR_LENGTH = 96;
  /** Seed of the noise source, as in MaryTTS, so that noise is the same on every run. */
  private static final int NOISE_SEED = 1;

  /** The settings of one voice that the vocoder needs. */
  record Settings(int sampleRate, int framePeriod, double alpha, double beta, double f0Std, double f0Mean,
      double[][] mixFilters) {}

  /** The parameters of one utterance, frame by frame. */
  record Frames(double[][] mcep, double[] logF0OfVoiced, boolean[] voiced, double[][] strengths) {
    int count() {
      return mcep.length;
    }
  }

  /** True when the vocoder computes what MaryTTS would for a voice with these settings. */
  static boolean supports(int stage, boolean mixedExcitation, boolean fourierMagnitudes) {
    return stage == 0 && mixedExcitation && !fourierMagnitudes;
  }

  /**
   * Synthesizes one utterance.
   *
   * @return the raw samples, {@code framePeriod} per frame, not yet scaled to 16 bits
   */
  static double[] synthesize(Frames frames, Settings settings) {
    return new Run(frames, settings).run();
  }

  private MlsaVocoder() {}

  /** The state of one utterance's synthesis. */
  private static final class Run {
    private final Frames frames;
    private final Settings s;
    private final int m; // number of mel-cepstral coefficients
    private final double alpha;
    private final Random noise = new Random(NOISE_SEED);

    // MLSA filter coefficients: current, next frame's, and the step between them per sample.
    private final double[] c;
    private final double[] cNext;
    private final double[] cStep;
    // First part of the filter (its single-coefficient sections): delay elements as MaryTTS lays them out.
    private final double[] d1 = new double[2 * PADE_ORDER + 2];
    // Second part: the outputs of the five sections (index 1 to 5) and the filter's output (index 0).
    private final double[] d2 = new double[PADE_ORDER + 1];
    // Delay lines of the five sections, interleaved: element j of section k at j * 5 + (k - 1).
    private final double[] lines;

    // Mixed excitation: shaping filters of this frame and the pulse and noise histories.
    private final int taps;
    private final double[] hp;
    private final double[] hn;
    private final double[] pulseHistory;
    private final double[] noiseHistory;

    // Postfilter work arrays.
    private final double[] pf;
    private final double[] pfMc;
    private final double[] pfCep;
    private final double[] pfIr;
    private final double[] pfFreqt;

    Run(Frames frames, Settings settings) {
      this.frames = frames;
      this.s = settings;
      this.m = frames.count() == 0 ? 1 : frames.mcep()[0].length;
      this.alpha = settings.alpha();
      c = new double[m];
      cNext = new double[m];
      cStep = new double[m];
      lines = new double[(m + 1) * PADE_ORDER];
      taps = settings.mixFilters()[0].length;
      hp = new double[taps];
      hn = new double[taps];
      pulseHistory = new double[taps];
      noiseHistory = new double[taps];
      int length = m + 2 * IR_LENGTH;
      pf = new double[m];
      pfMc = new double[length];
      pfCep = new double[length];
      pfIr = new double[length];
      pfFreqt = new double[2 * IR_LENGTH];
    }

    double[] run() {
      int period = s.framePeriod();
      double[] out = new double[frames.count() * period];
      double meanF0 = meanF0();
      double[] mc = new double[m];
      double p1 = -1;
      double pc = 0;
      int voicedIndex = 0;
      int n = 0;
      for (int t = 0; t < frames.count(); t++) {
        System.arraycopy(frames.mcep()[t], 0, mc, 0, m);
        double f0 = 0;
        if (frames.voiced()[t]) {
          f0 = s.f0Std() * Math.exp(frames.logF0OfVoiced()[voicedIndex++]) + (1 - s.f0Std()) * meanF0 + s.f0Mean();
          f0 = Math.max(0.0, f0);
        }
        shapingFilters(frames.strengths()[t]);
        double pitch = f0 != 0.0 ? s.sampleRate() / f0 : f0; // period in samples, 0 when unvoiced
        if (p1 < 0) {
          p1 = pitch;
          pc = p1;
        }
        postfilter(mc);
        toFilterCoefficients(mc, cNext);
        for (int i = 0; i < m; i++) {
          cStep[i] = (cNext[i] - c[i]) * 1 / period;
        }
        double inc;
        if (p1 != 0.0 && pitch != 0.0) {
          inc = (pitch - p1) * 1.0 / period;
        } else {
          inc = 0.0;
          pc = pitch;
          p1 = 0.0;
        }
        for (int j = period - 1; j >= 0; j--) {
          double xp;
          double xn;
          if (p1 == 0.0) {
            xn = uniform();
            xp = 0.0;
          } else {
            if ((pc += 1.0) >= p1) {
              xp = Math.sqrt(p1);
              pc = pc - p1;
            } else {
              xp = 0.0;
            }
            xn = uniform();
          }
          double x = excite(xp, xn);
          if (x != 0.0) {
            x *= Math.exp(c[0]);
          }
          out[n++] = filter(x);
          p1 += inc;
          for (int k = 0; k < m; k++) {
            c[k] += cStep[k];
          }
        }
        p1 = pitch;
        System.arraycopy(cNext, 0, c, 0, m);
      }
      return out;
    }

    private double uniform() {
      return noise.nextBoolean() ? 1.0 : -1.0;
    }

    /** Mean F0 over the voiced frames, in Hz. */
    private double meanF0() {
      double sum = 0.0;
      int count = 0;
      for (int t = 0; t < frames.count(); t++) {
        if (frames.voiced()[t]) {
          sum = sum + Math.exp(frames.logF0OfVoiced()[count]);
          count++;
        }
      }
      return sum / count;
    }

    /** Pulse and noise shaping filters for a frame's band strengths. */
    private void shapingFilters(double[] strengths) {
      double[][] h = s.mixFilters();
      for (int j = 0; j < taps; j++) {
        double p = 0.0;
        double q = 0.0;
        for (int i = 0; i < strengths.length; i++) {
          double str = strengths[i];
          p += str * h[i][j];
          q += (1 - str) * h[i][j];
        }
        hp[j] = p;
        hn[j] = q;
      }
    }

    /**
     * Filters a pulse and a noise sample with the shaping filters and returns their sum. As in MaryTTS, tap 0
     * takes the current sample and tap k (k at least 1) the sample k + 1 back.
     */
    private double excite(double xp, double xn) {
      double fxp = 0.0;
      double fxn = 0.0;
      double[] ph = pulseHistory;
      double[] nh = noiseHistory;
      for (int k = taps - 1; k > 0; k--) {
        fxp += hp[k] * ph[k];
        fxn += hn[k] * nh[k];
      }
      System.arraycopy(ph, 0, ph, 1, taps - 1);
      System.arraycopy(nh, 0, nh, 1, taps - 1);
      fxp += hp[0] * xp;
      fxn += hn[0] * xn;
      ph[0] = xp;
      nh[0] = xn;
      return fxp + fxn;
    }

    /** The MLSA filter, one sample: its first part, then its second. */
    private double filter(double x) {
      return secondPart(firstPart(x));
    }

    /** The sections of the filter that use coefficient 1 alone. */
    private double firstPart(double x) {
      double[] d = d1;
      double a = alpha;
      double b1 = c[1];
      double out = 0.0;
      for (int i = PADE_ORDER; i > 0; i--) {
        d[i] = (1 - a * a) * d[PADE_ORDER + i] + a * d[i];
        d[PADE_ORDER + 1 + i] = d[i] * b1;
        double v = d[PADE_ORDER + 1 + i] * PADE[i];
        x += ((1 & i) == 1) ? v : -v;
        out += v;
      }
      d[PADE_ORDER + 1] = x;
      out += x;
      return out;
    }

    /**
     * The sections that use coefficients 2 to m - 1. Section k filters the previous sample's output of section
     * k - 1, so the five sections are independent within a sample and run side by side.
     */
    private double secondPart(double x) {
      final double a = alpha;
      final double g = 1 - a * a;
      final double[] b = c;
      final double[] e = lines;
      final int last = m - 1; // highest coefficient used
      // Inputs: the previous sample's outputs.
      double in1 = d2[0];
      double in2 = d2[1];
      double in3 = d2[2];
      double in4 = d2[3];
      double in5 = d2[4];
      // Element 1 of each line: a first-order all-pass step on the input.
      double p1 = g * in1 + a * e[5];
      double p2 = g * in2 + a * e[6];
      double p3 = g * in3 + a * e[7];
      double p4 = g * in4 + a * e[8];
      double p5 = g * in5 + a * e[9];
      double o1 = e[10];
      double o2 = e[11];
      double o3 = e[12];
      double o4 = e[13];
      double o5 = e[14];
      double y1 = 0.0;
      double y2 = 0.0;
      double y3 = 0.0;
      double y4 = 0.0;
      double y5 = 0.0;
      // Element j: d[j] += a * (d[j + 1] - d[j - 1]) with d[j - 1] already updated; the sum of d[j] * b[j];
      // and the shift d[j + 1] = d[j], all in one pass.
      for (int j = 2; j <= last; j++) {
        int at = j * 5;
        int next = at + 5;
        double bj = b[j];
        double q1 = e[next];
        double q2 = e[next + 1];
        double q3 = e[next + 2];
        double q4 = e[next + 3];
        double q5 = e[next + 4];
        p1 = o1 + a * (q1 - p1);
        p2 = o2 + a * (q2 - p2);
        p3 = o3 + a * (q3 - p3);
        p4 = o4 + a * (q4 - p4);
        p5 = o5 + a * (q5 - p5);
        y1 += p1 * bj;
        y2 += p2 * bj;
        y3 += p3 * bj;
        y4 += p4 * bj;
        y5 += p5 * bj;
        e[next] = p1;
        e[next + 1] = p2;
        e[next + 2] = p3;
        e[next + 3] = p4;
        e[next + 4] = p5;
        o1 = q1;
        o2 = q2;
        o3 = q3;
        o4 = q4;
        o5 = q5;
      }
      // Elements 1 and 2 after the shift: both hold the new element 1; element 0 holds the input.
      double n1 = g * in1 + a * e[5];
      double n2 = g * in2 + a * e[6];
      double n3 = g * in3 + a * e[7];
      double n4 = g * in4 + a * e[8];
      double n5 = g * in5 + a * e[9];
      e[5] = n1;
      e[6] = n2;
      e[7] = n3;
      e[8] = n4;
      e[9] = n5;
      e[10] = n1;
      e[11] = n2;
      e[12] = n3;
      e[13] = n4;
      e[14] = n5;
      e[0] = in1;
      e[1] = in2;
      e[2] = in3;
      e[3] = in4;
      e[4] = in5;
      // Sections run from 5 down to 1, as in MaryTTS, so the sums keep its order.
      double out = 0.0;
      double[] ys = {0, y1, y2, y3, y4, y5};
      for (int i = PADE_ORDER; i > 0; i--) {
        d2[i] = ys[i];
        double v = ys[i] * PADE[i];
        x += ((1 & i) == 1) ? v : -v;
        out += v;
      }
      d2[0] = x;
      out += x;
      return out;
    }

    /** Mel-cepstrum to MLSA filter coefficients. */
    private void toFilterCoefficients(double[] mc, double[] b) {
      int top = m - 1;
      b[top] = mc[top];
      for (int i = top - 1; i >= 0; i--) {
        b[i] = mc[i] - alpha * b[i + 1];
      }
    }

    /** Emphasizes the formants of a frame's mel-cepstrum, keeping its energy. */
    private void postfilter(double[] mc) {
      int top = m - 1;
      double beta = s.beta();
      if (!(beta > 0.0 && top > 1)) {
        return;
      }
      double[] b = pf;
      toFilterCoefficients(mc, b);
      double e1 = energy(b);
      b[1] -= beta * alpha * mc[2];
      for (int k = 2; k < top; k++) {
        b[k] *= (1.0 + beta);
      }
      double e2 = energy(b);
      b[0] += Math.log(e1 / e2) / 2;
      // Filter coefficients back to mel-cepstrum.
      double d = mc[top] = b[top];
      for (int i = top; i >= 0; i--) { // from top, as MaryTTS does: it scales the last value by 1 + alpha
        double o = b[i] + alpha * d;
        d = b[i];
        mc[i] = o;
      }
    }

    /** Energy of the impulse response of the filter with coefficients {@code b}. */
    private double energy(double[] b) {
      int top = m - 1;
      double[] mc = pfMc;
      double[] cep = pfCep;
      double[] ir = pfIr;
      // Filter coefficients to mel-cepstrum.
      double d = mc[top] = b[top];
      for (int i = top; i >= 0; i--) { // from top, as MaryTTS does: it scales the last value by 1 + alpha
        double o = b[i] + alpha * d;
        d = b[i];
        mc[i] = o;
      }
      frequencyTransform(mc, top, cep, IR_LENGTH - 1, -alpha);
      // Minimum-phase impulse response from the cepstrum.
      ir[0] = Math.exp(cep[0]);
      for (int n = 1; n < IR_LENGTH; n++) {
        double sum = 0;
        int upper = n >= IR_LENGTH ? IR_LENGTH - 1 : n;
        for (int k = 1; k <= upper; k++) {
          sum += k * cep[k] * ir[n - k];
        }
        ir[n] = sum / n;
      }
      double energy = 0.0;
      for (int i = 0; i < IR_LENGTH; i++) {
        energy += ir[i] * ir[i];
      }
      return energy;
    }

    /** Warps cepstrum {@code c1} (order {@code m1}) by all-pass constant {@code a} into {@code m2} values. */
    private void frequencyTransform(double[] c1, int m1, double[] c2, int m2, double a) {
      double b = 1 - a * a;
      double[] buf = pfFreqt;
      java.util.Arrays.fill(buf, 0, m2 + m2 + 2, 0.0);
      int g = m2 + 1;
      for (int i = -m1; i <= 0; i++) {
        buf[g] = c1[-i] + a * (buf[0] = buf[g]);
        buf[g + 1] = b * buf[0] + a * (buf[1] = buf[g + 1]);
        for (int j = 2; j <= m2; j++) {
          buf[g + j] = buf[j - 1] + a * ((buf[j] = buf[g + j]) - buf[g + j - 1]);
        }
      }
      System.arraycopy(buf, g, c2, 0, m2);
    }
  }
}
