package org.paperledge.speech;

import org.paperledge.model.Pcm;

/**
 * How a synthesized sentence is trimmed before it is laid out, the same for a render and a preview: MaryTTS's
 * leading and trailing silence cut to a short margin, the edges faded so that joins do not click.
 */
public final class Trim {
  /** Samples at or below this level count as silence (about -40 dBFS). */
  static final int SILENCE_THRESHOLD = 330;
  /** Silence kept around the speech. */
  static final int EDGE_MARGIN_MS = 10;

  private Trim() {}

  /** {@code pcm} trimmed. */
  public static Pcm edges(Pcm pcm) {
    return pcm.trimmed(SILENCE_THRESHOLD, EDGE_MARGIN_MS);
  }
}
