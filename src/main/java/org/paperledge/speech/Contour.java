package org.paperledge.speech;

import java.util.Arrays;

/**
 * Edits of a log-F0 contour, one value per frame with NaN on unvoiced frames; every edit leaves unvoiced frames
 * alone, so the voice's voicing decisions stand. The building blocks of {@link ProsodyPlan}.
 */
final class Contour {
  /** The share of a final rise or fall spent at its full height. */
  static final double END_HOLD = 0.2;

  private Contour() {}

  static int voicedCount(double[] f) {
    int n = 0;
    for (double v : f) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** The median of the voiced frames from {@code from} to {@code to} (exclusive), or NaN when none is voiced. */
  static double median(double[] f, int from, int to) {
    double[] v = Arrays.stream(f, from, to).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** The last voiced frame, or -1. */
  static int lastVoiced(double[] f) {
    for (int t = f.length - 1; t >= 0; t--) {
      if (!Double.isNaN(f[t])) {
        return t;
      }
    }
    return -1;
  }

  /** Scales the distance of voiced frames from {@code center} by {@code factor}, from {@code from} to {@code to}. */
  static void scaleAround(double[] f, int from, int to, double center, double factor) {
    if (factor == 1.0) {
      return;
    }
    for (int t = from; t < to; t++) {
      f[t] = center + factor * (f[t] - center);
    }
  }

  /**
   * Adds {@code delta} from {@code from} to {@code to}, fading in over the first {@code ramp} frames and out over
   * the last, so that a voiced stretch running across either edge does not jump.
   */
  static void shift(double[] f, int from, int to, double delta, int ramp) {
    for (int t = from; t < to; t++) {
      double edge = Math.min(t - from + 0.5, to - t - 0.5) / ramp;
      f[t] += delta * smooth(Math.min(1, edge));
    }
  }

  /**
   * Raises an accent by {@code height}: fully from {@code accentStart} to {@code accentEnd} (a stressed syllable up
   * to the end of its vowel), rising towards it from the word's start (at most {@code decay} frames before it, and
   * starting earlier when the syllable opens the word) and falling back over {@code decay} frames after it.
   */
  static void accent(double[] f, int wordStart, int accentStart, int accentEnd, int decay, double height) {
    int riseFrom = Math.max(0, Math.min(accentStart - decay / 2, Math.max(wordStart, accentStart - decay)));
    for (int t = riseFrom; t < accentStart; t++) {
      f[t] += height * smooth((t - riseFrom + 0.5) / (accentStart - riseFrom));
    }
    for (int t = accentStart; t < accentEnd; t++) {
      f[t] += height;
    }
    int fallTo = Math.min(f.length, accentEnd + decay);
    for (int t = accentEnd; t < fallTo; t++) {
      f[t] += height * smooth(1 - (t - accentEnd + 0.5) / decay);
    }
  }

  /**
   * Bends the contour from {@code from} to its last voiced frame so that its last {@code tail} voiced frames average
   * {@code target}: a rise when {@code rising} (nothing when they are already as high), else a fall (nothing when
   * they are already as low and a semitone below where the bend starts). The bend grows with the square of the distance from {@code from}, as an
   * intonational rise steepens towards its end, and holds over the last {@link #END_HOLD} of the way, so that the
   * last frames a listener still hears voiced have all of it.
   */
  /** The least a falling end falls over its stretch, in natural-log units of F0 (a semitone). */
  static final double FALL = Math.log(2) / 12;

  static void endAt(double[] f, int from, double target, boolean rising, int tail) {
    int last = lastVoiced(f);
    if (last <= from) {
      return;
    }
    double sum = 0;
    double weight = 0;
    int seen = 0;
    for (int t = last; t > from && seen < tail; t--) {
      if (!Double.isNaN(f[t])) {
        sum += f[t];
        weight += bend(t, from, last);
        seen++;
      }
    }
    double end = sum / seen;
    if (!rising) {
      // a fall falls over its stretch, too: a voice whose own melody turns up at the very end is bent down from
      // where the stretch starts (at least a semitone), not left rising below its target
      double start = Double.NaN;
      for (int t = from; t <= last && Double.isNaN(start); t++) {
        start = f[t];
      }
      target = Math.min(target, start - FALL);
    }
    double delta = target - end;
    if (rising ? delta <= 0 : delta >= 0) {
      return;
    }
    double scale = delta / (weight / seen);
    for (int t = from; t <= last; t++) {
      f[t] += scale * bend(t, from, last);
    }
  }

  private static double bend(int t, int from, int last) {
    double x = Math.min(1, (t - from) / ((last - from) * (1 - END_HOLD)));
    return x * x;
  }

  /** A smooth step from 0 at 0 to 1 at 1 (raised cosine). */
  private static double smooth(double x) {
    double c = Math.max(0, Math.min(1, x));
    return (1 - Math.cos(Math.PI * c)) / 2;
  }
}
