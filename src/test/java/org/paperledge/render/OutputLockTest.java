package org.paperledge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two commands on one output folder: the second waits for the first, and says so. */
class OutputLockTest {
  @TempDir
  Path dir;

  @Test
  void secondTakerWaitsUntilTheFirstReleases() throws Exception {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch taken = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread first = new Thread(() -> {
      try (OutputLock lock = OutputLock.take(dir, m -> events.add("first waited"))) {
        events.add("first has it");
        taken.countDown();
        release.await(10, TimeUnit.SECONDS);
        events.add("first releases");
      } catch (Exception e) {
        events.add("first failed: " + e);
      }
    });
    first.start();
    assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
    Thread second = new Thread(() -> {
      try (OutputLock lock = OutputLock.take(dir, m -> {
        events.add("second: " + m);
        release.countDown();
      })) {
        events.add("second has it");
      } catch (Exception e) {
        events.add("second failed: " + e.getClass().getSimpleName());
      }
    });
    second.start();
    second.join(15_000);
    first.join(15_000);
    assertThat(events).contains("first has it", "first releases");
    assertThat(Files.list(dir).toList()).as("no lock file in the output folder").isEmpty();
    assertThat(events).contains("second has it");
    assertThat(events.indexOf("second has it")).isGreaterThan(events.indexOf("first releases"));
    assertThat(events).anyMatch(e -> e.startsWith("second: waiting for another paperledge command"));
  }
}
