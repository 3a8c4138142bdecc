package org.paperledge.studio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.Function;
import org.paperledge.model.Pcm;
import org.paperledge.render.PlannedLine;

/**
 * The episode as the studio plays it: every line levelled to the loudness a render gives it and laid out with its
 * planned pause, one after another, as one WAV file (48 kHz, 16-bit, mono) held in memory. It has no music and
 * no limiter, and the render's chunk cuts may lengthen a pause by less than 24 ms; otherwise it is what the
 * listener hears, and it is made in milliseconds from lines already spoken.
 */
final class EpisodeAudio {
  /** Size of a WAV header. */
  static final int HEADER = 44;
  /** The highest peak a levelled line may reach, as a sample value: -1 dBFS, since there is no limiter here. */
  private static final double PEAK = 32767 * Math.pow(10, -1 / 20.0);

  private final int version;
  private final byte[] wav;
  /** Per line: its first sample, and the sample after its last (equal for a line with no audio). */
  private final long[] starts;
  private final long[] ends;
  /** Per line: its chapter, -1 for what the host adds around the script (the intro and the credit). */
  private final int[] chapters;

  private EpisodeAudio(int version, byte[] wav, long[] starts, long[] ends, int[] chapters) {
    this.version = version;
    this.wav = wav;
    this.starts = starts;
    this.ends = ends;
    this.chapters = chapters;
  }

  /**
   * Lays {@code lines} out, each line's audio given by {@code audio} ({@link #level}led bytes; empty for a line
   * with nothing to say, which is left out with its pause, as a render leaves it out).
   */
  static EpisodeAudio assemble(int version, List<PlannedLine> lines, Function<PlannedLine, byte[]> audio) {
    long[] starts = new long[lines.size()];
    long[] ends = new long[lines.size()];
    int[] chapters = new int[lines.size()];
    byte[][] parts = new byte[lines.size()][];
    long position = 0;
    for (int i = 0; i < lines.size(); i++) {
      PlannedLine line = lines.get(i);
      parts[i] = audio.apply(line);
      chapters[i] = line.scriptLine() > 0 ? line.chapter() : -1;
      if (parts[i].length > 0 && position > 0) {
        position += Pcm.fromSeconds(line.pauseSeconds());
      }
      starts[i] = position;
      position += parts[i].length / 2;
      ends[i] = position;
    }
    if (position * 2 > Integer.MAX_VALUE - HEADER) {
      throw new IllegalArgumentException("an episode of " + position / Pcm.RATE + " s is too long to preview");
    }
    byte[] wav = new byte[HEADER + (int) position * 2];
    header(wav, (int) position * 2);
    for (int i = 0; i < parts.length; i++) {
      System.arraycopy(parts[i], 0, wav, HEADER + (int) starts[i] * 2, parts[i].length);
    }
    return new EpisodeAudio(version, wav, starts, ends, chapters);
  }

  /**
   * A line's samples as little-endian bytes, raised or lowered by {@code gainDb} (the render's levelling), but
   * never so far that a peak passes -1 dBFS: there is no limiter here to catch it.
   */
  static byte[] level(Pcm pcm, double gainDb) {
    short[] samples = pcm.samples();
    int peak = 1;
    for (short s : samples) {
      peak = Math.max(peak, Math.abs(s));
    }
    double gain = Math.min(Math.pow(10, gainDb / 20), PEAK / peak);
    ByteBuffer out = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (short s : samples) {
      out.putShort((short) Math.round(s * gain));
    }
    return out.array();
  }

  /** A WAV file of {@code length} bytes of {@code pcm} from {@code from}. */
  static byte[] wav(byte[] pcm, int from, int length) {
    byte[] wav = new byte[HEADER + length];
    header(wav, length);
    System.arraycopy(pcm, from, wav, HEADER, length);
    return wav;
  }

  private static void header(byte[] wav, int dataBytes) {
    ByteBuffer b = ByteBuffer.wrap(wav, 0, HEADER).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
        .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
        .putShort((short) 1).putInt(Pcm.RATE).putInt(Pcm.RATE * 2).putShort((short) 2).putShort((short) 16)
        .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(dataBytes);
  }

  /** Which build of the audio this is: it changes only when the sound does. */
  int version() {
    return version;
  }

  /** The whole episode as a WAV file (shared: not to be changed). */
  byte[] wav() {
    return wav;
  }

  /** The episode's length in seconds. */
  double seconds() {
    return (wav.length - HEADER) / 2.0 / Pcm.RATE;
  }

  /** Where line {@code i} starts, in seconds. */
  double start(int i) {
    return starts[i] / (double) Pcm.RATE;
  }

  /** Where line {@code i} ends, in seconds (its start, for a line with nothing to say). */
  double end(int i) {
    return ends[i] / (double) Pcm.RATE;
  }

  /** How many lines the episode has. */
  int lines() {
    return starts.length;
  }

  /** Line {@code i} alone, as a WAV file. */
  byte[] line(int i) {
    return wav(wav, HEADER + (int) starts[i] * 2, (int) (ends[i] - starts[i]) * 2);
  }

  /**
   * The script's lines of chapter {@code c}, from the first one's start to the last one's end, with their pauses,
   * as a WAV file (as {@code say --chapter} speaks it: the host's intro and credit are not part of it); null when
   * it has nothing to say.
   */
  byte[] chapter(int c) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < chapters.length; i++) {
      if (chapters[i] == c && ends[i] > starts[i]) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? null : wav(wav, HEADER + (int) starts[first] * 2, (int) (ends[last] - starts[first]) * 2);
  }
}
