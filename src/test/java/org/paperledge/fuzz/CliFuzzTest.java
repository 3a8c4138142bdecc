package org.paperledge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.cli.Main;
import org.paperledge.files.TestTempFiles;
import org.paperledge.model.InputException;
import org.paperledge.render.Batch;
import org.paperledge.render.Cover;
import org.paperledge.render.EpisodeRenderer;
import org.paperledge.render.RenderReport;
import org.paperledge.render.Shard;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.Show;
import org.paperledge.testing.ToneSynthesizer;

/**
 * A sample of fuzzed script files through the command line: {@code check} prints only one-line findings and
 * exits 0 or 2; {@code render} of a script that does not parse exits 2 with one line and writes nothing; a
 * script that parses renders (speech by {@link ToneSynthesizer}, so that a sample of them fits in seconds; FFmpeg
 * is real) or is refused as bad input, never fails otherwise.
 */
class CliFuzzTest {
  private static final Path SHOW = Path.of("show.yaml");
  /** Scripts that parse are rendered, up to this many (each takes FFmpeg a good part of a second). */
  private static final int RENDERS = 12;

  @TempDir
  Path dir;

  @AfterEach
  void deleteTemporaryFiles() {
    TestTempFiles.deleteAll();
  }

  @Test
  void checkPrintsOneLineFindings() {
    AtomicInteger n = new AtomicInteger();
    int[] exits = new int[3];
    Fuzz.check("command line: check", 300, Gen.oneOf(Scripts.BYTES, Scripts.MUTATED.map(s -> s.getBytes(
        StandardCharsets.UTF_8))), bytes -> {
          Path script = Files.write(dir.resolve("2026-03-0" + (1 + n.getAndIncrement() % 9) + "-fuzzed.md"), bytes);
          StringWriter out = new StringWriter();
          StringWriter err = new StringWriter();
          boolean spoken = n.get() % 5 == 0;
          int code = spoken ? Main.execute(new PrintWriter(out), new PrintWriter(err), "check", "--spoken",
              script.toString()) : Main.execute(new PrintWriter(out), new PrintWriter(err), "check", script.toString());
          assertThat(code).as("exit code; stderr %s", err).isIn(0, 2);
          exits[code]++;
          for (String line : (out + "" + err).lines().toList()) {
            assertThat(Checks.printable(line)).as("printable: %s", Fuzz.literal(line)).isTrue();
          }
          assertThat(out + "" + err).doesNotContain("\tat ").doesNotContain("Exception");
          Files.delete(script);
        });
    assertThat(exits[0]).as("scripts that pass").isPositive();
    assertThat(exits[2]).as("scripts with errors").isPositive();
  }

  /**
   * A render case may take this long: a valid script of 500 deeply nested list items renders, through FFmpeg, in
   * about 3 s on an idle 2-core machine. A refused one still exits within {@link Fuzz#CASE_LIMIT}'s order.
   */
  static final java.time.Duration RENDER_LIMIT = java.time.Duration.ofSeconds(15);

  @Test
  void renderExitsTwoWithOneLineOrRenders() throws Exception {
    Show show = Show.load(SHOW);
    Cover cover = new Cover("cover.png", new org.paperledge.audio.Id3v23.Picture("image/png", new byte[] {1}));
    ScriptParser parser = new ScriptParser();
    AtomicInteger n = new AtomicInteger();
    AtomicInteger rendered = new AtomicInteger();
    Fuzz.check("command line: render", 200, Scripts.BYTES, bytes -> {
      int i = n.getAndIncrement();
      Path script = Files.write(dir.resolve("2026-03-01-fuzzed-" + i + ".md"), bytes);
      Path out = dir.resolve("out-" + i);
      boolean parses;
      try {
        parser.parse(script);
        parses = true;
      } catch (InputException e) {
        parses = false;
      }
      if (!parses) {
        StringWriter stdout = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(stdout), new PrintWriter(err), "render", script.toString(), "--out",
            out.toString(), "--no-cache");
        assertThat(code).as("exit code; stderr %s", err).isEqualTo(2);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).as("one line: %s", err).hasSize(1);
        assertThat(lines.get(0)).startsWith("paperledge: " + script + ":");
        assertThat(Checks.printable(lines.get(0))).isTrue();
        assertThat(out).as("nothing written").doesNotExist();
      } else if (rendered.get() < RENDERS) {
        rendered.incrementAndGet();
        Batch.Settings settings = new Batch.Settings(out, SHOW, Path.of("voices"), Optional.empty(), true, Shard.ALL);
        RenderReport report;
        try (Batch batch = new Batch(settings, show, cover, null, ToneSynthesizer.voices(1), new Batch.Listener() {
          @Override
          public void said(String line) {}

          @Override
          public void problem(String message, Throwable cause) {
            assertThat(Checks.printable(message)).as("printable: %s", Fuzz.literal(message)).isTrue();
          }

          @Override
          public EpisodeRenderer.Progress progress(String slug) {
            return EpisodeRenderer.Progress.NONE;
          }
        })) {
          report = batch.run(List.of(script));
        }
        assertThat(report.failed()).as(report.summary()).isZero();
        assertThat(report.rendered() + report.badInput()).isEqualTo(1);
      }
      Files.delete(script);
    }, RENDER_LIMIT);
    assertThat(rendered.get()).as("scripts that parsed, rendered").isPositive();
  }
}
