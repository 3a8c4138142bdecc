package org.paperledge.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.paperledge.model.ToolException;

/** A stopped run takes its programs down with it, and starts none after. */
class ChildrenTest {
  private static final Path SLEEP = Path.of("/bin/sleep");

  @AfterEach
  void goOn() {
    ProcessRunner.resumeChildren();
  }

  @Test
  void aRunningProgramIsKilledAndItsStepSaysStopped() throws Exception {
    ProcessRunner runner = new ProcessRunner(Map.of());
    CompletableFuture<String> step = CompletableFuture.supplyAsync(() -> {
      try {
        runner.run("sleeping", SLEEP, List.of("30"), Duration.ofSeconds(60));
        return "finished";
      } catch (ToolException e) {
        return e.getMessage();
      }
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (ProcessHandle.current().children().noneMatch(this::isSleep) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    long started = System.nanoTime();
    assertThat(ProcessRunner.stopChildren(Duration.ofSeconds(1))).isEqualTo(1);
    assertThat(step.get(5, TimeUnit.SECONDS)).isEqualTo("sleeping: stopped");
    assertThat((System.nanoTime() - started) / 1e9).isLessThan(2.0);
    assertThat(ProcessHandle.current().children().filter(this::isSleep)).isEmpty();
  }

  @Test
  void aProgramStartedAfterTheStopIsKilledAtOnce() {
    ProcessRunner.stopChildren(Duration.ZERO);
    long started = System.nanoTime();
    assertThatThrownBy(() -> new ProcessRunner(Map.of()).run("sleeping", SLEEP, List.of("30"),
        Duration.ofSeconds(60))).isInstanceOf(ToolException.class).hasMessage("sleeping: stopped");
    assertThat((System.nanoTime() - started) / 1e9).isLessThan(5.0);
  }

  private boolean isSleep(ProcessHandle p) {
    return p.info().command().map(c -> c.endsWith("sleep")).orElse(false);
  }
}
