package org.paperledge.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this build is: PaperLedge's version and the versions of the engines it embeds, as the build wrote them
 * from {@code pom.xml} (the one place they are set).
 *
 * @param paperledge PaperLedge's version
 * @param maryTts the MaryTTS release embedded
 * @param ffmpegPackage the version of the {@code org.bytedeco:ffmpeg} package whose executables are embedded,
 *     such as {@code 7.1.1-1.5.12} (FFmpeg 7.1.1)
 */
public record BuildInfo(String paperledge, String maryTts, String ffmpegPackage) {
  private static final BuildInfo CURRENT = load();

  /** This build's. */
  public static BuildInfo current() {
    return CURRENT;
  }

  /** The FFmpeg release, such as {@code 7.1.1}. */
  public String ffmpeg() {
    int dash = ffmpegPackage.indexOf('-');
    return dash < 0 ? ffmpegPackage : ffmpegPackage.substring(0, dash);
  }

  private static BuildInfo load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        throw new IllegalStateException("build.properties is missing from the class path: a broken build");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuildInfo(p.getProperty("paperledge"), p.getProperty("marytts"), p.getProperty("ffmpeg.package"));
  }
}
