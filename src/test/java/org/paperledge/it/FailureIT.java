package org.paperledge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.cli.Main;

/** A failing FFmpeg: the error names the step and quotes FFmpeg, and the output folder is left as it was. */
class FailureIT {
  @TempDir
  Path dir;

  @Test
  void ffmpegFailingMidRenderLeavesPublishedFilesUntouched() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    // what an earlier, successful render published
    Files.writeString(out.resolve("2026-01-02-fail.mp3"), "earlier mp3");
    Files.writeString(out.resolve("2026-01-02-fail.xml"), "<item/>");
    Map<String, String> before = snapshot(out);

    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path ffmpeg = executable(bin.resolve("ffmpeg"),
        "#!/bin/sh\necho 'frame=1 size=0kB' >&2\necho 'Simulated failure: disk on fire' >&2\nexit 3\n");
    Path script = dir.resolve("2026-01-02-fail.md");
    Files.writeString(script, "---\ntitle: Fail\ndate: 2026-01-02\n---\n## One\n\nA short sentence.\n");

    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "render",
        script.toString(), "--out", out.toString(), "--ffmpeg", ffmpeg.toString());

    assertThat(code).isEqualTo(1);
    String first = err.toString().lines().findFirst().orElseThrow();
    assertThat(first).startsWith("paperledge: " + script + ": making the music: ffmpeg exited with status 3")
        .contains("Simulated failure: disk on fire");
    assertThat(err.toString()).doesNotContain("\tat ");
    assertThat(snapshot(out)).isEqualTo(before);
  }

  @Test
  void aCustomFfmpegNeedsNoFfprobeBesideItAndItsOwnFailureIsNamed() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("lonely"));
    Path ffmpeg = executable(bin.resolve("ffmpeg"), "#!/bin/sh\necho 'No such filter: aevalsrc' >&2\nexit 3\n");
    Path script = dir.resolve("2026-01-02-x.md");
    Files.writeString(script, "---\ntitle: X\ndate: 2026-01-02\n---\nHello.\n");
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "render",
        script.toString(), "--out", dir.resolve("out").toString(), "--ffmpeg", ffmpeg.toString(), "--no-cache");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).doesNotContain("ffprobe")
        .contains("making the music: ffmpeg exited with status 3: No such filter: aevalsrc");
  }

  @Test
  void ffmpegCrashingMidEpisodeIsReportedAsKilled() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path bin = Files.createDirectories(dir.resolve("crash"));
    Path ffmpeg = executable(bin.resolve("ffmpeg"), "#!/bin/sh\necho 'Segmentation fault soon' >&2\nkill -SEGV $$\n");
    Path script = dir.resolve("2026-01-02-crash.md");
    Files.writeString(script, "---\ntitle: Crash\ndate: 2026-01-02\n---\nA short sentence.\n");
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "render",
        script.toString(), "--out", out.toString(), "--ffmpeg", ffmpeg.toString(), "--no-cache");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("making the music: ffmpeg was killed by signal 11")
        .contains("Segmentation fault soon");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).as("a failed render leaves nothing").isEmpty();
    }
  }

  @Test
  void aHangingFfmpegIsStoppedWithAClearMessage() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path bin = Files.createDirectories(dir.resolve("hang"));
    Path ffmpeg = executable(bin.resolve("ffmpeg"), "#!/bin/sh\nexec sleep 600\n");
    Path script = dir.resolve("2026-01-02-hang.md");
    Files.writeString(script, "---\ntitle: Hang\ndate: 2026-01-02\n---\nA short sentence.\n");
    StringWriter err = new StringWriter();
    System.setProperty("paperledge.ffmpeg.timeout", "2");
    long started = System.nanoTime();
    int code;
    try {
      code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "render", script.toString(),
          "--out", out.toString(), "--ffmpeg", ffmpeg.toString(), "--no-cache");
    } finally {
      System.clearProperty("paperledge.ffmpeg.timeout");
    }
    assertThat(code).isEqualTo(1);
    assertThat((System.nanoTime() - started) / 1e9).isLessThan(60);
    assertThat(err.toString()).contains("making the music: ffmpeg did not finish within 2 s and was stopped");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  private static Path executable(Path file, String content) throws IOException {
    Files.writeString(file, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : (Iterable<Path>) list::iterator) {
        files.put(p.getFileName().toString(), new String(Files.readAllBytes(p),
            java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
