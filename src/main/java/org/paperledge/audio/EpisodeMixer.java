package org.paperledge.audio;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the voice track into the finished MP3 with FFmpeg: music under and around the voice, loudness mastered to
 * the podcast target, encoded with ID3v2.3 tags and chapters.
 */
public final class EpisodeMixer {
  /** Integrated loudness target, LUFS (Apple's podcast recommendation). */
  public static final double TARGET_LUFS = -16.0;
  /** Sample-peak ceiling of the limiter, dBFS; leaves room for MP3 overshoot under -1 dBTP. */
  private static final double LIMIT_DBFS = -2.0;
  private static final Duration TIMEOUT = Duration.ofMinutes(30);

  private final FfmpegTools tools;
  private final ProcessRunner runner;

  public EpisodeMixer(FfmpegTools tools) {
    this.tools = tools;
    this.runner = tools.runner();
  }

  /**
   * Where each part sits on the episode's timeline.
   *
   * @param voiceSamples length of the voice track
   * @return the sample at which the voice track starts in the episode
   */
  public static long voiceOffset(long voiceSamples) {
    return Pcm.fromSeconds(Music.INTRO_VOICE_START);
  }

  /** Length of the finished episode in samples, for a voice track of {@code voiceSamples}. */
  public static long episodeSamples(long voiceSamples) {
    long outroStart = outroStart(voiceSamples);
    return Math.max(Pcm.fromSeconds(Music.INTRO_LENGTH), outroStart + Pcm.fromSeconds(Music.OUTRO_LENGTH));
  }

  private static long outroStart(long voiceSamples) {
    return Math.max(0, voiceOffset(voiceSamples) + voiceSamples - Pcm.fromSeconds(Music.OUTRO_LEAD));
  }

  /**
   * Mixes, masters and encodes.
   *
   * @param voice the voice track (WAV, mono, {@link Pcm#RATE} Hz)
   * @param voiceSamples its length in samples
   * @param metadata the FFmpeg metadata file with tags and chapters
   * @param work a folder for intermediate files
   * @param mp3 where to write the MP3
   * @param bitrateKbps the MP3 bitrate
   */
  public void master(Path voice, long voiceSamples, Path metadata, Path work, Path mp3, int bitrateKbps)
      throws ToolException {
    Path mix = work.resolve("mix.wav");
    long total = episodeSamples(voiceSamples);
    String graph = Music.introSource() + "[intro];"
        + Music.outroSource() + String.format(Locale.ROOT, ",adelay=delays=%dS:all=1[outro];",
            outroStart(voiceSamples))
        + String.format(Locale.ROOT, "[0:a]adelay=delays=%dS:all=1[voice];", voiceOffset(voiceSamples))
        + "[intro][voice][outro]amix=inputs=3:duration=longest:normalize=0:dropout_transition=0,"
        + String.format(Locale.ROOT, "atrim=end_sample=%d[mix]", total);
    runner.run("mixing music and voice", tools.ffmpeg(), List.of("-hide_banner", "-nostdin", "-y",
        "-i", voice.toString(), "-filter_complex", graph, "-map", "[mix]", "-c:a", "pcm_f32le",
        "-ar", Integer.toString(Pcm.RATE), "-ac", "1", mix.toString()), TIMEOUT);

    ProcessRunner.Result analysis = runner.run("measuring loudness", tools.ffmpeg(), List.of("-hide_banner",
        "-nostdin", "-i", mix.toString(), "-af", "loudnorm=I=-16:TP=-1.5:LRA=11:print_format=json", "-f", "null",
        "-"), TIMEOUT);
    Loudness measured = Loudness.parse(analysis.stderr());
    double gain = measured.integrated() < -70 ? 0 : TARGET_LUFS - measured.integrated();

    List<String> args = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-y",
        "-i", mix.toString(), "-f", "ffmetadata", "-i", metadata.toString(),
        "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1",
        "-af", String.format(Locale.ROOT,
            "volume=%.2fdB,alimiter=limit=%.4f:attack=5:release=80:level=false:latency=true",
            gain, Math.pow(10, LIMIT_DBFS / 20)),
        "-c:a", "libmp3lame", "-b:a", bitrateKbps + "k", "-ar", Integer.toString(Pcm.RATE), "-ac", "1",
        "-id3v2_version", "3", "-write_id3v1", "0", "-write_xing", "1",
        "-fflags", "+bitexact", "-flags:a", "+bitexact", "-f", "mp3", mp3.toString()));
    runner.run("encoding MP3", tools.ffmpeg(), args, TIMEOUT);
  }

  /** Writes the FFmpeg metadata file for {@code tags} and {@code chapters}. */
  public static void writeMetadata(Path file, Tags tags, List<ChapterMark> chapters) throws java.io.IOException {
    Files.writeString(file, FfMetadata.render(tags.asFfmpegKeys(), chapters), StandardCharsets.UTF_8);
  }
}
