package org.paperledge.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.paperledge.model.Pcm;

/**
 * Streams the spoken part of an episode to a WAV file, segment by segment with silences between, so that an
 * episode is never held whole in memory and every segment's position is known to the sample.
 */
public final class VoiceTrackWriter implements AutoCloseable {
  private static final int HEADER = 44;
  private final FileChannel channel;
  private final ByteBuffer silence = ByteBuffer.allocate(Pcm.RATE * 2 / 10).order(ByteOrder.LITTLE_ENDIAN);
  private long samples;

  public VoiceTrackWriter(Path file) throws IOException {
    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
    channel.write(header(0), 0);
    channel.position(HEADER);
  }

  /** Samples written so far: the position at which the next audio starts. */
  public long position() {
    return samples;
  }

  /** Appends {@code pcm}. */
  public void append(Pcm pcm) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(pcm.samples().length * 2).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asShortBuffer().put(pcm.samples());
    writeFully(bytes);
    samples += pcm.samples().length;
  }

  /** Appends {@code count} samples of silence. */
  public void appendSilence(long count) throws IOException {
    long left = count;
    while (left > 0) {
      int n = (int) Math.min(left, silence.capacity() / 2);
      silence.clear().limit(n * 2);
      writeFully(silence);
      left -= n;
    }
    samples += count;
  }

  private void writeFully(ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      channel.write(header(samples * 2), 0);
      channel.force(false);
    } finally {
      channel.close();
    }
  }

  private static ByteBuffer header(long dataBytes) {
    if (dataBytes > 0xFFFF_FFFFL - HEADER) {
      throw new IllegalStateException("voice track too long for WAV: " + dataBytes + " bytes");
    }
    ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
    h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes));
    h.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
        .putShort((short) 1).putInt(Pcm.RATE).putInt(Pcm.RATE * 2).putShort((short) 2).putShort((short) 16);
    h.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) dataBytes);
    return h.flip();
  }
}
