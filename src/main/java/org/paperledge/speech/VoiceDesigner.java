package org.paperledge.speech;

import java.util.Arrays;
import org.paperledge.model.VoiceDesign;

/**
 * Applies a {@link VoiceDesign} to one utterance's parameters, between the HMM engine's parameter generation and
 * {@link MlsaVocoder}: pitch and pitch range on log-F0, vocal-tract length on the mel-cepstra, breathiness on the
 * mixed excitation's voicing strengths, brightness on the postfilter.
 *
 * <p>Every function is pure: it returns new arrays and never changes the ones it is given, which belong to the
 * parameter generation.
 */
final class VoiceDesigner {
  /** Postfilter strength at brightness 1; beyond about this, formants ring and the voice turns metallic. */
  static final double MAX_BETA = 0.5;

  private VoiceDesigner() {}

  /** The utterance's frames as the design reshapes them, for a voice whose mel-cepstra use {@code alpha}. */
  static MlsaVocoder.Frames frames(MlsaVocoder.Frames frames, VoiceDesign design, double alpha) {
    double[][] mcep = design.tract() == 1 ? frames.mcep()
        : FrequencyWarp.warp(frames.mcep(), alpha, FrequencyWarp.alphaFor(alpha, design.tract()));
    double[][] strengths = design.breathiness() == 0 ? frames.strengths()
        : strengths(frames.strengths(), frames.voiced(), design.breathiness());
    return new MlsaVocoder.Frames(mcep, logF0(frames.logF0OfVoiced(), design), frames.voiced(), strengths);
  }

  /** The vocoder's settings with the design's postfilter strength. */
  static MlsaVocoder.Settings settings(MlsaVocoder.Settings s, VoiceDesign design) {
    return new MlsaVocoder.Settings(s.sampleRate(), s.framePeriod(), s.alpha(), beta(s.beta(), design.brightness()),
        s.f0Std(), s.f0Mean(), s.mixFilters());
  }

  /**
   * Postfilter strength for {@code brightness}: the voice's own at 0, none at -1, {@link #MAX_BETA} at 1, and
   * linear in between on either side.
   */
  static double beta(double voiceBeta, double brightness) {
    if (brightness < 0) {
      return voiceBeta * (1 + brightness);
    }
    return voiceBeta + brightness * (Math.max(MAX_BETA, voiceBeta) - voiceBeta);
  }

  /**
   * The log-F0 (natural log of Hz) of the voiced frames after the design: excursions around the utterance's
   * mean scaled by the range, then every frame shifted by the same amount, either the design's semitones or
   * whatever brings the utterance's median to the design's target.
   */
  static double[] logF0(double[] logF0, VoiceDesign design) {
    double[] out = logF0.clone();
    if (out.length == 0) {
      return out;
    }
    if (design.range() != 1) {
      double mean = 0;
      for (double v : out) {
        mean += v;
      }
      mean /= out.length;
      for (int t = 0; t < out.length; t++) {
        out[t] = mean + design.range() * (out[t] - mean);
      }
    }
    double shift = design.medianHz() != 0 ? Math.log(design.medianHz()) - median(out)
        : design.semitones() * Math.log(2) / 12;
    if (shift != 0) {
      for (int t = 0; t < out.length; t++) {
        out[t] += shift;
      }
    }
    return out;
  }

  /** The median of {@code values} (the mean of the two middle ones for an even count). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /**
   * Voicing strengths with breath: in voiced frames, band i of n keeps 1 - breathiness * i / (n - 1) of its
   * strength, so the lowest band (which carries the pitch) keeps its pulses and the top band loses the most to
   * noise. Unvoiced frames are noise already and keep their strengths, which shape that noise.
   */
  static double[][] strengths(double[][] strengths, boolean[] voiced, double breathiness) {
    double[][] out = new double[strengths.length][];
    for (int t = 0; t < strengths.length; t++) {
      out[t] = strengths[t].clone();
      int bands = out[t].length;
      if (voiced[t] && bands > 1) {
        for (int i = 1; i < bands; i++) {
          out[t][i] *= 1 - breathiness * i / (bands - 1);
        }
      }
    }
    return out;
  }
}
