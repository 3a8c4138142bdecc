package org.paperledge.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.paperledge.audio.ProcessRunner;
import org.paperledge.model.ToolException;

/**
 * What Praat hears in one recording: the median, 10th and 90th percentiles of F0 and the medians of F1 to F3,
 * over the voiced frames ({@code bench/voice/measure.praat} lists them frame by frame).
 *
 * @param medianF0 median F0 in Hz
 * @param p10 10th percentile of F0 in Hz
 * @param p90 90th percentile of F0 in Hz
 * @param f1 median F1 in Hz
 * @param f2 median F2 in Hz
 * @param f3 median F3 in Hz
 * @param voicedFrames the number of voiced 10 ms frames
 */
record VoiceMeasure(double medianF0, double p10, double p90, double f1, double f2, double f3, int voicedFrames) {
  static final Path SCRIPT = Path.of("bench/voice/measure.praat");
  private static final Path PRAAT = Path.of("/usr/bin/praat");

  VoiceMeasure {
    if (voicedFrames < 1) {
      throw new IllegalArgumentException("no voiced frames");
    }
  }

  /** Measures a 16 kHz mono WAV file with Praat. */
  static VoiceMeasure of(Path wav16k) throws ToolException {
    ProcessRunner.Result result = new ProcessRunner(Map.of()).run("praat", PRAAT, List.of("--run",
        SCRIPT.toAbsolutePath().toString(), wav16k.toAbsolutePath().toString()), Duration.ofMinutes(5));
    return parse(result.stdout());
  }

  /** Reads the script's lines ({@code time f0 f1 f2 f3}); a formant Praat could not find is left out. */
  static VoiceMeasure parse(String lines) {
    List<Double> f0 = new ArrayList<>();
    List<List<Double>> formants = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (String line : lines.split("\n")) {
      String[] fields = line.strip().split("\\s+");
      if (fields.length != 5) {
        continue;
      }
      f0.add(Double.parseDouble(fields[1]));
      for (int k = 0; k < 3; k++) {
        if (!fields[2 + k].contains("undefined")) {
          formants.get(k).add(Double.parseDouble(fields[2 + k]));
        }
      }
    }
    return new VoiceMeasure(quantile(f0, 0.5), quantile(f0, 0.1), quantile(f0, 0.9), quantile(formants.get(0), 0.5),
        quantile(formants.get(1), 0.5), quantile(formants.get(2), 0.5), f0.size());
  }

  /** The {@code q} quantile, interpolated linearly between the order statistics; NaN for no values. */
  static double quantile(List<Double> values, double q) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    double at = q * (sorted.length - 1);
    int below = (int) Math.floor(at);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
  }

  /** This voice's F1 to F3 medians over another's, one ratio per formant. */
  double[] formantRatios(VoiceMeasure reference) {
    return new double[] {f1 / reference.f1, f2 / reference.f2, f3 / reference.f3};
  }

  /** The geometric mean of {@link #formantRatios}: how much shorter or longer the vocal tract sounds. */
  double formantRatio(VoiceMeasure reference) {
    double[] r = formantRatios(reference);
    return Math.cbrt(r[0] * r[1] * r[2]);
  }
}
