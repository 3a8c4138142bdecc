package org.paperledge.speech;

import java.util.List;
import java.util.Objects;

/**
 * Where a sentence's tokens fall in the HMM engine's frames: what {@link ProsodyPlan} anchors its contours on.
 *
 * @param framePeriod seconds per frame
 * @param voiced per frame, whether it is voiced (not copied: it is the engine's own array)
 * @param tokens per token of the marks, its frames
 */
record FrameLayout(double framePeriod, boolean[] voiced, List<FrameLayout.TokenFrames> tokens) {
  FrameLayout {
    Objects.requireNonNull(voiced, "voiced");
    tokens = List.copyOf(tokens);
    if (!(framePeriod > 0)) {
      throw new IllegalArgumentException("frame period " + framePeriod);
    }
    for (TokenFrames t : tokens) {
      if (t.end() > voiced.length) {
        throw new IllegalArgumentException("token frames beyond the " + voiced.length + " frames: " + t);
      }
    }
  }

  /**
   * One token's frames: {@code start} to {@code end} (exclusive; equal when it has no phones, as punctuation), and
   * where an accent sits: its stressed syllable from {@code accentStart}, its first phone, to {@code accentEnd},
   * the end of its vowel, which starts at {@code vowelStart} (all three -1 when the token has no vowel).
   */
  record TokenFrames(int start, int end, int accentStart, int vowelStart, int accentEnd) {
    TokenFrames {
      boolean none = accentStart == -1 && vowelStart == -1 && accentEnd == -1;
      boolean inside = start <= accentStart && accentStart <= vowelStart && vowelStart < accentEnd && accentEnd <= end;
      if (start < 0 || end < start || !(none || inside)) {
        throw new IllegalArgumentException("bad token frames " + start + " " + end + " " + accentStart + " "
            + vowelStart + " " + accentEnd);
      }
    }

    /** Frames of a token without sound, at {@code at}. */
    static TokenFrames silent(int at) {
      return new TokenFrames(at, at, -1, -1, -1);
    }

    boolean hasAccent() {
      return accentStart >= 0;
    }
  }
}
