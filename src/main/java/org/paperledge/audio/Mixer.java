package org.paperledge.audio;

import java.util.Arrays;
import org.paperledge.model.Pcm;

/**
 * The episode's samples from the last cut on: levelled lines laid over the intro and outro music, held until a
 * chunk is taken, and measured (BS.1770) as they are.
 */
final class Mixer {
  private final Music.Tracks music;
  private final double musicGain;
  private final Loudness.Meter meter = new Loudness.Meter();
  /** The episode's samples from {@link #start}, not yet taken. */
  private float[] pending = new float[Pcm.RATE * 30];
  private int pendingLength;
  private long start;

  /** @param musicGainDb the music's level against levelled speech */
  Mixer(Music.Tracks music, double musicGainDb) {
    this.music = music;
    this.musicGain = Math.pow(10, musicGainDb / 20);
  }

  /** Makes the episode reach {@code end}, with the intro music where it plays. */
  void extendTo(long end) {
    long needed = end - start;
    if (needed <= pendingLength) {
      return;
    }
    if (needed > pending.length) {
      pending = Arrays.copyOf(pending, (int) Math.max(needed, pending.length * 2L));
    }
    float[] intro = music.intro();
    for (long p = start + pendingLength; p < end; p++) {
      pending[(int) (p - start)] = p < intro.length ? (float) (intro[(int) p] * musicGain) : 0f;
    }
    pendingLength = (int) needed;
  }

  /** Adds {@code line} at sample {@code at} of the episode, raised by {@code gainDb}. */
  void addLine(long at, short[] line, double gainDb) {
    double gain = Math.pow(10, gainDb / 20) / 32768.0;
    extendTo(at + line.length);
    int base = (int) (at - start);
    for (int i = 0; i < line.length; i++) {
      pending[base + i] += (float) (line[i] * gain);
    }
  }

  /** Adds the outro music from {@code from}, up to the episode's end at {@code total}. */
  void addOutro(long from, long total) {
    extendTo(total);
    float[] tail = music.outro();
    for (int i = 0; i < tail.length && from + i < total; i++) {
      pending[(int) (from + i - start)] += (float) (tail[i] * musicGain);
    }
  }

  /**
   * Takes the first {@code n} pending samples, then leaves out the next {@code drop}, which must be silence.
   *
   * @throws IllegalStateException when a sample left out is not silent
   */
  float[] take(int n, int drop) {
    for (int i = n; i < n + drop; i++) {
      if (pending[i] != 0f) {
        throw new IllegalStateException("cut over sound at sample " + (start + i));
      }
    }
    meter.add(pending, 0, n + drop);
    float[] taken = Arrays.copyOf(pending, n);
    System.arraycopy(pending, n + drop, pending, 0, pendingLength - n - drop);
    pendingLength -= n + drop;
    start += n + drop;
    return taken;
  }

  /** The integrated loudness of everything taken, LUFS. */
  double loudness() {
    return meter.integrated();
  }
}
