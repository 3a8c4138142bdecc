package org.paperledge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.cli.Main;

/** Nightly-run behaviour: up-to-date episodes are skipped, edits reuse cached segments, shards, the report. */
class IncrementalIT {
  @TempDir
  Path dir;

  private String lastOut;
  private String lastErr;

  private int run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    lastOut = out.toString();
    lastErr = err.toString();
    return code;
  }

  private Path script(String name, String body) throws Exception {
    Path file = dir.resolve("scripts").resolve(name + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: " + name + "\ndate: 2026-02-03\n---\n" + body);
    return file;
  }

  @Test
  void unchangedEpisodesAreSkippedAndEditsReuseTheCache() throws Exception {
    Path file = script("one", "First sentence here. Second sentence here.\n\n## Next\n\nThird one.\n");
    String out = dir.resolve("out").toString();
    String cache = dir.resolve("cache").toString();
    assertThat(run("render", file.toString(), "--out", out, "--cache", cache)).as(lastErr).isZero();
    assertThat(lastOut).contains("0 of 5 segments from the cache");
    byte[] first = Files.readAllBytes(dir.resolve("out/one.mp3"));

    assertThat(run("render", file.toString(), "--out", out, "--cache", cache, "--report",
        dir.resolve("r.json").toString())).isZero();
    assertThat(lastOut).startsWith("up to date: " + dir.resolve("out/one.mp3"));
    assertThat(Files.readString(dir.resolve("r.json"))).contains("\"status\": \"up-to-date\"");

    Files.writeString(file, Files.readString(file).replace("Third one.", "Third one, edited."));
    assertThat(run("render", file.toString(), "--out", out, "--cache", cache, "--report",
        dir.resolve("r.json").toString())).isZero();
    assertThat(lastOut).contains("4 of 5 segments from the cache");
    String report = Files.readString(dir.resolve("r.json"));
    assertThat(report).contains("\"status\": \"rendered\"").contains("\"cacheHits\": 4")
        .contains("\"cacheMisses\": 1").contains("\"synthesis\": ");

    Files.writeString(file, Files.readString(file).replace("Third one, edited.", "Third one."));
    assertThat(run("render", file.toString(), "--out", out, "--cache", cache, "--force")).isZero();
    assertThat(lastOut).contains("5 of 5 segments from the cache");
    assertThat(Files.readAllBytes(dir.resolve("out/one.mp3"))).as("cached segments give the same episode")
        .isEqualTo(first);
  }

  @Test
  void shardsSplitTheCatalogWithoutOverlap() throws Exception {
    for (String name : List.of("alpha", "beta", "gamma", "delta")) {
      script(name, "Hello from " + name + ".\n");
    }
    List<String> rendered = new ArrayList<>();
    for (int k = 1; k <= 2; k++) {
      assertThat(run("render", dir.resolve("scripts").toString(), "--out", dir.resolve("out" + k).toString(),
          "--shard", k + "/2", "--cache", dir.resolve("cache").toString())).as(lastErr).isZero();
      try (var files = Files.list(dir.resolve("out" + k))) {
        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mp3")).forEach(rendered::add);
      }
    }
    assertThat(rendered).containsExactlyInAnyOrder("alpha.mp3", "beta.mp3", "gamma.mp3", "delta.mp3");
  }

  @Test
  void badShardIsBadUsage() {
    assertThat(run("render", "--shard", "3/2")).isEqualTo(2);
    assertThat(lastErr).contains("shard must be K/N with 1 <= K <= N");
  }
}
