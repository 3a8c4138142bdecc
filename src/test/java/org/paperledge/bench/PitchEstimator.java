package org.paperledge.bench;

import java.util.ArrayList;
import java.util.List;
import org.paperledge.model.Pcm;

/**
 * A small F0 tracker for tests that must run without Praat: YIN (de Cheveigné and Kawahara, 2002) on the speech
 * brought down to 16 kHz, 10 ms steps, 60 to 500 Hz, as Praat is run for the reports. On this project's voice it
 * agrees with Praat to within a few hertz on medians and percentiles.
 */
public final class PitchEstimator {
  private static final int RATE = 16_000;
  private static final int STEP = RATE / 100;
  private static final int WINDOW = 512;
  private static final int MIN_LAG = RATE / 500;
  private static final int MAX_LAG = RATE / 60;
  /** YIN's threshold on the normalized difference, and the most a frame may have and still count as voiced. */
  private static final double THRESHOLD = 0.15;
  private static final double VOICED = 0.35;
  /** Frames quieter than this under the loudest are silence. */
  private static final double SILENCE_DB = -35;

  private PitchEstimator() {}

  /** The voiced frames of {@code pcm}, times from its first sample (the centre of each window). */
  public static PitchTrack track(Pcm pcm) {
    double[] x = downsampled(pcm.samples());
    int frames = Math.max(0, (x.length - WINDOW - MAX_LAG) / STEP + 1);
    double[] energy = new double[frames];
    double loudest = 0;
    for (int i = 0; i < frames; i++) {
      double sum = 0;
      for (int j = 0; j < WINDOW; j++) {
        double v = x[i * STEP + j];
        sum += v * v;
      }
      energy[i] = sum / WINDOW;
      loudest = Math.max(loudest, energy[i]);
    }
    double floor = loudest * Math.pow(10, SILENCE_DB / 10);
    List<double[]> rows = new ArrayList<>();
    double[] d = new double[MAX_LAG + 2];
    for (int i = 0; i < frames; i++) {
      if (energy[i] < floor) {
        continue;
      }
      double lag = period(x, i * STEP, d);
      if (lag > 0) {
        rows.add(new double[] {(i * STEP + WINDOW / 2.0) / RATE, RATE / lag});
      }
    }
    double[] times = rows.stream().mapToDouble(r -> r[0]).toArray();
    return new PitchTrack(times, octavesMended(times, rows.stream().mapToDouble(r -> r[1]).toArray()));
  }

  /**
   * YIN's slips by an octave, mended: F0 does not jump by an octave within 80 ms, so a frame half or twice the
   * median of its neighbours within 80 ms is taken at their octave.
   */
  private static double[] octavesMended(double[] times, double[] hz) {
    double[] out = hz.clone();
    for (int i = 0; i < hz.length; i++) {
      List<Double> around = new ArrayList<>();
      for (int k = 0; k < hz.length; k++) {
        if (Math.abs(times[k] - times[i]) <= 0.08) {
          around.add(hz[k]);
        }
      }
      around.sort(null);
      double local = around.get(around.size() / 2);
      if (hz[i] > 1.7 * local) {
        out[i] = hz[i] / 2;
      } else if (hz[i] < local / 1.7) {
        out[i] = hz[i] * 2;
      }
    }
    return out;
  }

  /** The period at {@code start} in samples, interpolated, or 0 when the frame is not voiced. */
  private static double period(double[] x, int start, double[] d) {
    double running = 0;
    d[0] = 1;
    for (int tau = 1; tau <= MAX_LAG + 1; tau++) {
      double sum = 0;
      for (int j = start; j < start + WINDOW; j++) {
        double diff = x[j] - x[j + tau];
        sum += diff * diff;
      }
      running += sum;
      d[tau] = running == 0 ? 1 : sum * tau / running;
    }
    int best = -1;
    for (int tau = MIN_LAG; tau <= MAX_LAG; tau++) {
      if (d[tau] < THRESHOLD) {
        while (tau + 1 <= MAX_LAG && d[tau + 1] < d[tau]) {
          tau++;
        }
        best = tau;
        break;
      }
    }
    if (best >= 0 && 2 * best < MAX_LAG) {
      // A strong second harmonic makes a dip at half the period: the period's own dip is then much deeper.
      int twice = 2 * best;
      while (twice + 1 <= MAX_LAG && d[twice + 1] < d[twice]) {
        twice++;
      }
      while (twice - 1 > best && d[twice - 1] < d[twice]) {
        twice--;
      }
      if (d[twice] < 0.5 * d[best]) {
        best = twice;
      }
    }
    if (best < 0) {
      best = MIN_LAG;
      for (int tau = MIN_LAG; tau <= MAX_LAG; tau++) {
        if (d[tau] < d[best]) {
          best = tau;
        }
      }
      if (d[best] >= VOICED) {
        return 0;
      }
    }
    double a = d[best - 1];
    double b = d[best];
    double c = d[best + 1];
    double denominator = a - 2 * b + c;
    return denominator == 0 ? best : best + 0.5 * (a - c) / denominator;
  }

  /** 48 kHz to 16 kHz: each output the mean of a 9-sample window, which keeps the aliasing of speech small. */
  private static double[] downsampled(short[] samples) {
    int n = samples.length / 3;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      int count = 0;
      for (int k = 3 * i - 3; k <= 3 * i + 5; k++) {
        if (k >= 0 && k < samples.length) {
          sum += samples[k];
          count++;
        }
      }
      out[i] = sum / count;
    }
    return out;
  }
}
