package org.paperledge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The targets the shipped voice profiles are held to, checked against measurements: the host sounds like a man,
 * any two profiles sound like different people, none is harder to understand than the stock voice, and none costs
 * noticeably more to synthesize.
 */
final class VoiceTargets {
  static final double HOST_MIN_F0 = 100;
  static final double HOST_MAX_F0 = 135;
  static final double HOST_MIN_FORMANTS = 0.80;
  static final double HOST_MAX_FORMANTS = 0.92;
  /** Two profiles differ by at least this in median F0 ... */
  static final double MIN_SEMITONES_APART = 2;
  /** ... or by at least this factor in the mean formant ratio. */
  static final double MIN_FORMANTS_APART = 1.06;
  static final double MAX_WER_ABOVE_STOCK = 0.01;
  static final double MAX_COST_OVER_STOCK = 1.10;

  /**
   * One voice's figures.
   *
   * @param name the profile's name
   * @param medianF0 median F0 in Hz
   * @param formantRatio geometric mean of the F1 to F3 median ratios to the stock voice
   * @param wer word error rate, 0 to 1
   * @param cost synthesis seconds per second of audio
   */
  record Figures(String name, double medianF0, double formantRatio, double wer, double cost) {}

  /** A target and whether it was met. */
  record Check(String description, boolean met) {
    @Override
    public String toString() {
      return (met ? "PASS " : "FAIL ") + description;
    }
  }

  private VoiceTargets() {}

  /** Checks {@code profiles} (the host's among them) against the targets, relative to {@code stock}. */
  static List<Check> check(Figures stock, List<Figures> profiles, String host) {
    List<Check> checks = new ArrayList<>();
    for (Figures p : profiles) {
      if (p.name().equals(host)) {
        checks.add(new Check(String.format(Locale.ROOT, "%s (the host): median F0 %.1f Hz, target %.0f to %.0f Hz",
            p.name(), p.medianF0(), HOST_MIN_F0, HOST_MAX_F0),
            p.medianF0() >= HOST_MIN_F0 && p.medianF0() <= HOST_MAX_F0));
        checks.add(new Check(String.format(Locale.ROOT, "%s (the host): formant ratio %.3f, target %.2f to %.2f",
            p.name(), p.formantRatio(), HOST_MIN_FORMANTS, HOST_MAX_FORMANTS),
            p.formantRatio() >= HOST_MIN_FORMANTS && p.formantRatio() <= HOST_MAX_FORMANTS));
      }
    }
    if (profiles.stream().noneMatch(p -> p.name().equals(host))) {
      checks.add(new Check("the host's profile '" + host + "' was measured", false));
    }
    for (int i = 0; i < profiles.size(); i++) {
      for (int j = i + 1; j < profiles.size(); j++) {
        Figures a = profiles.get(i);
        Figures b = profiles.get(j);
        double semitones = Math.abs(semitones(a.medianF0(), b.medianF0()));
        double formants = Math.exp(Math.abs(Math.log(a.formantRatio() / b.formantRatio())));
        checks.add(new Check(String.format(Locale.ROOT,
            "%s and %s apart: %.1f semitones in median F0 (target %.0f), or %.1f%% in formants (target %.0f%%)",
            a.name(), b.name(), semitones, MIN_SEMITONES_APART, 100 * (formants - 1),
            100 * (MIN_FORMANTS_APART - 1)), semitones >= MIN_SEMITONES_APART || formants >= MIN_FORMANTS_APART));
      }
    }
    for (Figures p : profiles) {
      checks.add(new Check(String.format(Locale.ROOT, "%s: WER %.1f%%, stock %.1f%%, at most %.0f point above",
          p.name(), 100 * p.wer(), 100 * stock.wer(), 100 * MAX_WER_ABOVE_STOCK),
          p.wer() <= stock.wer() + MAX_WER_ABOVE_STOCK + 1e-12));
      checks.add(new Check(String.format(Locale.ROOT,
          "%s: synthesis %.4f s per second of audio, %.1f%% of the stock voice's, at most %.0f%%", p.name(),
          p.cost(), 100 * p.cost() / stock.cost(), 100 * MAX_COST_OVER_STOCK),
          p.cost() <= stock.cost() * MAX_COST_OVER_STOCK));
    }
    return checks;
  }

  /** How many semitones {@code f} lies above {@code reference}. */
  static double semitones(double f, double reference) {
    return 12 * Math.log(f / reference) / Math.log(2);
  }
}
