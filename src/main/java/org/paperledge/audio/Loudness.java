package org.paperledge.audio;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loudness figures measured by FFmpeg's {@code loudnorm} filter in its analysis pass.
 *
 * @param integrated integrated loudness, LUFS
 * @param truePeak true peak, dBTP
 * @param range loudness range, LU
 * @param threshold the gating threshold, LUFS
 */
public record Loudness(double integrated, double truePeak, double range, double threshold) {
  private static final Pattern FIELD = Pattern.compile("\"(input_i|input_tp|input_lra|input_thresh)\"\\s*:\\s*"
      + "\"(-?inf|[-+0-9.]+)\"");

  /** Reads the JSON block that {@code loudnorm=print_format=json} prints at the end of standard error. */
  public static Loudness parse(String stderr) throws ToolException {
    int brace = stderr.lastIndexOf('{');
    if (brace < 0) {
      throw new ToolException("loudness analysis: ffmpeg printed no measurement");
    }
    double i = Double.NaN;
    double tp = Double.NaN;
    double lra = Double.NaN;
    double thresh = Double.NaN;
    Matcher m = FIELD.matcher(stderr.substring(brace));
    while (m.find()) {
      double value = m.group(2).toLowerCase(Locale.ROOT).endsWith("inf") ? -99.0 : Double.parseDouble(m.group(2));
      switch (m.group(1)) {
        case "input_i" -> i = value;
        case "input_tp" -> tp = value;
        case "input_lra" -> lra = value;
        default -> thresh = value;
      }
    }
    if (Double.isNaN(i) || Double.isNaN(tp) || Double.isNaN(lra) || Double.isNaN(thresh)) {
      throw new ToolException("loudness analysis: incomplete measurement from ffmpeg");
    }
    return new Loudness(i, tp, lra, thresh);
  }
}
