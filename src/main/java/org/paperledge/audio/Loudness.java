package org.paperledge.audio;

import java.util.Arrays;
import org.paperledge.model.Pcm;

/**
 * Loudness as ITU-R BS.1770-4 and EBU R128 define it, for mono audio at {@link Pcm#RATE} Hz: K-weighting (a
 * high-shelf then a high-pass filter), mean square over 400 ms blocks that overlap by 75 %, and integration over
 * the blocks above an absolute gate of -70 LUFS and then above a gate 10 LU below the loudness of those.
 *
 * <p>A {@code Meter} measures a stream as it passes, keeping one number per 100 ms; {@link #of(short[])} measures
 * one spoken line.
 */
public final class Loudness {
  /** Mean square of a full-scale 997 Hz sine after K-weighting reads -3.01 LUFS. */
  private static final double OFFSET = -0.691;
  private static final double ABSOLUTE_GATE = -70.0;
  private static final double RELATIVE_GATE = -10.0;
  /** 100 ms: a quarter of a 400 ms gating block. */
  private static final int STEP = Pcm.RATE / 10;

  // K-weighting at 48 kHz, as tabulated in BS.1770: stage 1 (high shelf), stage 2 (high pass).
  private static final double B0 = 1.53512485958697;
  private static final double B1 = -2.69169618940638;
  private static final double B2 = 1.19839281085285;
  private static final double A1 = -1.69065929318241;
  private static final double A2 = 0.73248077421585;
  private static final double HB0 = 1.0;
  private static final double HB1 = -2.0;
  private static final double HB2 = 1.0;
  private static final double HA1 = -1.99004745483398;
  private static final double HA2 = 0.99007225036621;

  private Loudness() {}

  /**
   * The integrated loudness of one line of speech, LUFS; for lines shorter than one gating block, the loudness
   * of the whole line. Negative infinity for silence.
   */
  public static double of(short[] samples) {
    Meter meter = new Meter();
    for (short s : samples) {
      meter.add(s / 32768.0);
    }
    return samples.length < 4 * STEP ? meter.ungated() : meter.integrated();
  }

  /** Measures a stream of samples (full scale = 1.0). Not thread-safe. */
  public static final class Meter {
    // filter state
    private double x1;
    private double x2;
    private double y1;
    private double y2;
    private double hy1;
    private double hy2;
    // sum of squares of the current 100 ms step
    private double stepSum;
    private int stepCount;
    private double[] steps = new double[64];
    private int stepsFilled;
    private double totalSum;
    private long totalCount;

    /** Adds one sample. */
    public void add(double x) {
      double y = B0 * x + B1 * x1 + B2 * x2 - A1 * y1 - A2 * y2;
      x2 = x1;
      x1 = x;
      double k = HB0 * y + HB1 * y1 + HB2 * y2 - HA1 * hy1 - HA2 * hy2;
      y2 = y1;
      y1 = y;
      hy2 = hy1;
      hy1 = k;
      double sq = k * k;
      stepSum += sq;
      totalSum += sq;
      totalCount++;
      if (++stepCount == STEP) {
        if (stepsFilled == steps.length) {
          steps = Arrays.copyOf(steps, steps.length * 2);
        }
        steps[stepsFilled++] = stepSum / STEP;
        stepSum = 0;
        stepCount = 0;
      }
    }

    /** Adds {@code samples[from]} to {@code samples[to - 1]}. */
    public void add(float[] samples, int from, int to) {
      for (int i = from; i < to; i++) {
        add(samples[i]);
      }
    }

    /** Loudness of everything added, without gating, LUFS. */
    public double ungated() {
      return totalCount == 0 ? Double.NEGATIVE_INFINITY : lufs(totalSum / totalCount);
    }

    /** Gated integrated loudness of everything added, LUFS; negative infinity when every block is gated out. */
    public double integrated() {
      int blocks = stepsFilled - 3;
      if (blocks <= 0) {
        return Double.NEGATIVE_INFINITY;
      }
      double[] power = new double[blocks];
      for (int b = 0; b < blocks; b++) {
        power[b] = (steps[b] + steps[b + 1] + steps[b + 2] + steps[b + 3]) / 4;
      }
      double sum = 0;
      int count = 0;
      for (double p : power) {
        if (lufs(p) > ABSOLUTE_GATE) {
          sum += p;
          count++;
        }
      }
      if (count == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      double relative = lufs(sum / count) + RELATIVE_GATE;
      sum = 0;
      count = 0;
      for (double p : power) {
        double l = lufs(p);
        if (l > ABSOLUTE_GATE && l > relative) {
          sum += p;
          count++;
        }
      }
      return lufs(sum / count);
    }

    private static double lufs(double meanSquare) {
      return meanSquare <= 0 ? Double.NEGATIVE_INFINITY : OFFSET + 10 * Math.log10(meanSquare);
    }
  }
}
