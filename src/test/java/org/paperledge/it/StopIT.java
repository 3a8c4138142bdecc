package org.paperledge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built jar stopped in the middle of a render, while FFmpeg encodes and MaryTTS speaks: it exits 143 for
 * SIGTERM and 130 for SIGINT within 2 s, leaves no temporary file in the output or the cache and nothing in its
 * {@code java.io.tmpdir} but the lock folder, no FFmpeg running, and the next render completes the episode.
 * (The reliability suite does the same to feed and publish, at random moments.)
 */
class StopIT {
  private static final Path JAR = Path.of("target/paperledge.jar").toAbsolutePath();

  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource({"TERM, 143", "INT, 130"})
  void aStoppedRenderCleansUpAndTheNextOneCompletes(String signal, int expected) throws Exception {
    Path script = dir.resolve("2026-04-01-stopped.md");
    Files.writeString(script, "---\ntitle: Stopped\ndate: 2026-04-01\n---\n"
        + "This episode is stopped while it is being made. It has a few sentences, so that there is time.\n\n"
        + "## Two\n\nThe second chapter says a little more, and then a little more again, before the end.\n");
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path out = dir.resolve("out");
    Path cache = dir.resolve("cache");
    List<String> command = List.of("java", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(),
        "render", script.toString(), "--out", out.toString(), "--cache", cache.toString());
    Process render = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("stopped.log").toFile()).start();
    // Stop it once its work folder exists: synthesis and encoding are under way.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (render.isAlive() && System.nanoTime() < deadline && !workFolderIn(tmp)) {
      Thread.sleep(20);
    }
    Thread.sleep(300);
    assertThat(render.isAlive()).as("still rendering when stopped").isTrue();
    List<Long> children = render.descendants().map(ProcessHandle::pid).toList();
    long sent = System.nanoTime();
    new ProcessBuilder("kill", "-" + signal, Long.toString(render.pid())).start().waitFor();
    assertThat(render.waitFor(10, TimeUnit.SECONDS)).isTrue();
    double took = (System.nanoTime() - sent) / 1e9;

    String said = Files.readString(dir.resolve("stopped.log"), StandardCharsets.UTF_8);
    assertThat(render.exitValue()).as(said).isEqualTo(expected);
    assertThat(took).as("seconds to stop").isLessThan(2.0);
    assertThat(said).contains("paperledge: stopped;").doesNotContain("Exception");
    assertThat(left(tmp)).as("left in java.io.tmpdir").containsOnly("paperledge-locks");
    assertThat(parts(out, cache)).as("temporary files left").isEmpty();
    for (long pid : children) {
      assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("child %d", pid).isFalse();
    }

    Process again = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("again.log").toFile()).start();
    assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(again.exitValue()).as(Files.readString(dir.resolve("again.log"))).isZero();
    assertThat(out.resolve("2026-04-01-stopped.mp3")).isNotEmptyFile();
    assertThat(out.resolve("2026-04-01-stopped.xml")).isNotEmptyFile();
  }

  private static boolean workFolderIn(Path tmp) throws IOException {
    return left(tmp).stream().anyMatch(name -> name.startsWith("paperledge-2026-04-01-stopped-"));
  }

  private static List<String> left(Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("hsperfdata")).toList();
    }
  }

  private static List<Path> parts(Path... folders) throws IOException {
    List<Path> parts = new ArrayList<>();
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> walk = Files.walk(folder)) {
          walk.filter(p -> p.getFileName().toString().endsWith(".part")).forEach(parts::add);
        }
      }
    }
    return parts;
  }
}
