package org.paperledge.bench;

import java.util.List;
import org.paperledge.speech.ProsodyMarks;
import org.paperledge.speech.TimedSpeech;
import org.paperledge.speech.Token;

/**
 * The figures of a reading, measured on its audio's F0 track and timed by the synthesis itself: what the
 * prosody report and the integration tests check.
 */
public final class Readings {
  private Readings() {}

  /** One sentence as spoken: its times and its measured F0. */
  public record Heard(TimedSpeech speech, PitchTrack pitch) {
    TimedSpeech.Span token(int i) {
      return speech.tokens().get(i);
    }

    /** The voiced frames of token {@code i}. */
    public PitchTrack pitchOf(int i) {
      return pitch.within(token(i).start(), token(i).end());
    }
  }

  /** Token {@code i}'s F0 peak in {@code marked} over its peak in {@code plain}, in semitones. */
  public static double peakGain(Heard plain, Heard marked, int i) {
    return PitchTrack.semitones(peak(marked, i), peak(plain, i));
  }

  /**
   * Token {@code i}'s F0 peak, a frame more than 1.7 times the word's median (9 semitones) taken an octave down:
   * Praat now and then reads a word's first voiced frame at twice its pitch, and no accent jumps that far within
   * one word.
   */
  private static double peak(Heard heard, int i) {
    PitchTrack word = heard.pitchOf(i);
    double median = word.median();
    return java.util.Arrays.stream(word.hz()).map(hz -> hz > 1.7 * median ? hz / 2 : hz).max()
        .orElse(Double.NaN);
  }

  /** Token {@code i}'s duration in {@code marked} over its duration in {@code plain}. */
  public static double durationRatio(Heard plain, Heard marked, int i) {
    return marked.token(i).seconds() / plain.token(i).seconds();
  }

  /** The median F0 of an aside over the median of the rest of the sentence, in semitones. */
  public static double asideOffset(Heard heard, ProsodyMarks.Span aside) {
    double from = heard.token(aside.from()).start();
    double to = heard.token(aside.to() - 1).end();
    return PitchTrack.semitones(heard.pitch().within(from, to).median(), heard.pitch().outside(from, to).median());
  }

  /** How much faster the aside's words go in {@code marked} than in {@code plain}: 0.1 is 10% faster. */
  public static double asideSpeedUp(Heard plain, Heard marked, ProsodyMarks.Span aside) {
    return span(plain, aside) / span(marked, aside) - 1;
  }

  private static double span(Heard heard, ProsodyMarks.Span aside) {
    return heard.token(aside.to() - 1).end() - heard.token(aside.from()).start();
  }

  /** The silence between the last sounding token before the aside and its first, in seconds (NaN: none before). */
  public static double pauseBefore(Heard heard, ProsodyMarks.Span aside) {
    for (int i = aside.from() - 1; i >= 0; i--) {
      if (heard.token(i).seconds() > 0) {
        return heard.token(aside.from()).start() - heard.token(i).end();
      }
    }
    return Double.NaN;
  }

  /** The silence between the aside's last token and the next sounding one, in seconds (NaN: none after). */
  public static double pauseAfter(Heard heard, ProsodyMarks.Span aside) {
    for (int i = aside.to(); i < heard.speech().tokens().size(); i++) {
      if (heard.token(i).seconds() > 0) {
        return heard.token(i).start() - heard.token(aside.to() - 1).end();
      }
    }
    return Double.NaN;
  }

  /** The index of the first token spelled {@code word} (ignoring case), from token {@code from}. */
  public static int indexOf(List<Token> tokens, String word, int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (tokens.get(i).text().equalsIgnoreCase(word)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no '" + word + "' in " + tokens);
  }

  /** The tokens of {@code words} (space-separated) as a span of {@code tokens}. */
  public static ProsodyMarks.Span spanOf(List<Token> tokens, String words) {
    String[] parts = words.split(" ");
    for (int i = 0; i + parts.length <= tokens.size(); i++) {
      boolean match = true;
      for (int k = 0; k < parts.length && match; k++) {
        match = tokens.get(i + k).text().equalsIgnoreCase(parts[k]);
      }
      if (match) {
        return new ProsodyMarks.Span(i, i + parts.length);
      }
    }
    throw new IllegalArgumentException("no '" + words + "' in " + tokens);
  }
}
