package org.paperledge.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the voice track into the finished MP3 with FFmpeg: the show's music under and around the voice, loudness
 * brought to the podcast target with a limiter keeping the peaks down, encoded at a constant bitrate, and an
 * ID3v2.3 tag (written by {@link Id3v23}) in front.
 */
public final class EpisodeMixer {
  /** Integrated loudness target, LUFS (Apple's podcast recommendation). */
  public static final double TARGET_LUFS = -16.0;
  /**
   * The limiter trims the loudest peaks, which lowers integrated loudness by a few tenths of a dB; the gain aims
   * this much above the target to land on it.
   */
  private static final double LIMITER_ALLOWANCE_DB = 0.5;
  /** Sample-peak ceiling of the limiter, dBFS; leaves room for MP3 overshoot under -1 dBTP. */
  private static final double LIMIT_DBFS = -2.0;
  private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[0-9.]+|-inf) LUFS");
  /** Environment variable: the longest an FFmpeg step may take, in seconds (default 1800). */
  public static final String TIMEOUT_ENV = "PAPERLEDGE_FFMPEG_TIMEOUT";
  /** System property overriding {@link #TIMEOUT_ENV}, for embedding and tests. */
  public static final String TIMEOUT_PROPERTY = "paperledge.ffmpeg.timeout";

  private static Duration timeout() {
    String value = System.getProperty(TIMEOUT_PROPERTY, System.getenv(TIMEOUT_ENV));
    if (value != null && value.strip().matches("\\d{1,6}") && Integer.parseInt(value.strip()) > 0) {
      return Duration.ofSeconds(Integer.parseInt(value.strip()));
    }
    return Duration.ofMinutes(30);
  }

  private final FfmpegTools tools;
  private final ProcessRunner runner;

  public EpisodeMixer(FfmpegTools tools) {
    this.tools = tools;
    this.runner = tools.runner();
  }

  /** The sample at which the voice track starts in the episode. */
  public static long voiceOffset() {
    return Pcm.fromSeconds(Music.INTRO_VOICE_START);
  }

  /** Length of the finished episode in samples, for a voice track of {@code voiceSamples}. */
  public static long episodeSamples(long voiceSamples) {
    return Math.max(Pcm.fromSeconds(Music.INTRO_LENGTH), outroStart(voiceSamples)
        + Pcm.fromSeconds(Music.OUTRO_LENGTH));
  }

  private static long outroStart(long voiceSamples) {
    return Math.max(0, voiceOffset() + voiceSamples - Pcm.fromSeconds(Music.OUTRO_LEAD));
  }

  /**
   * Mixes, masters and encodes.
   *
   * @param voice the voice track (WAV, mono, {@link Pcm#RATE} Hz)
   * @param voiceSamples its length in samples
   * @param tag the ID3v2.3 tag to put in front of the audio
   * @param work a folder for intermediate files
   * @param mp3 where to write the MP3
   * @param bitrateKbps the MP3 bitrate
   * @param channels 1 (mono) or 2 (stereo)
   * @return the integrated loudness measured before mastering, LUFS
   */
  public double master(Path voice, long voiceSamples, byte[] tag, Path work, Path mp3, int bitrateKbps,
      int channels) throws ToolException, IOException {
    Path mix = work.resolve("mix.wav");
    long total = episodeSamples(voiceSamples);
    // One pass mixes the music under the voice and measures the mix's loudness (EBU R128).
    String graph = Music.introSource() + "[intro];"
        + Music.outroSource() + String.format(Locale.ROOT, ",adelay=delays=%dS:all=1[outro];",
            outroStart(voiceSamples))
        + String.format(Locale.ROOT, "[0:a]adelay=delays=%dS:all=1[voice];", voiceOffset())
        + "[intro][voice][outro]amix=inputs=3:duration=longest:normalize=0:dropout_transition=0,"
        + String.format(Locale.ROOT, "atrim=end_sample=%d,asplit[mix][meter];", total)
        + "[meter]ebur128=framelog=quiet[measured]";
    ProcessRunner.Result mixing = runner.run("mixing music and voice", tools.ffmpeg(), List.of("-hide_banner",
        "-nostdin", "-y", "-i", voice.toString(), "-filter_complex", graph,
        "-map", "[mix]", "-c:a", "pcm_f32le", "-ar", Integer.toString(Pcm.RATE), "-ac", "1", mix.toString(),
        "-map", "[measured]", "-f", "null", "-"), timeout());
    double measured = integratedLoudness(mixing.stderr());
    double gain = measured < -70 ? 0 : TARGET_LUFS + LIMITER_ALLOWANCE_DB - measured;

    Path audio = work.resolve("audio.mp3");
    runner.run("encoding MP3", tools.ffmpeg(), List.of("-hide_banner", "-nostdin", "-y",
        "-i", mix.toString(), "-map", "0:a", "-map_metadata", "-1", "-map_chapters", "-1",
        "-af", String.format(Locale.ROOT,
            "volume=%.2fdB,alimiter=limit=%.4f:attack=5:release=80:level=false:latency=true",
            gain, Math.pow(10, LIMIT_DBFS / 20)),
        "-c:a", "libmp3lame", "-compression_level", "5", "-b:a", bitrateKbps + "k",
        "-ar", Integer.toString(Pcm.RATE),
        "-ac", Integer.toString(channels), "-id3v2_version", "0", "-write_id3v1", "0", "-write_xing", "1",
        "-fflags", "+bitexact", "-flags:a", "+bitexact", "-f", "mp3", audio.toString()), timeout());
    try (OutputStream out = Files.newOutputStream(mp3)) {
      out.write(tag);
      Files.copy(audio, out);
    }
    return measured;
  }

  /** Reads the integrated loudness from the summary that the {@code ebur128} filter prints. */
  static double integratedLoudness(String stderr) throws ToolException {
    int summary = stderr.lastIndexOf("Summary:");
    Matcher m = INTEGRATED.matcher(summary < 0 ? stderr : stderr.substring(summary));
    if (!m.find()) {
      throw new ToolException("measuring loudness: ffmpeg printed no integrated loudness");
    }
    return m.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(1));
  }
}
