package org.paperledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code preview} refuses before it opens anything: each a one-line error and exit 2. */
class PreviewCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void withoutACacheTheStudioCannotTellLinesApart() {
    assertThat(run("preview", "scripts", "--no-cache")).isEqualTo(2);
    assertThat(err.toString()).startsWith("paperledge: preview keeps its sentences in the segment cache; give it a"
        + " private one with --cache DIR");
  }

  @Test
  void aMissingScriptOrShowFileIsNamed() throws Exception {
    assertThat(run("preview", dir.resolve("none.md").toString())).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("paperledge: " + dir.resolve("none.md") + ": no such file");
    Path script = Files.writeString(dir.resolve("x.md"), "---\ntitle: X\ndate: 2026-12-01\n---\nHi.\n");
    assertThat(run("preview", script.toString(), "--show", dir.resolve("show.yaml").toString(), "--cache",
        dir.resolve("cache").toString())).isEqualTo(2);
    assertThat(err.toString()).contains(dir.resolve("show.yaml") + ": no such file in ");
  }

  @Test
  void aPortOutOfRangeIsBadUsage() {
    assertThat(run("preview", "--port", "70000", "--cache", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--port must be 0 to 65535");
  }
}
