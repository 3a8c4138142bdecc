package org.paperledge.speech;

/**
 * Frequency warping of a mel-cepstrum: the standard way HMM synthesis changes the perceived size of a speaker.
 *
 * <p>A mel-cepstrum describes a spectral envelope on a frequency axis warped by a first-order all-pass filter
 * with constant alpha. Re-expressing it for another constant (the recursion of SPTK's {@code freqt}) and handing
 * the result to a vocoder that keeps the voice's own constant stretches or compresses the envelope along the
 * frequency axis: a smaller constant moves the formants down, as a longer vocal tract does.
 */
final class FrequencyWarp {
  private FrequencyWarp() {}

  /**
   * The all-pass constant that, re-read with {@code alpha}, scales the envelope's low frequencies by
   * {@code 1 / tract}.
   *
   * <p>Near zero frequency an all-pass warp with constant a multiplies frequencies by (1 + a) / (1 - a), so
   * the constant whose factor is that of {@code alpha} divided by {@code tract} moves a formant at F to about
   * F / tract (exactly so as F tends to zero; closer to F towards the Nyquist frequency, which stays put).
   */
  static double alphaFor(double alpha, double tract) {
    if (!(tract > 0) || !(Math.abs(alpha) < 1)) {
      throw new IllegalArgumentException("tract " + tract + ", alpha " + alpha);
    }
    double factor = (1 + alpha) / (1 - alpha) / tract;
    return (factor - 1) / (factor + 1);
  }

  /** Every frame of {@code mcep} re-expressed from constant {@code from} to constant {@code to}. */
  static double[][] warp(double[][] mcep, double from, double to) {
    double[][] out = new double[mcep.length][];
    for (int t = 0; t < mcep.length; t++) {
      out[t] = warp(mcep[t], from, to);
    }
    return out;
  }

  /**
   * One mel-cepstrum re-expressed from constant {@code from} to constant {@code to}, keeping its order.
   *
   * <p>The recursion feeds the coefficients in from the highest to the lowest through a chain of first-order
   * all-pass sections with constant a = (to - from) / (1 - from * to); with a = 0 it only shifts them through, so
   * the result equals the input.
   */
  static double[] warp(double[] mc, double from, double to) {
    int order = mc.length;
    double a = (to - from) / (1 - from * to);
    double b = 1 - a * a;
    double[] now = new double[order];
    double[] before = new double[order];
    for (int i = order - 1; i >= 0; i--) {
      double[] swap = before;
      before = now;
      now = swap;
      now[0] = mc[i] + a * before[0];
      if (order > 1) {
        now[1] = b * before[0] + a * before[1];
      }
      for (int j = 2; j < order; j++) {
        now[j] = before[j - 1] + a * (before[j] - now[j - 1]);
      }
    }
    return now;
  }
}
