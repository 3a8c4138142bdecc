package org.paperledge.cli;

import picocli.CommandLine;

/** Reports PaperLedge's version from the jar manifest, with the engines it embeds. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
        "paperledge " + (version == null ? "(development build)" : version),
        "MaryTTS 5.2.1 (voice cmu-slt-hsmm), FFmpeg 7.1.1 (org.bytedeco:ffmpeg 7.1.1-1.5.12)",
        "Java " + System.getProperty("java.version")};
  }
}
