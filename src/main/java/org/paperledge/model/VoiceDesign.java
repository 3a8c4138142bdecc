package org.paperledge.model;

import java.util.Set;

/**
 * How a voice profile reshapes its MaryTTS voice: settings applied to the HMM parameters, frame by frame, before
 * PaperLedge's vocoder makes any sample ({@code speech.VoiceDesigner} applies them).
 *
 * <p>A value of the leaf package, as {@link Lexicon} is: the show's profiles read it, the speech stage applies it.
 *
 * @param semitones pitch shift of every voiced frame, in semitones (0: none)
 * @param medianHz target median F0 of each utterance, in Hz (0: none; exclusive with {@code semitones})
 * @param range scale of log-F0 excursions around the utterance's mean (1: unchanged, 0: monotone)
 * @param tract vocal-tract length relative to the voice's (1: unchanged; above 1 a larger speaker, lower formants)
 * @param brightness postfilter strength from -1 (none) through 0 (the voice's own) to 1 (strongest)
 * @param breathiness share of the voiced excitation's upper bands turned to noise (0: none, 1: all of the top band)
 */
public record VoiceDesign(double semitones, double medianHz, double range, double tract, double brightness,
    double breathiness) {

  /** The voice as it is: the vocoder gets MaryTTS's parameters untouched. */
  public static final VoiceDesign NONE = new VoiceDesign(0, 0, 1, 1, 0, 0);

  /** The YAML keys a profile may use for its design. */
  public static final Set<String> KEYS = Set.of("pitch", "pitch-range", "tract", "brightness", "breathiness");

  public static final double MAX_SEMITONES = 24;
  public static final double MIN_MEDIAN_HZ = 50;
  public static final double MAX_MEDIAN_HZ = 400;
  public static final double MAX_RANGE = 3;
  public static final double MIN_TRACT = 0.7;
  public static final double MAX_TRACT = 1.4;

  public VoiceDesign {
    check("semitones", semitones, -MAX_SEMITONES, MAX_SEMITONES);
    if (medianHz != 0) {
      check("medianHz", medianHz, MIN_MEDIAN_HZ, MAX_MEDIAN_HZ);
    }
    if (semitones != 0 && medianHz != 0) {
      throw new IllegalArgumentException("a pitch shift and a target median exclude each other");
    }
    check("range", range, 0, MAX_RANGE);
    check("tract", tract, MIN_TRACT, MAX_TRACT);
    check("brightness", brightness, -1, 1);
    check("breathiness", breathiness, 0, 1);
  }

  private static void check(String what, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(what + " must be from " + min + " to " + max + ", not " + value);
    }
  }

  /** Whether nothing is changed: the vocoder is then handed MaryTTS's parameters as they are. */
  public boolean isIdentity() {
    return semitones == 0 && medianHz == 0 && range == 1 && tract == 1 && brightness == 0 && breathiness == 0;
  }

  /**
   * The settings as one line for cache keys: empty for {@link #NONE}, so that undesigned voices keep the keys
   * they always had; otherwise every setting, so that two designs share a key only when they are equal. Its
   * version ({@code design-v1}) changes whenever a transform changes what it does to the parameters.
   */
  public String canonical() {
    if (isIdentity()) {
      return "";
    }
    // Adding 0.0 turns -0.0 into 0.0: equal settings, equal text.
    return "design-v1 pitch=" + (medianHz != 0 ? (medianHz + 0.0) + "Hz" : (semitones + 0.0) + "st")
        + " range=" + (range + 0.0) + " tract=" + tract + " brightness=" + (brightness + 0.0)
        + " breathiness=" + (breathiness + 0.0);
  }
}
