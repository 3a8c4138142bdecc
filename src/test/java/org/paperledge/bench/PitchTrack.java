package org.paperledge.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The voiced frames of an F0 track, as Praat or {@link PitchEstimator} measured them, and the figures the prosody
 * checks read off it.
 *
 * @param times seconds, increasing
 * @param hz F0 of each voiced frame
 */
public record PitchTrack(double[] times, double[] hz) {
  /** The last voiced stretch a sentence ending is judged on, and the part of it its end value is read from. */
  public static final double END_WINDOW = 0.2;
  public static final double END_PART = 0.04;

  public PitchTrack {
    if (times.length != hz.length) {
      throw new IllegalArgumentException(times.length + " times, " + hz.length + " values");
    }
    times = times.clone();
    hz = hz.clone();
  }

  /** {@code a} over {@code b} in semitones. */
  public static double semitones(double a, double b) {
    return 12 * Math.log(a / b) / Math.log(2);
  }

  /** Tracks one after another in time, each starting a second after the last frame of the one before. */
  public static PitchTrack joined(List<PitchTrack> tracks) {
    List<double[]> rows = new ArrayList<>();
    double offset = 0;
    for (PitchTrack t : tracks) {
      for (int i = 0; i < t.size(); i++) {
        rows.add(new double[] {offset + t.times[i], t.hz[i]});
      }
      offset += t.size() == 0 ? 0 : t.times[t.size() - 1] + 1;
    }
    return new PitchTrack(rows.stream().mapToDouble(r -> r[0]).toArray(),
        rows.stream().mapToDouble(r -> r[1]).toArray());
  }

  public int size() {
    return hz.length;
  }

  /** The frames from {@code from} to {@code to} seconds (exclusive). */
  public PitchTrack within(double from, double to) {
    return select(from, to, true);
  }

  /** The frames outside {@code from} to {@code to} seconds. */
  public PitchTrack outside(double from, double to) {
    return select(from, to, false);
  }

  private PitchTrack select(double from, double to, boolean inside) {
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      if ((times[i] >= from && times[i] < to) == inside) {
        keep.add(i);
      }
    }
    return new PitchTrack(keep.stream().mapToDouble(i -> times[i]).toArray(),
        keep.stream().mapToDouble(i -> hz[i]).toArray());
  }

  /** The {@code p}-quantile (0 to 1) of the values, linearly interpolated; NaN when there are none. */
  public double percentile(double p) {
    if (size() == 0) {
      return Double.NaN;
    }
    double[] sorted = hz.clone();
    Arrays.sort(sorted);
    double at = p * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = (int) Math.ceil(at);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  }

  public double median() {
    return percentile(0.5);
  }

  public double max() {
    return Arrays.stream(hz).max().orElse(Double.NaN);
  }

  /** p90 over p10, in semitones. */
  public double rangeSemitones() {
    return semitones(percentile(0.9), percentile(0.1));
  }

  /** p90 over p10. */
  public double rangeRatio() {
    return percentile(0.9) / percentile(0.1);
  }

  /** The median of the last {@link #END_PART} seconds of voicing. */
  public double end() {
    double last = times[size() - 1];
    return within(last - END_PART + 1e-9, last + 1).median();
  }

  /** The median of the first {@link #END_PART} seconds of the last {@link #END_WINDOW} seconds of voicing. */
  public double endWindowStart() {
    double start = times[size() - 1] - END_WINDOW;
    return within(start, start + END_PART).median();
  }

  /** How far the end of the last voiced 200 ms lies above the median, in semitones. */
  public double endAboveMedian() {
    return semitones(end(), median());
  }

  /** How far the voicing rises over its last 200 ms, in semitones (negative: falls). */
  public double endWindowRise() {
    return semitones(end(), endWindowStart());
  }
}
