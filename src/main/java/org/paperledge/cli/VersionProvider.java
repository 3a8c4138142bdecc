package org.paperledge.cli;

import org.paperledge.model.BuildInfo;
import org.paperledge.speech.MarySynthesizer;
import picocli.CommandLine;

/**
 * Reports PaperLedge's version and the engines it embeds, each read from where it is defined: the build's own
 * record, MaryTTS's version and voice configurations, and the JVM.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    BuildInfo build = BuildInfo.current();
    return new String[] {
        "paperledge " + build.paperledge(),
        MarySynthesizer.engine(),
        "FFmpeg " + build.ffmpeg() + " (org.bytedeco:ffmpeg " + build.ffmpegPackage() + ")",
        "Java " + System.getProperty("java.version")};
  }
}
