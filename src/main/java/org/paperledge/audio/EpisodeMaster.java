package org.paperledge.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.paperledge.cache.ContentStore;
import org.paperledge.files.AtomicFiles;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;

/**
 * Masters an episode while it is being spoken: spoken lines come in one after another, are levelled to the same
 * loudness and laid over the show's music ({@link Mixer}), and the episode is cut at pauses ({@link ChunkPlan})
 * into chunks that FFmpeg limits and encodes at once ({@link ChunkEncoder}), in parallel with the synthesis of what
 * follows. The finished MP3 is the ID3 tag then the chunks' frames, one after another.
 *
 * <p>Loudness: each line is brought to the same loudness, so the episode's integrated loudness is known before
 * it ends and no second pass is needed. The episode is still measured as it streams (BS.1770); should it land
 * more than {@value #TOLERANCE_LU} LU from the target, every chunk is encoded again with a correction.
 */
public final class EpisodeMaster implements AutoCloseable {
  /** Integrated loudness target of the finished episode, LUFS (Apple's podcast recommendation). */
  public static final double TARGET_LUFS = -16.0;
  /**
   * The limiter trims the loudest peaks, which lowers loudness (by about this much on the expressive reading's
   * accents and questions): the mix aims this much higher.
   */
  static final double LIMITER_ALLOWANCE_DB = 1.5;
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
  /** Where LAME's encoding of a stream's first sample lands when decoded (encoder plus decoder delay). */
  public static final int CODEC_DELAY = 1105;

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

  private final FfmpegTools tools;
  private final Path work;
  private final int channels;
  private final Mixer mixer;
  private final ChunkPlan plan = new ChunkPlan();
  private final ChunkEncoder encoder;
  /** The gain correction every chunk was encoded with, dB. */
  private double correction;
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
    this.channels = channels;
    this.mixer = new Mixer(Music.tracks(tools, musicCache), MUSIC_GAIN_DB);
    this.encoder = new ChunkEncoder(tools, work, cache, bitrateKbps, channels, encoders);
    mixer.extendTo(voiceOffset());
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
    short[] samples = line.samples();
    mixer.addLine(voiceOffset() + voice, samples, levellingDb);
    voice += samples.length;
    cutWherePossible();
  }

  /** Appends a pause of {@code samples}; {@code cut} says whether the episode may be cut there. */
  public void appendPause(long samples, Cut cut) throws ToolException, IOException {
    long at = voiceOffset() + voice;
    long length = plan.pause(at, samples, cut);
    mixer.extendTo(at + length);
    voice += length;
    cutWherePossible();
  }

  private void cutWherePossible() throws ToolException {
    for (ChunkPlan.Cut cut : plan.settle(voiceOffset() + voice)) {
      encoder.submit(mixer.take(cut.samples(), cut.drop()), cut.frames());
    }
  }

  /** The length of the finished episode as decoded, in samples; known once the last line is appended. */
  public long decodedLength() {
    return plan.decodedLength(episodeSamples(voice));
  }

  /**
   * Ends the episode: the outro music, the last chunk, then the MP3: {@code tag} followed by every chunk.
   *
   * @param tag the ID3v2 tag to put in front
   * @param mp3 where to write the MP3: an existing file, such as a temporary one beside its place (it is not
   *     made again if a stopped run deleted it meanwhile)
   */
  public Result finish(byte[] tag, Path mp3) throws ToolException, IOException {
    if (finished) {
      throw new IllegalStateException("already finished");
    }
    finished = true;
    long total = episodeSamples(voice);
    long outro = outroStart(voice);
    if (outro < plan.chunkStart()) {
      throw new IllegalStateException("the outro would start before the last cut");
    }
    mixer.addOutro(outro, total);
    ChunkPlan.Cut last = plan.last(total);
    encoder.submit(mixer.take(last.samples(), last.drop()), last.frames());
    int fromCache = encoder.awaitAll();
    double loudness = mixer.loudness();
    boolean corrected = false;
    if (!Double.isInfinite(loudness) && Math.abs(loudness - MIX_LUFS) > TOLERANCE_LU) {
      double correction = Math.round((MIX_LUFS - loudness) * 4) / 4.0;
      fromCache = encoder.encodeAgain(correction);
      this.correction = correction;
      corrected = true;
      loudness += correction;
    }
    long frames = assemble(tag, mp3);
    return new Result(frames * ChunkPlan.FRAME, loudness, encoder.chunks().size(), fromCache, corrected);
  }

  /**
   * Encodes the finished episode again as AAC in an M4A, from the same mastered samples as its MP3, laid out as the
   * MP3 decodes them, so that its chapters and transcript times are the MP3's.
   *
   * @param tags the episode's tags
   * @param chapters the chapters, timed as in the MP3
   * @param cover the cover art, attached as the M4A's picture
   * @param m4a where to write it
   * @throws IllegalStateException before {@link #finish}
   */
  public void encodeM4a(Tags tags, java.util.List<org.paperledge.model.Chapter> chapters,
      java.util.Optional<Id3v23.Picture> cover, Path m4a) throws ToolException, IOException {
    if (!finished) {
      throw new IllegalStateException("the episode is not finished");
    }
    M4aEncoder.encode(tools, work, encoder.chunks(), encoder.filters(correction), CODEC_DELAY, tags, chapters,
        cover, m4a, channels);
  }

  /** The AAC bitrate of {@link #encodeM4a}, kbps. */
  public int m4aBitrateKbps() {
    return M4aEncoder.bitrateKbps(channels);
  }

  /** Writes the MP3: the tag, then every chunk's frames, each checked to be as long as planned. */
  private long assemble(byte[] tag, Path mp3) throws ToolException, IOException {
    int frameBytes = encoder.frameBytes();
    long frames = 0;
    try (OutputStream out = new BufferedOutputStream(AtomicFiles.openTemp(mp3), 1 << 16)) {
      out.write(tag);
      for (ChunkEncoder.Chunk chunk : encoder.chunks()) {
        long size = Files.size(chunk.mp3());
        if (size != (long) chunk.frames() * frameBytes) {
          throw new ToolException(String.format(Locale.ROOT,
              "encoding MP3: chunk %d of %d samples came out as %d bytes, not %d frames of %d bytes",
              chunk.index(), chunk.samples(), size, chunk.frames(), frameBytes));
        }
        frames += chunk.frames();
        Files.copy(chunk.mp3(), out);
      }
    }
    return frames;
  }

  @Override
  public void close() {
    encoder.close();
  }
}
