package org.paperledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and one-line errors of the command line, for everything that fails before synthesis starts. */
class MainTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static final String GOOD_FRONT = "---\ntitle: T\ndate: 2026-01-02\n---\n";

  @Test
  void versionAndHelpSucceed() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).contains("paperledge").contains("MaryTTS 5.2.1").contains("FFmpeg 7.1.1");
    assertThat(run("render", "--help")).isZero();
    assertThat(out.toString()).contains("--out").contains("PATH");
  }

  @Test
  void unknownOptionIsBadUsage() {
    assertThat(run("render", "--no-such-option")).isEqualTo(2);
    assertThat(err.toString()).contains("--no-such-option").contains("paperledge render --help");
  }

  @Test
  void missingPathIsBadInput() {
    assertThat(run("render", dir.resolve("nope.md").toString(), "--out", dir.resolve("out").toString()))
        .isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("paperledge: " + dir.resolve("nope.md")
        + ": no such file or folder");
  }

  @Test
  void scriptErrorIsOneLineWithFileAndLineAndTouchesNoOutput() throws IOException {
    Path script = dir.resolve("bad.md");
    Files.writeString(script, "---\ntitle: T\ndate: 2026-02-30\n---\nHello.\n");
    Path outDir = dir.resolve("out");
    int code = run("render", script.toString(), "--out", outDir.toString(), "--show", "show.yaml",
        "--voices", "voices");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines().toList()).containsExactly(
        "paperledge: " + script + ":3: date must be a real date written yyyy-mm-dd, not '2026-02-30'");
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(outDir).doesNotExist();
  }

  @Test
  void unknownVoiceNamesTheLine() throws IOException {
    Path script = dir.resolve("voice.md");
    Files.writeString(script, "---\ntitle: T\ndate: 2026-01-02\nvoice: nobody\n---\nHello.\n");
    assertThat(run("render", script.toString(), "--out", dir.resolve("out").toString())).isEqualTo(2);
    assertThat(err.toString()).contains(script + ":4: unknown voice 'nobody'");
  }

  @Test
  void duplicateSlugsInOneBatchAreBadInput() throws IOException {
    Files.writeString(dir.resolve("a.md"), GOOD_FRONT.replace("title: T", "title: T\nslug: same") + "Hi.\n");
    Files.writeString(dir.resolve("b.md"), GOOD_FRONT.replace("title: T", "title: T\nslug: same") + "Hi.\n");
    // a missing ffmpeg stops the one good script; the clash still decides the exit code
    int code = run("render", dir.resolve("a.md").toString(), dir.resolve("b.md").toString(), "--out",
        dir.resolve("out").toString(), "--ffmpeg", dir.resolve("none").toString());
    assertThat(err.toString()).contains(dir.resolve("b.md") + ": slug 'same' is already used by "
        + dir.resolve("a.md"));
    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).contains("0 rendered, 0 up to date, 1 failed, 1 bad input");
  }

  @Test
  void badShowFileIsBadInput() throws IOException {
    Path show = dir.resolve("show.yaml");
    Files.writeString(show, "name: X\nhost: Y\nowner-email: a@b.c\nbase-url: ftp://files.example/\n"
        + "link: https://x.example/\n");
    Path script = dir.resolve("ok.md");
    Files.writeString(script, GOOD_FRONT + "Hello.\n");
    assertThat(run("render", script.toString(), "--show", show.toString(), "--out", dir.resolve("o").toString()))
        .isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("paperledge: " + show
        + ":4: 'base-url' must be an http(s) URL, not 'ftp://files.example/'");
  }

  @Test
  void missingFfmpegIsAToolFailureNamingIt() throws IOException {
    Path script = dir.resolve("ok.md");
    Files.writeString(script, GOOD_FRONT + "Hello.\n");
    Path fake = dir.resolve("ffmpeg");
    int code = run("render", script.toString(), "--out", dir.resolve("o").toString(), "--ffmpeg", fake.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines().findFirst().orElseThrow())
        .isEqualTo("paperledge: ffmpeg: " + fake + " is not an executable file");
  }

  @Test
  void outsideTheProjectFolderTheErrorSaysWhereTheShowFileWasLookedFor() {
    Path missing = dir.resolve("elsewhere/show.yaml");
    for (String[] args : new String[][] {{"check", "--show", missing.toString()},
        {"say", "Hello.", "--show", missing.toString()}, {"feed", "--show", missing.toString()}}) {
      StringWriter e = new StringWriter();
      int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(e), args);
      assertThat(code).as(args[0]).isEqualTo(2);
      assertThat(e.toString().strip()).as(args[0]).isEqualTo("paperledge: " + missing + ": no such file in "
          + Path.of("").toAbsolutePath() + "; run paperledge from the project folder, or name the show file with"
          + " --show FILE");
    }
  }

  @Test
  void anInternalErrorPrintsItsStackTraceWithTheSubcommandsVerbose() {
    CommandLine cli = new CommandLine(new Main());
    CommandLine.ParseResult verbose = cli.parseArgs("render", "--verbose");
    StringWriter e = new StringWriter();
    CommandLine render = verbose.subcommand().commandSpec().commandLine();
    render.setErr(new PrintWriter(e));
    int code = Main.handle(new IllegalStateException("a bug"), render, verbose);
    assertThat(code).isEqualTo(1);
    assertThat(e.toString()).startsWith("paperledge: internal error: java.lang.IllegalStateException: a bug")
        .contains("\tat ");

    CommandLine quietCli = new CommandLine(new Main());
    CommandLine.ParseResult quiet = quietCli.parseArgs("render");
    StringWriter q = new StringWriter();
    CommandLine quietRender = quiet.subcommand().commandSpec().commandLine();
    quietRender.setErr(new PrintWriter(q));
    Main.handle(new IllegalStateException("a bug"), quietRender, quiet);
    assertThat(q.toString()).doesNotContain("\tat ");
  }

  @Test
  void expectedFailuresMapToTheirExitCodes() {
    CommandLine cli = new CommandLine(new Main());
    CommandLine.ParseResult parsed = cli.parseArgs("render");
    CommandLine render = parsed.subcommand().commandSpec().commandLine();
    StringWriter e = new StringWriter();
    render.setErr(new PrintWriter(e));
    assertThat(Main.handle(new org.paperledge.model.InputException(Path.of("x.md"), 3, 4, "bad"), render, parsed))
        .isEqualTo(2);
    assertThat(Main.handle(new org.paperledge.model.ToolException("ffmpeg: broke"), render, parsed)).isEqualTo(1);
    assertThat(Main.handle(new java.nio.file.NoSuchFileException("gone.txt"), render, parsed)).isEqualTo(1);
    assertThat(e.toString().lines().toList()).containsExactly("paperledge: x.md:3:4: bad",
        "paperledge: ffmpeg: broke", "paperledge: gone.txt: no such file");
  }
}
