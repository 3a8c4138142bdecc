package org.paperledge.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperledge.cache.ContentStore;
import org.paperledge.files.Digest;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;

/**
 * Limits and encodes chunks of an episode with FFmpeg on a few threads, while the episode goes on being spoken;
 * each encoding is kept in a content-addressed cache under a hash of the chunk's samples and the encoder's
 * settings, so an edit re-encodes only the chunks whose audio changed.
 */
final class ChunkEncoder implements AutoCloseable {
  /** Ceiling of the (oversampled) limiter, dBFS; leaves room for the MP3 encoder's overshoot under -1 dBTP. */
  private static final double LIMIT_DBFS = -2.5;

  /** A chunk handed over: its place, its samples on disk, and its encoding under way. */
  record Chunk(int index, long samples, int frames, Path pcm, Future<Encoded> encoded) {
    Path mp3() {
      return pcm.resolveSibling(pcm.getFileName().toString().replace(".f32", ".mp3"));
    }
  }

  /** A chunk's encoding: the hash of what it depends on, and whether it came from the cache. */
  record Encoded(String key, boolean cached) {}

  private final FfmpegTools tools;
  private final Path work;
  private final ContentStore cache;
  private final int bitrateKbps;
  private final int channels;
  private final ExecutorService threads;
  /** Chunks handed over but not yet written to disk: each holds its samples, so there may be only a few. */
  private final Semaphore queued;
  private final List<Chunk> chunks = new ArrayList<>();

  /**
   * @param work a folder for the chunks' files
   * @param cache encoded chunks to reuse, or null
   * @param encoders how many chunks may be encoded at once
   */
  ChunkEncoder(FfmpegTools tools, Path work, ContentStore cache, int bitrateKbps, int channels, int encoders) {
    this.tools = tools;
    this.work = work;
    this.cache = cache;
    this.bitrateKbps = bitrateKbps;
    this.channels = channels;
    this.queued = new Semaphore(Math.max(1, encoders) + 2);
    AtomicInteger count = new AtomicInteger();
    this.threads = Executors.newFixedThreadPool(Math.max(1, encoders), r -> {
      Thread t = new Thread(r, "paperledge-encoder-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Bytes of one MP3 frame at this bitrate (MPEG-1 layer III at 48 kHz has no padding). */
  int frameBytes() {
    return 144 * bitrateKbps * 1000 / Pcm.RATE;
  }

  /** Every chunk handed over, in order. */
  List<Chunk> chunks() {
    return List.copyOf(chunks);
  }

  /** Hands over the next chunk: {@code samples}, which the encoder makes into {@code frames} frames. */
  void submit(float[] samples, int frames) throws ToolException {
    int index = chunks.size();
    Path pcm = work.resolve(String.format(Locale.ROOT, "chunk-%05d.f32", index));
    try {
      queued.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ToolException("interrupted while encoding", e);
    }
    long bytes = (long) frames * frameBytes();
    Chunk chunk = new Chunk(index, samples.length, frames, pcm, null);
    chunks.add(new Chunk(index, samples.length, frames, pcm, threads.submit(() -> {
      String key;
      try {
        key = writePcm(samples, pcm);
      } finally {
        queued.release();
      }
      return new Encoded(key, encode(chunk, key, 0.0, bytes));
    })));
  }

  /** Waits for every chunk; the number that came from the cache. */
  int awaitAll() throws ToolException, IOException {
    int fromCache = 0;
    for (Chunk chunk : chunks) {
      fromCache += Tasks.await(chunk.encoded(), "encoding").cached() ? 1 : 0;
    }
    return fromCache;
  }

  /**
   * Encodes every chunk again with a gain correction before the limiter; the number that came from the cache.
   * Corrections come in quarter-dB steps, so a small edit keeps the same one and the cached chunks.
   */
  int encodeAgain(double correctionDb) throws ToolException, IOException {
    List<Future<Boolean>> again = new ArrayList<>();
    for (Chunk chunk : chunks) {
      String key = Tasks.await(chunk.encoded(), "encoding").key();
      long bytes = (long) chunk.frames() * frameBytes();
      again.add(threads.submit(() -> encode(chunk, key, correctionDb, bytes)));
    }
    int fromCache = 0;
    for (Future<Boolean> f : again) {
      fromCache += Tasks.await(f, "encoding") ? 1 : 0;
    }
    return fromCache;
  }

  /** Writes samples as 32-bit float PCM and returns the hash of what an encoding of them depends on. */
  private String writePcm(float[] samples, Path file) throws IOException {
    MessageDigest sha = Digest.sha256();
    sha.update(encoderIdentity().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (float sample : samples) {
        if (buffer.remaining() < 4) {
          flush(buffer, out, sha);
        }
        buffer.putFloat(sample);
      }
      flush(buffer, out, sha);
    }
    return Digest.hex(sha);
  }

  private static void flush(ByteBuffer buffer, OutputStream out, MessageDigest sha) throws IOException {
    out.write(buffer.array(), 0, buffer.position());
    sha.update(buffer.array(), 0, buffer.position());
    buffer.clear();
  }

  /** What, besides its samples, an encoded chunk depends on. */
  private String encoderIdentity() {
    return "paperledge-chunk-v2\n" + String.join(" ", arguments(Path.of("in"), Path.of("out"), 0.0)) + "\n"
        + tools.identity();
  }

  private List<String> arguments(Path in, Path out, double correctionDb) {
    return FfmpegArgs.encodeChunk(in, out, filters(correctionDb), bitrateKbps, channels);
  }

  /** The filters each chunk goes through before the encoder: the limiter, after {@code correctionDb} of gain. */
  String filters(double correctionDb) {
    return FfmpegArgs.limiter(LIMIT_DBFS, correctionDb);
  }

  /** Encodes one chunk, or takes it from the cache; true when it came from the cache. */
  private boolean encode(Chunk chunk, String key, double correctionDb, long expectedBytes) throws ToolException,
      IOException {
    String cacheKey = correctionDb == 0.0 ? key : Digest.hex(key + correctionDb);
    Path mp3 = chunk.mp3();
    if (cache != null && cache.copyTo(cacheKey, mp3) && Files.size(mp3) == expectedBytes) {
      return true;
    }
    tools.run("encoding MP3", arguments(chunk.pcm(), mp3, correctionDb));
    if (cache != null && Files.size(mp3) == expectedBytes) { // a damaged encoding is reported, never kept
      cache.putFile(cacheKey, mp3);
    }
    return false;
  }

  @Override
  public void close() {
    threads.shutdownNow();
    try {
      // let running encodes end (up to 30 s), so that the caller can delete the work folder
      threads.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
