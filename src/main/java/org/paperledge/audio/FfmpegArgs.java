package org.paperledge.audio;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import net.bramp.ffmpeg.builder.FFmpegBuilder;
import net.bramp.ffmpeg.builder.FFmpegOutputBuilder;
import org.paperledge.model.Pcm;

/**
 * The argument lists of every FFmpeg run PaperLedge makes, built with the FFmpeg CLI wrapper's
 * {@link FFmpegBuilder} (which knows where each option goes: before its input, before its output); Commons Exec
 * runs them ({@link ProcessRunner}). Every run overwrites its output, reads no standard input, prints only errors
 * (kept for messages), and writes no version or date into what it makes.
 */
final class FfmpegArgs {
  private FfmpegArgs() {}

  private static FFmpegBuilder builder() {
    return new FFmpegBuilder().overrideOutputFiles(true).setVerbosity(FFmpegBuilder.Verbosity.ERROR)
        .addExtraArgs("-hide_banner", "-nostdin");
  }

  private static FFmpegOutputBuilder bitExact(FFmpegOutputBuilder output) {
    return output.addExtraArgs("-fflags", "+bitexact", "-flags:a", "+bitexact");
  }

  /**
   * Limits and encodes one chunk of the episode: 32-bit float mono PCM at {@link Pcm#RATE} Hz in, plain CBR MP3
   * frames out (no tag, no Xing header).
   *
   * @param filters the audio filters, such as the limiter
   */
  static List<String> encodeChunk(Path in, Path out, String filters, int bitrateKbps, int channels) {
    FFmpegBuilder builder = builder();
    builder.addInput(in.toString()).setFormat("f32le").addExtraArgs("-ar", Integer.toString(Pcm.RATE), "-ac", "1");
    bitExact(builder.addOutput(out.toString()).setFormat("mp3").disableVideo().disableSubtitle()
        .setAudioFilter(filters).setAudioCodec("libmp3lame").setAudioBitRate(bitrateKbps * 1000L)
        .setAudioSampleRate(Pcm.RATE).setAudioChannels(channels)
        .addExtraArgs("-compression_level", "5", "-write_xing", "0", "-id3v2_version", "0", "-write_id3v1", "0"));
    return builder.build();
  }

  /**
   * Encodes an episode as AAC in an M4A: its chunks' 32-bit float mono PCM, read as one stream (FFmpeg's concat
   * protocol, so nothing is copied), through the filter graph in {@code graph} (which ends in {@code [out]}), with
   * the tags and chapters of the metadata file and, if given, the cover as the attached picture.
   */
  static List<String> m4a(List<Path> chunks, Path graph, Path metadata, java.util.Optional<Path> cover, Path out,
      int bitrateKbps, int channels) {
    FFmpegBuilder builder = builder();
    // -filter_complex_script is deprecated since FFmpeg 7 (for -/filter_complex) but understood from 5.1 on, and
    // --ffmpeg may name an older build; a file, since a long episode's graph outgrows one argument
    builder.addExtraArgs("-filter_complex_script", graph.toString());
    StringBuilder concat = new StringBuilder("concat:");
    for (int i = 0; i < chunks.size(); i++) {
      concat.append(i == 0 ? "" : "|").append(chunks.get(i));
    }
    builder.addInput(concat.toString()).setFormat("f32le").addExtraArgs("-ar", Integer.toString(Pcm.RATE), "-ac",
        "1");
    builder.addInput(metadata.toString()).setFormat("ffmetadata");
    cover.ifPresent(picture -> builder.addInput(picture.toString()));
    FFmpegOutputBuilder output = builder.addOutput(out.toString()).setFormat("ipod").addExtraArgs("-map", "[out]");
    if (cover.isPresent()) {
      output.addExtraArgs("-map", "2:v", "-c:v", "copy", "-disposition:v:0", "attached_pic");
    }
    bitExact(output.addExtraArgs("-map_metadata", "1", "-map_chapters", "1").setAudioCodec("aac")
        .setAudioBitRate(bitrateKbps * 1000L).setAudioSampleRate(Pcm.RATE).setAudioChannels(channels));
    return builder.build();
  }

  /**
   * The limiter, with a gain correction in dB before it when not 0. It runs at four times the sample rate, so that
   * it catches the peaks between samples as well (true peaks, as BS.1770 measures them), not only the samples'.
   */
  static String limiter(double limitDbfs, double correctionDb) {
    String limiter = String.format(Locale.ROOT, "aresample=%d,alimiter=limit=%.4f:attack=5:release=80:level=false"
        + ":latency=true,aresample=%d", 4 * Pcm.RATE, Math.pow(10, limitDbfs / 20), Pcm.RATE);
    return correctionDb == 0.0 ? limiter : String.format(Locale.ROOT, "volume=%.2fdB,", correctionDb) + limiter;
  }

  /** Renders two {@code aevalsrc} sources, each to a 32-bit float mono PCM file. */
  static List<String> music(String intro, String outro, Path introOut, Path outroOut) {
    FFmpegBuilder builder = builder();
    builder.addInput(intro).setFormat("lavfi");
    builder.addInput(outro).setFormat("lavfi");
    builder.addOutput(introOut.toString()).addExtraArgs("-map", "0:a").setFormat("f32le")
        .setAudioCodec("pcm_f32le").disableVideo().disableSubtitle();
    builder.addOutput(outroOut.toString()).addExtraArgs("-map", "1:a").setFormat("f32le")
        .setAudioCodec("pcm_f32le").disableVideo().disableSubtitle();
    return builder.build();
  }

  /** Encodes a WAV file to an MP3 (a preview: no limiter, no mastering). */
  static List<String> previewMp3(Path wav, Path mp3, int bitrateKbps) {
    FFmpegBuilder builder = builder();
    builder.addInput(wav.toString());
    bitExact(builder.addOutput(mp3.toString()).setFormat("mp3").disableVideo().disableSubtitle()
        .setAudioCodec("libmp3lame").setAudioBitRate(bitrateKbps * 1000L));
    return builder.build();
  }
}
