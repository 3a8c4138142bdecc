package org.paperledge.it;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.audio.ProcessRunner;
import org.paperledge.model.ToolException;
import org.paperledge.testing.TestTools;

/** Reads rendered MP3s back with the same embedded ffprobe and ffmpeg that users get. */
final class Probe {
  private final FfmpegTools tools;

  Probe() throws ToolException {
    tools = TestTools.ffmpeg();
  }

  /** The embedded FFmpeg. */
  FfmpegTools tools() {
    return tools;
  }

  /** ffprobe's format, stream and chapter fields as flat keys ({@code format.duration}, ...), quotes removed. */
  Map<String, String> fields(Path mp3) throws ToolException {
    ProcessRunner.Result result = tools.runner().run("ffprobe", tools.ffmpeg().resolveSibling("ffprobe"), List.of("-v", "error",
        "-show_format", "-show_streams", "-show_chapters", "-of", "flat", mp3.toString()), Duration.ofMinutes(1));
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : result.stdout().split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        String value = line.substring(eq + 1);
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
          value = value.substring(1, value.length() - 1);
        }
        fields.put(line.substring(0, eq), value);
      }
    }
    return fields;
  }

  /** The MP3 decoded to mono 16-bit samples at 48 kHz. */
  short[] decode(Path mp3, Path work) throws ToolException, IOException {
    Path raw = work.resolve("decoded.raw");
    tools.runner().run("decode", tools.ffmpeg(), List.of("-v", "error", "-nostdin", "-y", "-i", mp3.toString(),
        "-f", "s16le", "-ac", "1", "-ar", "48000", raw.toString()), Duration.ofMinutes(2));
    byte[] bytes = Files.readAllBytes(raw);
    short[] samples = new short[bytes.length / 2];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
    return samples;
  }

  /** Integrated loudness and true peak as printed by ebur128. */
  String ebur128(Path mp3) throws ToolException {
    return tools.runner().run("ebur128", tools.ffmpeg(), List.of("-hide_banner", "-nostdin", "-i", mp3.toString(),
        "-af", "ebur128=peak=true", "-f", "null", "-"), Duration.ofMinutes(2)).stderr();
  }

  /** Root-mean-square level of {@code count} samples from {@code from}. */
  static double rms(short[] samples, int from, int count) {
    double sum = 0;
    int n = 0;
    for (int i = Math.max(0, from); i < Math.min(samples.length, from + count); i++) {
      sum += (double) samples[i] * samples[i];
      n++;
    }
    return n == 0 ? 0 : Math.sqrt(sum / n);
  }
}
