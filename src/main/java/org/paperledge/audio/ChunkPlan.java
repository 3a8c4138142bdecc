package org.paperledge.audio;

import java.util.ArrayList;
import java.util.List;
import org.paperledge.model.Pcm;

/**
 * Where an episode is cut into chunks for encoding, and how many MP3 frames each chunk becomes: the arithmetic
 * alone, with no audio, so that it can be checked sample by sample.
 *
 * <p>LAME turns {@code n} samples into {@code ceil(n / 1152) + 1} frames whose decoding starts with
 * {@value EpisodeMaster#CODEC_DELAY} samples of silence. A chunk of a whole number of frames' worth of samples
 * therefore decodes to exactly one frame more than it holds; that frame's worth of the episode, taken from the
 * middle of a pause, is left out ({@link Cut#drop}), so every sample decodes at its planned position plus the codec
 * delay. Cuts are made only in pauses, never under music, and only once the voice has gone on well past them, so
 * the outro music, which starts shortly before the voice ends, never reaches back over a cut.
 */
final class ChunkPlan {
  /** Samples per MP3 frame. */
  static final int FRAME = 1152;
  /** Chunks are at least this long (except the last). */
  static final long MIN_CHUNK = Pcm.fromSeconds(10);
  /** After this length, a chunk ends at the next sentence pause rather than waiting for a paragraph. */
  static final long MAX_CHUNK = Pcm.fromSeconds(60);
  /** A chunk ends at least this far into the pause after its last line. */
  static final long CUT_MARGIN = Pcm.fromSeconds(0.04);
  /** A chunk after a cut starts with this much of the pause: two frames' worth. */
  static final long LEAD = 2 * FRAME;
  /**
   * A cut is made only in a pause at least this long (112 ms): room for the margin after the last line, the frame
   * left out and the lead of the next chunk.
   */
  static final long CUT_PAUSE = CUT_MARGIN + FRAME + LEAD;
  /** How far the voice must have gone past a pause before a cut there is decided. */
  private static final long SETTLED = Pcm.fromSeconds(Music.OUTRO_LEAD + 1.0);
  /** No cut falls inside the intro music. */
  private static final long INTRO_END = Pcm.fromSeconds(Music.INTRO_LENGTH) + CUT_MARGIN;

  /**
   * A cut decided: the next {@code samples} of the episode become one chunk of {@code frames} frames, and the
   * {@code drop} samples after them (silence) are left out.
   */
  record Cut(int samples, int frames, int drop) {}

  private record Candidate(long start, long end, EpisodeMaster.Cut kind) {
    /** The length a chunk must have reached for a cut here. */
    long minimum() {
      return switch (kind) {
        case PARAGRAPH -> MIN_CHUNK;
        case SENTENCE -> MAX_CHUNK;
        default -> 2 * MAX_CHUNK;
      };
    }
  }

  private final List<Candidate> candidates = new ArrayList<>();
  private long chunkStart;
  private long frames;

  /** Where the chunk being filled starts in the episode. */
  long chunkStart() {
    return chunkStart;
  }

  /**
   * The length a pause of {@code samples} at {@code at} must have: one where a cut may fall ends on a frame
   * boundary (it grows by under 24 ms), so the chunk after a cut starts on the same sample of its first line
   * whatever came before, and after an edit the chunks that follow are the same audio. A pause too short to cut
   * at is lengthened when the chunk would otherwise grow very long. The pause is recorded as a place to cut.
   */
  long pause(long at, long samples, EpisodeMaster.Cut cut) {
    if (cut != EpisodeMaster.Cut.NEVER && samples < CUT_PAUSE && at - chunkStart >= 3 * MAX_CHUNK) {
      samples = CUT_PAUSE;
    }
    if (cut == EpisodeMaster.Cut.NEVER || samples < CUT_PAUSE) {
      return samples;
    }
    long length = ceilToFrame(at + samples) - at;
    candidates.add(new Candidate(at, at + length, cut));
    return length;
  }

  /** The cuts decided now that the episode has reached {@code now}, in order. */
  List<Cut> settle(long now) {
    List<Cut> cuts = new ArrayList<>();
    while (!candidates.isEmpty() && now >= candidates.get(0).end() + SETTLED) {
      Candidate c = candidates.remove(0);
      if (c.start() < INTRO_END || c.start() - chunkStart < c.minimum()) {
        continue;
      }
      long n = c.end() - LEAD - FRAME - chunkStart; // a whole number of frames: all three ends are on the grid
      if (chunkStart + n < c.start() + CUT_MARGIN) {
        continue; // the pause is too short for the frame left out
      }
      cuts.add(cut((int) n, (int) n / FRAME + 1, FRAME));
    }
    return cuts;
  }

  /** The last chunk: everything from the last cut to the episode's end at {@code total}. */
  Cut last(long total) {
    int n = (int) (total - chunkStart);
    return cut(n, (int) (ceilToFrame(n) / FRAME) + 1, 0);
  }

  /** The decoded length, in samples, of an episode ending at {@code total}, once its last chunk is added. */
  long decodedLength(long total) {
    return (frames + ceilToFrame(total - chunkStart) / FRAME + 1) * FRAME;
  }

  private Cut cut(int samples, int chunkFrames, int drop) {
    chunkStart += samples + drop;
    frames += chunkFrames;
    return new Cut(samples, chunkFrames, drop);
  }

  static long ceilToFrame(long n) {
    return (n + FRAME - 1) / FRAME * FRAME;
  }
}
