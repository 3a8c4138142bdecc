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
   * the vowel of its stressed syllable, or -1 and -1 when it has none.
   */
  record TokenFrames(int start, int end, int nucleusStart, int nucleusEnd) {
    TokenFrames {
      if (start < 0 || end < start || (nucleusStart >= 0 && (nucleusStart < start || nucleusEnd > end
          || nucleusEnd <= nucleusStart)) || (nucleusStart < 0 && nucleusEnd != -1)) {
        throw new IllegalArgumentException("bad token frames " + start + " " + end + " " + nucleusStart + " "
            + nucleusEnd);
      }
    }
  }
}
