package org.paperledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.render.OutputLock;

/** {@code feed --retire} changes the retired list only while it holds the output folder's lock. */
class RetireTest {
  @TempDir
  Path out;

  private CompletableFuture<Integer> retire(String slug) {
    return CompletableFuture.supplyAsync(() -> Main.execute(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), "feed", "--out", out.toString(), "--show", "show.yaml",
        "--retire", slug));
  }

  private List<String> names() throws Exception {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  @Test
  void retiresWaitForTheLockAndNeitherLosesTheOther() throws Exception {
    CompletableFuture<Integer> first;
    CompletableFuture<Integer> second;
    try (OutputLock held = OutputLock.take(out, message -> { })) {
      first = retire("first-episode");
      second = retire("second-episode");
      Thread.sleep(700);
      // nothing written while another command holds the folder: no retired list, no temporary file
      assertThat(names()).isEmpty();
      assertThat(first).isNotDone();
      assertThat(second).isNotDone();
    }
    assertThat(first.get()).isZero();
    assertThat(second.get()).isZero();
    assertThat(Files.readAllLines(out.resolve("retired.txt")))
        .containsExactlyInAnyOrder("first-episode", "second-episode");
    assertThat(names()).noneMatch(n -> n.endsWith(".part"));
  }
}
