package org.paperledge.audio;

import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import org.paperledge.cache.ContentStore;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Masters an episode while it is being spoken: spoken lines come in one after another, are levelled to the same
 * loudness and laid over the show's music, and the episode is cut at pauses into chunks that FFmpeg limits and
 * encodes to MP3 at once, in parallel with the synthesis of what follows. The finished MP3 is the ID3 tag then
 * the chunks' frames, one after another.
 *
 * <p>Why the cuts are inaudible: LAME turns {@code n} samples into {@code ceil(n / 1152) + 1} frames whose
 * decoding starts with {@value #CODEC_DELAY} samples of silence. A chunk of a whole number of frames' worth of
 * samples therefore decodes to exactly one frame more than it holds; that frame's worth of the episode, taken
 * from the middle of a pause (all zeros), is left out, so every sample of the episode decodes at its planned
 * position plus {@value #CODEC_DELAY}. Cuts are made only in pauses of pure silence, never under music, and the
 * limiter has released long before.
 *
 * <p>Loudness: each line is brought to the same loudness, so the episode's integrated loudness is known before
 * it ends and no second pass is needed. The episode is still measured as it streams (BS.1770); should it land
 * more than {@value #TOLERANCE_LU} LU from the target, every chunk is encoded again with a correction (in
 * quarter-dB steps, so that it survives small edits and the cache still serves).
 *
 * <p>Encoded chunks are kept in a content-addressed cache when one is given: re-rendering after an edit encodes
 * only the chunks whose audio changed.
 */
public final class EpisodeMaster implements AutoCloseable {
  /** Integrated loudness target of the finished episode, LUFS (Apple's podcast recommendation). */
  public static final double TARGET_LUFS = -16.0;
  /** The limiter trims the loudest peaks, which lowers loudness a few tenths: the mix aims this much higher. */
  static final double LIMITER_ALLOWANCE_DB = 0.5;
  /** Loudness of the mix going into the limiter. */
  static final double MIX_LUFS = TARGET_LUFS + LIMITER_ALLOWANCE_DB;
  /**
   * The music's gain: it sits against levelled speech as it sat against MaryTTS's raw speech, whose typical
   * loudness is -17.5 LUFS.
   */
  static final double MUSIC_GAIN_DB = MIX_LUFS - (-17.5);
  /** Lines are levelled to this: pauses inside the gating blocks pull the whole a little under its lines. */
  static final double LINE_LUFS = MIX_LUFS + 0.2;
  /** The most a line is raised or lowered, dB. */
  static final double MAX_LINE_GAIN_DB = 15.0;
  /** How far the measured mix may land from {@link #MIX_LUFS} before the chunks are encoded again. */
  static final double TOLERANCE_LU = 0.5;
  /** Sample-peak ceiling of the limiter, dBFS; leaves room for MP3 overshoot under -1 dBTP. */
  private static final double LIMIT_DBFS = -2.0;

  /** Samples per MP3 frame. */
  static final int FRAME = 1152;
  /** Where LAME's encoding of a stream's first sample lands when decoded (encoder plus decoder delay). */
  public static final int CODEC_DELAY = 1105;

  /** A cut is made only in a pause at least this long. */
  static final long CUT_PAUSE = Pcm.fromSeconds(0.1);
  /** Chunks are at least this long (except the last). */
  static final long MIN_CHUNK = Pcm.fromSeconds(10);
  /** After this length, a chunk ends at the next sentence pause rather than waiting for a paragraph. */
  static final long MAX_CHUNK = Pcm.fromSeconds(60);
  /** A chunk ends at least this far into the pause after its last line. */
  private static final long CUT_MARGIN = Pcm.fromSeconds(0.04);
  /** A chunk after a cut starts with this much of the pause: two frames' worth. */
  static final long LEAD = 2 * FRAME;

  /** How the pause before a line may be used to cut the episode. */
  public enum Cut {
    /** Not at all. */
    NEVER,
    /** Only when a chunk would otherwise grow very long (a sentence split for length, without punctuation). */
    LAST_RESORT,
    /** Only once a chunk has grown long. */
    SENTENCE,
    /** Preferably: the end of a paragraph or chapter. */
    PARAGRAPH
  }

  /** What mastering produced. */
  public record Result(long samples, double mixLufs, int chunks, int chunksFromCache, boolean corrected) {
    /** The decoded length in seconds. */
    public double seconds() {
      return samples / (double) Pcm.RATE;
    }
  }

  private record Candidate(long start, long end, Cut kind) {
    /** The length a chunk must have reached for a cut here. */
    long minimum() {
      return switch (kind) {
        case PARAGRAPH -> MIN_CHUNK;
        case SENTENCE -> MAX_CHUNK;
        default -> 2 * MAX_CHUNK;
      };
    }
  }

  private record Chunk(int index, long samples, int frames, Path pcm, Future<Encoded> encoded) {}

  /** A chunk's encoding: the hash of what it depends on, and whether it came from the cache. */
  private record Encoded(String key, boolean cached) {}

  private final FfmpegTools tools;
  private final Path work;
  private final ContentStore cache;
  private final int bitrateKbps;
  private final int channels;
  private final Music.Tracks music;
  private final ExecutorService encoders;
  private final Loudness.Meter meter = new Loudness.Meter();
  private final List<Chunk> chunks = new ArrayList<>();
  private final List<Candidate> candidates = new ArrayList<>();
  private final double musicGain = Math.pow(10, MUSIC_GAIN_DB / 20);
  /** Chunks handed over but not yet written to disk: each holds its samples, so there may be only a few. */
  private final java.util.concurrent.Semaphore queued;

  /** The episode's samples from {@link #chunkStart}, not yet handed to an encoder. */
  private float[] pending = new float[Pcm.RATE * 30];
  private int pendingLength;
  private long chunkStart;
  /** Length of the voice track so far. */
  private long voice;
  private boolean finished;

  /**
   * @param tools FFmpeg
   * @param work a folder for intermediate files, deleted by the caller
   * @param cache encoded chunks to reuse, or null
   * @param musicCache the rendered music to reuse, or null
   * @param bitrateKbps the MP3 bitrate
   * @param channels 1 (mono) or 2 (stereo)
   * @param encoders how many chunks may be encoded at once
   */
  public EpisodeMaster(FfmpegTools tools, Path work, ContentStore cache, ContentStore musicCache, int bitrateKbps,
      int channels, int encoders) throws ToolException, IOException {
    this.tools = tools;
    this.work = work;
    this.cache = cache;
    this.bitrateKbps = bitrateKbps;
    this.channels = channels;
    this.music = Music.tracks(tools, musicCache);
    this.queued = new java.util.concurrent.Semaphore(Math.max(1, encoders) + 2);
    AtomicInteger count = new AtomicInteger();
    this.encoders = Executors.newFixedThreadPool(Math.max(1, encoders), r -> {
      Thread t = new Thread(r, "paperledge-encoder-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    extendTo(voiceOffset());
  }

  /** The sample at which the voice track starts in the episode. */
  public static long voiceOffset() {
    return Pcm.fromSeconds(Music.INTRO_VOICE_START);
  }

  /** Length of the episode as planned, in samples, for a voice track of {@code voiceSamples}. */
  public static long episodeSamples(long voiceSamples) {
    return Math.max(Pcm.fromSeconds(Music.INTRO_LENGTH), outroStart(voiceSamples)
        + Pcm.fromSeconds(Music.OUTRO_LENGTH));
  }

  private static long outroStart(long voiceSamples) {
    return Math.max(0, voiceOffset() + voiceSamples - Pcm.fromSeconds(Music.OUTRO_LEAD));
  }

  /** Length of the voice track so far, in samples. */
  public long position() {
    return voice;
  }

  /** The gain, in dB, that brings a line to the common loudness. */
  public static double levelling(short[] line) {
    double loudness = Loudness.of(line);
    if (Double.isInfinite(loudness)) {
      return 0;
    }
    return Math.max(-MAX_LINE_GAIN_DB, Math.min(MAX_LINE_GAIN_DB, LINE_LUFS - loudness));
  }

  /** Appends a spoken line, levelled. */
  public void appendLine(Pcm line) throws ToolException, IOException {
    appendLine(line, levelling(line.samples()));
  }

  /** Appends a spoken line with its {@link #levelling} gain, computed beforehand (on another thread). */
  public void appendLine(Pcm line, double levellingDb) throws ToolException, IOException {
    short[] s = line.samples();
    double gain = Math.pow(10, levellingDb / 20) / 32768.0;
    long at = voiceOffset() + voice;
    extendTo(at + s.length);
    int base = (int) (at - chunkStart);
    for (int i = 0; i < s.length; i++) {
      pending[base + i] += (float) (s[i] * gain);
    }
    voice += s.length;
    cutWherePossible();
  }

  /** Appends a pause of {@code samples}; {@code cut} says whether the episode may be cut there. */
  public void appendPause(long samples, Cut cut) throws ToolException, IOException {
    long at = voiceOffset() + voice;
    if (cut != Cut.NEVER && samples < CUT_PAUSE && at - chunkStart >= 3 * MAX_CHUNK) {
      samples = CUT_PAUSE; // pauses set too short to cut at: lengthen one, rather than hold the episode whole
    }
    boolean candidate = cut != Cut.NEVER && samples >= CUT_PAUSE;
    if (candidate) {
      // Pauses where a cut may fall end on a frame boundary (they grow by under 24 ms), so the chunk after a
      // cut starts on the same sample of its first line whatever came before: after an edit, the chunks
      // that follow are the same audio and come from the cache.
      samples = ceilToFrame(at + samples) - at;
    }
    extendTo(at + samples);
    voice += samples;
    if (candidate) {
      candidates.add(new Candidate(at, at + samples, cut));
    }
    cutWherePossible();
  }

  /** Makes the planned episode reach {@code end}, with the intro music where it plays. */
  private void extendTo(long end) {
    long needed = end - chunkStart;
    if (needed <= pendingLength) {
      return;
    }
    if (needed > pending.length) {
      pending = java.util.Arrays.copyOf(pending, (int) Math.max(needed, pending.length * 2L));
    }
    float[] intro = music.intro();
    for (long p = chunkStart + pendingLength; p < end; p++) {
      pending[(int) (p - chunkStart)] = p < intro.length ? (float) (intro[(int) p] * musicGain) : 0f;
    }
    pendingLength = (int) needed;
  }

  /**
   * Cuts at the pauses that allow it. A pause is decided on only once the voice has gone on well past it, so the
   * outro music, which starts shortly before the voice ends, never reaches back over a cut.
   */
  private void cutWherePossible() throws ToolException, IOException {
    long now = voiceOffset() + voice;
    long settled = Pcm.fromSeconds(Music.OUTRO_LEAD + 1.0);
    long introEnd = Pcm.fromSeconds(Music.INTRO_LENGTH) + CUT_MARGIN;
    while (!candidates.isEmpty() && now >= candidates.get(0).end() + settled) {
      Candidate c = candidates.remove(0);
      long length = c.start() - chunkStart;
      if (c.start() < introEnd || length < c.minimum()) {
        continue;
      }
      long n = c.end() - LEAD - FRAME - chunkStart; // a whole number of frames: all three ends are on the grid
      if (chunkStart + n < c.start() + CUT_MARGIN) {
        continue; // the pause is too short for the frame left out
      }
      emit((int) n, (int) n / FRAME + 1, FRAME);
    }
  }

  private static long ceilToFrame(long n) {
    return (n + FRAME - 1) / FRAME * FRAME;
  }

  /**
   * Hands the first {@code n} pending samples to an encoder, which will make {@code frames} frames of them, then
   * leaves out the next {@code drop} samples, which must be silence.
   */
  private void emit(int n, int frames, int drop) throws ToolException, IOException {
    for (int i = n; i < n + drop; i++) {
      if (pending[i] != 0f) {
        throw new IllegalStateException("cut over sound at sample " + (chunkStart + i));
      }
    }
    meter.add(pending, 0, n + drop);
    int index = chunks.size();
    Path pcm = work.resolve(String.format(Locale.ROOT, "chunk-%05d.f32", index));
    float[] samples = java.util.Arrays.copyOf(pending, n);
    try {
      queued.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ToolException("interrupted while encoding", e);
    }
    long bytes = (long) frames * frameBytes();
    Chunk chunk = new Chunk(index, n, frames, pcm, encoders.submit(() -> {
      String key;
      try {
        key = writePcm(samples, n, pcm);
      } finally {
        queued.release();
      }
      return new Encoded(key, encode(pcm, key, 0.0, bytes));
    }));
    chunks.add(chunk);
    System.arraycopy(pending, n + drop, pending, 0, pendingLength - n - drop);
    pendingLength -= n + drop;
    chunkStart += n + drop;
  }

  /** Writes samples as 32-bit float PCM and returns the hash of what an encoding of them depends on. */
  private String writePcm(float[] samples, int n, Path file) throws IOException {
    MessageDigest sha = sha256();
    sha.update(encoderIdentity().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = 0; i < n; i++) {
        if (buffer.remaining() < 4) {
          flush(buffer, out, sha);
        }
        buffer.putFloat(samples[i]);
      }
      flush(buffer, out, sha);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void flush(ByteBuffer buffer, OutputStream out, MessageDigest sha) throws IOException {
    out.write(buffer.array(), 0, buffer.position());
    sha.update(buffer.array(), 0, buffer.position());
    buffer.clear();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What, besides its samples, an encoded chunk depends on. */
  private String encoderIdentity() {
    return "paperledge-chunk-v1\n" + String.join(" ", encoderArguments(Path.of("in"), Path.of("out"), 0.0))
        + "\n" + tools.identity();
  }

  private List<String> encoderArguments(Path in, Path out, double correctionDb) {
    String filters = String.format(Locale.ROOT, "alimiter=limit=%.4f:attack=5:release=80:level=false:latency=true",
        Math.pow(10, LIMIT_DBFS / 20));
    if (correctionDb != 0.0) {
      filters = String.format(Locale.ROOT, "volume=%.2fdB,", correctionDb) + filters;
    }
    return List.of("-hide_banner", "-nostdin", "-y", "-f", "f32le", "-ar", Integer.toString(Pcm.RATE), "-ac", "1",
        "-i", in.toString(), "-af", filters, "-c:a", "libmp3lame", "-compression_level", "5",
        "-b:a", bitrateKbps + "k", "-ar", Integer.toString(Pcm.RATE), "-ac", Integer.toString(channels),
        "-write_xing", "0", "-id3v2_version", "0", "-write_id3v1", "0", "-fflags", "+bitexact",
        "-flags:a", "+bitexact", "-f", "mp3", out.toString());
  }

  private Path mp3Of(Path pcm) {
    return pcm.resolveSibling(pcm.getFileName().toString().replace(".f32", ".mp3"));
  }

  /** Encodes one chunk, or takes it from the cache; true when it came from the cache. */
  private boolean encode(Path pcm, String key, double correctionDb, long expectedBytes) throws ToolException,
      IOException {
    String cacheKey = correctionDb == 0.0 ? key
        : HexFormat.of().formatHex(sha256().digest((key + correctionDb).getBytes(
            java.nio.charset.StandardCharsets.UTF_8)));
    Path mp3 = mp3Of(pcm);
    if (cache != null && cache.copyTo(cacheKey, mp3) && Files.size(mp3) == expectedBytes) {
      return true;
    }
    tools.run("encoding MP3", encoderArguments(pcm, mp3, correctionDb));
    if (cache != null && Files.size(mp3) == expectedBytes) { // a damaged encoding is reported, never kept
      cache.putFile(cacheKey, mp3);
    }
    return false;
  }

  /** The length of the finished episode as decoded, in samples; known once the last line is appended. */
  public long decodedLength() {
    long lastChunk = episodeSamples(voice) - chunkStart;
    long frames = ceilToFrame(lastChunk) / FRAME + 1;
    for (Chunk chunk : chunks) {
      frames += chunk.frames();
    }
    return frames * FRAME;
  }

  /**
   * Ends the episode: the outro music, the last chunk, then the MP3: {@code tag} followed by every chunk.
   *
   * @param tag the ID3v2 tag to put in front
   * @param mp3 where to write the MP3
   */
  public Result finish(byte[] tag, Path mp3) throws ToolException, IOException {
    if (finished) {
      throw new IllegalStateException("already finished");
    }
    finished = true;
    long total = episodeSamples(voice);
    long outro = outroStart(voice);
    if (outro < chunkStart) {
      throw new IllegalStateException("the outro would start before the last cut");
    }
    extendTo(total);
    float[] tail = music.outro();
    for (int i = 0; i < tail.length && outro + i < total; i++) {
      pending[(int) (outro + i - chunkStart)] += (float) (tail[i] * musicGain);
    }
    int n = pendingLength;
    emit(n, (int) (ceilToFrame(n) / FRAME) + 1, 0);
    int fromCache = 0;
    for (Chunk chunk : chunks) {
      fromCache += Tasks.await(chunk.encoded(), "encoding").cached() ? 1 : 0;
    }
    double loudness = meter.integrated();
    boolean corrected = false;
    if (!Double.isInfinite(loudness) && Math.abs(loudness - MIX_LUFS) > TOLERANCE_LU) {
      // In steps of a quarter dB, so that a small edit keeps the same correction and the cached chunks.
      double correction = Math.round((MIX_LUFS - loudness) * 4) / 4.0;
      List<Future<Boolean>> again = new ArrayList<>();
      for (Chunk chunk : chunks) {
        String key = Tasks.await(chunk.encoded(), "encoding").key();
        long bytes = (long) chunk.frames() * frameBytes();
        again.add(encoders.submit(() -> encode(chunk.pcm(), key, correction, bytes)));
      }
      fromCache = 0;
      for (Future<Boolean> f : again) {
        fromCache += Tasks.await(f, "encoding") ? 1 : 0;
      }
      corrected = true;
      loudness += correction;
    }
    int frameBytes = frameBytes();
    long frames = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mp3), 1 << 16)) {
      out.write(tag);
      for (Chunk chunk : chunks) {
        Path file = mp3Of(chunk.pcm());
        long size = Files.size(file);
        if (size != (long) chunk.frames() * frameBytes) {
          throw new ToolException(String.format(Locale.ROOT,
              "encoding MP3: chunk %d of %d samples came out as %d bytes, not %d frames of %d bytes",
              chunk.index(), chunk.samples(), size, chunk.frames(), frameBytes));
        }
        frames += chunk.frames();
        Files.copy(file, out);
      }
    }
    return new Result(frames * FRAME, loudness, chunks.size(), fromCache, corrected);
  }

  @Override
  public void close() {
    encoders.shutdownNow();
    try {
      // let running encodes end (up to 30 s), so that the caller can delete the work folder
      encoders.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Bytes of one MP3 frame at this bitrate (MPEG-1 layer III at 48 kHz has no padding). */
  private int frameBytes() {
    return 144 * bitrateKbps * 1000 / Pcm.RATE;
  }
}
