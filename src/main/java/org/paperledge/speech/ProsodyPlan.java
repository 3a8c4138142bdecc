package org.paperledge.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.paperledge.speech.ProsodyMarks.Emphasis;
import org.paperledge.speech.ProsodyMarks.Kind;
import org.paperledge.speech.ProsodyMarks.Span;

/**
 * How a sentence's {@link ProsodyMarks} change its reading, in the HMM voice's own parameters: durations of the
 * tokens' phones and of the pauses beside asides, and log-F0 frame by frame, before the vocoder. Pure functions of
 * the marks and of where the tokens fall in the frames ({@link FrameLayout}); {@link SentenceShape} applies them.
 *
 * <p>The voice's F0 model was trained on read statements (CMU ARCTIC): its trees barely tell one ToBI accent
 * from another and have no rising boundary tone, so accents and tones in MaryXML change little. Shaping log-F0
 * directly gives exact, smooth contours anchored on the stressed syllables, whatever the sentence (see
 * notes/prosody-approach.md for the measurements).
 */
final class ProsodyPlan {
  /** Part of the segment-cache key of every marked sentence: bump when the shaping below changes. */
  static final String VERSION = "prosody-2";

  /** Semitones an emphasized word's accent is raised, by level (none, emphasis, strong). */
  static final double[] EMPHASIS_SEMITONES = {0, 3.5, 6.0};
  /** Factors on an emphasized word's durations, by level. */
  static final double[] EMPHASIS_LENGTH = {1, 1.25, 1.4};
  /** How far above the sentence's median a yes/no question ends, and a non-final list item. */
  static final double QUESTION_END_SEMITONES = 5.5;
  static final double CONTINUATION_END_SEMITONES = 3.0;
  /** How far below the median the last item of a list and a wh-question end, at least. */
  static final double FINAL_END_SEMITONES = -3.0;
  /**
   * An exclamation's swing around its median, times the voice's; with a liveliness above 1, the extra swing adds to
   * it rather than multiplying it (1.4 makes 2.7, not 3.2), or a lively voice would shout.
   */
  static final double EXCLAMATION_RANGE = 2.3;
  /** Asides: median this far below the rest of the sentence, swing narrowed, spoken faster. */
  static final double ASIDE_SEMITONES = -2.5;
  static final double ASIDE_RANGE = 0.8;
  static final double ASIDE_LENGTH = 1 / 1.15;
  /** Pauses beside an aside are at most this long (MaryTTS gives every comma 400 ms). */
  static final int ASIDE_PAUSE_MS = 250;

  private static final double LN_SEMITONE = Math.log(2) / 12;

  /**
   * Tokens and the marks that go with them.
   *
   * @param positions for each token of the input they were made from, its index in {@code tokens}
   */
  record Marked(List<Token> tokens, ProsodyMarks marks, List<Integer> positions) {
    Marked {
      tokens = List.copyOf(tokens);
      positions = List.copyOf(positions);
      if (tokens.size() != marks.size()) {
        throw new IllegalArgumentException(tokens.size() + " tokens but marks for " + marks.size());
      }
      int size = tokens.size();
      if (positions.stream().anyMatch(p -> p < 0 || p >= size)) {
        throw new IllegalArgumentException("positions beyond the tokens: " + positions);
      }
    }
  }

  private final ProsodyMarks marks;
  private final double voiceRange;

  ProsodyPlan(ProsodyMarks marks) {
    this(marks, 1);
  }

  /**
   * A plan for a voice whose design scales its melody by {@code voiceRange}: the scaling is done here, before the
   * accents, question ends and asides, so that those are as many semitones in every voice, and an exclamation's
   * extra swing adds to the voice's own.
   */
  ProsodyPlan(ProsodyMarks marks, double voiceRange) {
    this.marks = Objects.requireNonNull(marks, "marks");
    if (!(voiceRange >= 0)) {
      throw new IllegalArgumentException("a voice's range is 0 or more, not " + voiceRange);
    }
    this.voiceRange = voiceRange;
  }

  /** This plan, for a voice whose design scales its melody by {@code range}. */
  ProsodyPlan forVoiceRange(double range) {
    return new ProsodyPlan(marks, range);
  }

  ProsodyMarks marks() {
    return marks;
  }

  /**
   * The tokens with a comma on each side of every aside that has no punctuation there (so that MaryTTS makes a
   * pause), and the marks moved along with them.
   */
  static Marked withAsidePauses(List<Token> tokens, ProsodyMarks marks) {
    if (tokens.size() != marks.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens but marks for " + marks.size());
    }
    List<Token> out = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    List<Emphasis> emphasis = new ArrayList<>();
    List<Span> asides = new ArrayList<>();
    int from = -1;
    for (int i = 0; i < tokens.size(); i++) {
      int at = i;
      if (marks.asides().stream().anyMatch(a -> a.from() == at)) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isPunctuation()) {
          out.add(Token.of(","));
          emphasis.add(Emphasis.NONE);
        }
        from = out.size();
      }
      positions.add(out.size());
      out.add(tokens.get(i));
      emphasis.add(marks.emphasis().get(i));
      if (marks.asides().stream().anyMatch(a -> a.to() == at + 1)) {
        asides.add(new Span(from, out.size()));
        if (i + 1 < tokens.size() && !tokens.get(i + 1).isPunctuation()) {
          out.add(Token.of(","));
          emphasis.add(Emphasis.NONE);
        }
      }
    }
    return new Marked(out, new ProsodyMarks(marks.kind(), emphasis, asides, marks.listItem(), marks.liveliness()),
        positions);
  }

  /** The factor on the durations of token {@code token}'s phones. */
  double durationFactor(int token) {
    double factor = EMPHASIS_LENGTH[marks.emphasis().get(token).ordinal()];
    return inAside(token) ? factor * ASIDE_LENGTH : factor;
  }

  /**
   * The longest a pause after token {@code token} may last, in milliseconds, or 0 for no limit: pauses at the
   * edges of an aside are kept short.
   */
  int pauseLimitAfter(int token) {
    for (Span aside : marks.asides()) {
      if (token == aside.from() - 1 || token == aside.from() || token == aside.to() - 1 || token == aside.to()) {
        return ASIDE_PAUSE_MS;
      }
    }
    return 0;
  }

  private boolean inAside(int token) {
    return marks.asides().stream().anyMatch(a -> a.contains(token));
  }

  /**
   * The sentence's log-F0 reshaped: the swing scaled (liveliness, exclamation), asides lowered, emphasized accents
   * raised, and the end made to rise or fall as the sentence's kind and list position ask.
   *
   * @param logF0 per frame, natural log of F0 in Hz; NaN on unvoiced frames
   * @return a new array, NaN where {@code logF0} is
   */
  double[] logF0(FrameLayout layout, double[] logF0) {
    if (layout.tokens().size() != marks.size() || logF0.length != layout.voiced().length) {
      throw new IllegalArgumentException("layout of " + layout.tokens().size() + " tokens and "
          + layout.voiced().length + " frames for marks of " + marks.size() + " tokens and " + logF0.length
          + " frames");
    }
    double[] f = logF0.clone();
    if (Contour.voicedCount(f) == 0) {
      return f;
    }
    double range = marks.liveliness() * voiceRange + (marks.kind() == Kind.EXCLAMATION ? EXCLAMATION_RANGE - 1 : 0);
    Contour.scaleAround(f, 0, f.length, Contour.median(f, 0, f.length), range);
    for (Span aside : marks.asides()) {
      lowerAside(layout, f, aside);
    }
    for (int i = 0; i < marks.size(); i++) {
      Emphasis e = marks.emphasis().get(i);
      FrameLayout.TokenFrames t = layout.tokens().get(i);
      if (e != Emphasis.NONE && t.hasAccent()) {
        Contour.accent(f, t.start(), t.accentStart(), t.accentEnd(), frames(layout, 0.12),
            EMPHASIS_SEMITONES[e.ordinal()] * LN_SEMITONE);
      }
    }
    double end = endSemitones();
    if (!Double.isNaN(end)) {
      Contour.endAt(f, riseStart(layout, f), Contour.median(f, 0, f.length) + end * LN_SEMITONE,
          end > 0, frames(layout, 0.03));
    }
    return f;
  }

  /** Where the sentence should end, in semitones from its median; NaN to leave the end as it is. */
  private double endSemitones() {
    if (marks.kind() == Kind.YES_NO_QUESTION) {
      return QUESTION_END_SEMITONES;
    }
    if (marks.kind() == Kind.WH_QUESTION) {
      return FINAL_END_SEMITONES;
    }
    return switch (marks.listItem()) {
      case NON_FINAL -> CONTINUATION_END_SEMITONES;
      case FINAL -> FINAL_END_SEMITONES;
      case NONE -> Double.NaN;
    };
  }

  /**
   * The frame where a final rise or fall starts: the stressed vowel of the last word, but no later than 250 ms and
   * no earlier than 600 ms before the last voiced frame.
   */
  private static int riseStart(FrameLayout layout, double[] f) {
    int last = Contour.lastVoiced(f);
    int start = last - frames(layout, 0.25);
    for (int i = layout.tokens().size() - 1; i >= 0; i--) {
      FrameLayout.TokenFrames t = layout.tokens().get(i);
      if (t.hasAccent()) {
        start = Math.min(start, t.vowelStart());
        break;
      }
    }
    return Math.max(Math.max(0, last - frames(layout, 0.6)), start);
  }

  private static void lowerAside(FrameLayout layout, double[] f, Span aside) {
    int from = layout.tokens().get(aside.from()).start();
    int to = layout.tokens().get(aside.to() - 1).end();
    double inside = Contour.median(f, from, to);
    if (Double.isNaN(inside)) {
      return;
    }
    double[] outside = f.clone();
    Arrays.fill(outside, from, to, Double.NaN);
    double around = Contour.voicedCount(outside) > 0 ? Contour.median(outside, 0, f.length) : inside;
    Contour.scaleAround(f, from, to, inside, ASIDE_RANGE);
    Contour.shift(f, from, to, around + ASIDE_SEMITONES * LN_SEMITONE - inside, frames(layout, 0.02));
  }

  private static int frames(FrameLayout layout, double seconds) {
    return Math.max(1, (int) Math.round(seconds / layout.framePeriod()));
  }
}
