package org.paperledge.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.paperledge.model.Pcm;

/**
 * A synthesized sentence with where each of its tokens is spoken, taken from the synthesis itself (the HMM
 * engine's frames), not from a recognizer: what measurements of a reading align on.
 *
 * @param pcm the sentence as synthesized, edges not trimmed
 * @param tokens per token given to the synthesizer, in order, its time in {@code pcm}
 */
public record TimedSpeech(Pcm pcm, List<Span> tokens) {
  /**
   * Seconds from the start of {@code pcm}; equal for a token without sound (punctuation).
   *
   * @param accentStart the start of its stressed syllable, or NaN when it has no vowel
   * @param accentEnd the end of that syllable's vowel, or NaN
   */
  public record Span(double start, double end, double accentStart, double accentEnd) {
    public Span {
      if (!(start >= 0 && end >= start)) {
        throw new IllegalArgumentException("bad span " + start + " to " + end);
      }
    }

    public double seconds() {
      return end - start;
    }
  }

  public TimedSpeech {
    Objects.requireNonNull(pcm, "pcm");
    tokens = List.copyOf(tokens);
  }

  /** The times of the tokens at {@code positions} of {@code layout}. */
  static TimedSpeech of(Pcm pcm, FrameLayout layout, List<Integer> positions) {
    double s = layout.framePeriod();
    List<Span> spans = new ArrayList<>();
    for (int position : positions) {
      FrameLayout.TokenFrames t = layout.tokens().get(position);
      spans.add(new Span(t.start() * s, t.end() * s, t.hasAccent() ? t.accentStart() * s : Double.NaN,
          t.hasAccent() ? t.accentEnd() * s : Double.NaN));
    }
    return new TimedSpeech(pcm, spans);
  }
}
