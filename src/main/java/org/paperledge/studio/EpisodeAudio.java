package org.paperledge.studio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.paperledge.model.Pcm;
import org.paperledge.render.PlannedLine;

/**
 * The episode as the studio plays it: every line levelled to the loudness a render gives it and laid out with its
 * planned pause, one after another, as a WAV file (48 kHz, 16-bit, mono). It has no music and no limiter, and the
 * render's chunk cuts may lengthen a pause by less than 24 ms; otherwise it is what the listener hears.
 *
 * <p>The file is never put together in memory: it is the lines' own audio (shared with the studio, never changed)
 * and the silences between them, written out as it is served. So laying an edited episode out costs nothing but
 * the arithmetic of where each line starts.
 */
final class EpisodeAudio {
  /** Size of a WAV header. */
  static final int HEADER = 44;
  /** The highest peak a levelled line may reach, as a sample value: -1 dBFS, since there is no limiter here. */
  private static final double PEAK = 32767 * Math.pow(10, -1 / 20.0);
  private static final byte[] SILENCE = new byte[64 * 1024];

  /** Bytes that can be written out in parts: a WAV file, whole or in the ranges a browser asks for. */
  interface Body {
    long size();

    /** Writes {@code length} bytes from {@code offset}. */
    void write(OutputStream out, long offset, long length) throws IOException;

    static Body of(byte[] bytes) {
      return new Body() {
        @Override
        public long size() {
          return bytes.length;
        }

        @Override
        public void write(OutputStream out, long offset, long length) throws IOException {
          out.write(bytes, Math.toIntExact(offset), Math.toIntExact(length));
        }
      };
    }
  }

  private final int version;
  /** Per line: its levelled audio (empty for a line with nothing to say), where it starts, and its chapter. */
  private final byte[][] parts;
  private final long[] starts;
  /** Per line: its chapter, -1 for what the host adds around the script (the intro and the credit). */
  private final int[] chapters;
  private final long samples;

  private EpisodeAudio(int version, byte[][] parts, long[] starts, int[] chapters, long samples) {
    this.version = version;
    this.parts = parts;
    this.starts = starts;
    this.chapters = chapters;
    this.samples = samples;
  }

  /**
   * Lays {@code lines} out, each line's audio given by {@code audio} ({@link #level}led bytes, kept as they are;
   * empty for a line with nothing to say, which is left out with its pause, as a render leaves it out).
   */
  static EpisodeAudio assemble(int version, List<PlannedLine> lines, Function<PlannedLine, byte[]> audio) {
    byte[][] parts = new byte[lines.size()][];
    long[] starts = new long[lines.size()];
    int[] chapters = new int[lines.size()];
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
    }
    if (position * 2 > 0xFFFF_FFFFL - HEADER) {
      throw new IllegalArgumentException("an episode of " + position / Pcm.RATE + " s is too long for a WAV file");
    }
    return new EpisodeAudio(version, parts, starts, chapters, position);
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

  /** A WAV file of the little-endian samples {@code pcm}. */
  static byte[] wav(byte[] pcm) {
    byte[] wav = new byte[HEADER + pcm.length];
    System.arraycopy(header(pcm.length), 0, wav, 0, HEADER);
    System.arraycopy(pcm, 0, wav, HEADER, pcm.length);
    return wav;
  }

  private static byte[] header(long dataBytes) {
    ByteBuffer b = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes))
        .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
        .putInt(Pcm.RATE).putInt(Pcm.RATE * 2).putShort((short) 2).putShort((short) 16)
        .put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) dataBytes);
    return b.array();
  }

  /** Which build of the audio this is: it changes only when the sound does. */
  int version() {
    return version;
  }

  /** The episode's length in seconds. */
  double seconds() {
    return samples / (double) Pcm.RATE;
  }

  /** Where line {@code i} starts, in seconds. */
  double start(int i) {
    return starts[i] / (double) Pcm.RATE;
  }

  /** Where line {@code i} ends, in seconds (its start, for a line with nothing to say). */
  double end(int i) {
    return (starts[i] + parts[i].length / 2) / (double) Pcm.RATE;
  }

  /** How many lines the episode has. */
  int lines() {
    return parts.length;
  }

  /** The whole episode as a WAV file. */
  Body episode() {
    return span(0, samples);
  }

  /** Line {@code i} alone, as a WAV file. */
  Body line(int i) {
    return span(starts[i], starts[i] + parts[i].length / 2);
  }

  /**
   * The script's lines of chapter {@code c}, from the first one's start to the last one's end, with their pauses,
   * as a WAV file (as {@code say --chapter} speaks it: the host's intro and credit are not part of it); null when
   * it has nothing to say.
   */
  Body chapter(int c) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < chapters.length; i++) {
      if (chapters[i] == c && parts[i].length > 0) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? null : span(starts[first], starts[last] + parts[last].length / 2);
  }

  /** Samples {@code from} to {@code to} of the episode as a WAV file. */
  private Body span(long from, long to) {
    byte[] header = header((to - from) * 2);
    return new Body() {
      @Override
      public long size() {
        return HEADER + (to - from) * 2;
      }

      @Override
      public void write(OutputStream out, long offset, long length) throws IOException {
        long end = offset + length;
        if (offset < HEADER) {
          out.write(header, (int) offset, (int) (Math.min(end, HEADER) - offset));
        }
        // positions in bytes of the episode's samples, from the first line
        long at = Math.max(offset, HEADER) - HEADER + from * 2;
        long stop = end - HEADER + from * 2;
        for (int i = 0; i < parts.length && at < stop; i++) {
          long lineStart = starts[i] * 2;
          long lineEnd = lineStart + parts[i].length;
          if (lineEnd <= at) {
            continue;
          }
          at = silence(out, at, Math.min(stop, lineStart));
          if (at < stop && at >= lineStart) {
            int n = (int) (Math.min(stop, lineEnd) - at);
            out.write(parts[i], (int) (at - lineStart), n);
            at += n;
          }
        }
        silence(out, at, stop);
      }
    };
  }

  /** Writes zeros from {@code at} to {@code to}; returns where it stopped. */
  private static long silence(OutputStream out, long at, long to) throws IOException {
    while (at < to) {
      int n = (int) Math.min(SILENCE.length, to - at);
      out.write(SILENCE, 0, n);
      at += n;
    }
    return Math.max(at, to);
  }
}
