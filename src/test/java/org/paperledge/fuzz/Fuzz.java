package org.paperledge.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks a property on generated cases, each within a time limit; the first case that fails is shrunk (its
 * choices cut and lowered while it still fails the same way) and reported with its seed, as a Java literal that
 * can be pasted into an example-based test.
 *
 * <p>The seed is new at every run unless {@code -Dpaperledge.fuzz.seed=N} fixes it; the report names it, so a
 * failure found once can be found again. {@code -Dpaperledge.fuzz.scale=0.1} runs a tenth of the cases.
 */
final class Fuzz {
  /**
   * The longest one case may take: well over the slowest seen (a script of several 10,000-character tokens,
   * about a tenth of a second on an idle machine), far below a hang.
   */
  static final Duration CASE_LIMIT = Duration.ofSeconds(Long.getLong("paperledge.fuzz.caseSeconds", 3));
  /** How long shrinking a failure may take. */
  private static final long SHRINK_NANOS = TimeUnit.SECONDS.toNanos(30);

  /** What must hold for every case; it fails by throwing. */
  @FunctionalInterface
  interface Property<T> {
    void check(T value) throws Exception;
  }

  private Fuzz() {}

  /** Checks {@code property} on {@code cases} values of {@code gen} (scaled by {@code paperledge.fuzz.scale}). */
  static <T> void check(String name, int cases, Gen<T> gen, Property<T> property) {
    check(name, cases, gen, property, true);
  }

  /**
   * The same, with a longer limit per case: for properties that render a whole episode through FFmpeg, where a
   * valid script of hundreds of lines takes seconds without anything being wrong.
   */
  static <T> void check(String name, int cases, Gen<T> gen, Property<T> property, Duration limit) {
    check(name, cases, gen, property, true, limit);
  }

  /** The same, counted in the report or not (the harness's own tests are not). */
  static <T> void check(String name, int cases, Gen<T> gen, Property<T> property, boolean counted) {
    check(name, cases, gen, property, counted, CASE_LIMIT);
  }

  private static <T> void check(String name, int cases, Gen<T> gen, Property<T> property, boolean counted,
      Duration limit) {
    int n = Math.max(1, (int) Math.round(cases * Double.parseDouble(System.getProperty("paperledge.fuzz.scale",
        "1"))));
    long seed = Long.getLong("paperledge.fuzz.seed", System.nanoTime());
    Random random = new Random(seed ^ name.hashCode());
    long started = System.nanoTime();
    long slowest = 0;
    int done = 0;
    boolean failed = false;
    try (Worker worker = new Worker(limit)) {
      for (; done < n; done++) {
        Choices choices = Choices.from(random);
        T value = gen.make(choices);
        long before = System.nanoTime();
        Throwable failure = worker.run(property, value);
        slowest = Math.max(slowest, System.nanoTime() - before);
        if (failure != null) {
          failed = true;
          done++;
          Shrunk<T> shrunk = shrink(gen, property, choices.recorded(), value, failure, worker);
          String literal = literal(shrunk.value());
          Path kept = counted ? FuzzReport.keep(name, literal) : null;
          throw new AssertionError(String.format("%s: case %d of %d failed (seed %d); shrunk in %d steps to%n%s%n"
              + "which fails with: %s%n(the whole case as a Java literal: %s)", name, done, n, seed, shrunk.steps(),
              literal.length() > 600 ? literal.substring(0, 600) + "... (" + literal.length() + " characters)"
                  : literal, shrunk.failure(), kept), shrunk.failure());
        }
      }
    } finally {
      if (counted) {
        FuzzReport.add(name, done, (System.nanoTime() - started) / 1e9, slowest / 1e6, failed);
      }
    }
  }

  /** A smallest failing case found, and how it fails. */
  record Shrunk<T>(T value, Throwable failure, int steps) {}

  /**
   * Deletes blocks of choices, then lowers single ones, keeping each change after which the case still fails
   * with the same kind of error, until nothing helps or the time is up.
   */
  private static <T> Shrunk<T> shrink(Gen<T> gen, Property<T> property, int[] recorded, T value,
      Throwable failure, Worker worker) {
    long deadline = System.nanoTime() + SHRINK_NANOS;
    int[] best = recorded;
    T bestValue = value;
    Throwable bestFailure = failure;
    int steps = 0;
    boolean improved = true;
    while (improved && System.nanoTime() < deadline) {
      improved = false;
      for (int block : new int[] {16, 8, 4, 2, 1}) {
        for (int i = 0; i + block <= best.length && System.nanoTime() < deadline; ) {
          int[] candidate = new int[best.length - block];
          System.arraycopy(best, 0, candidate, 0, i);
          System.arraycopy(best, i + block, candidate, i, best.length - i - block);
          Attempt<T> attempt = attempt(gen, property, candidate, bestFailure, worker);
          if (attempt != null) {
            best = attempt.choices();
            bestValue = attempt.value();
            bestFailure = attempt.failure();
            steps++;
            improved = true;
          } else {
            i++;
          }
        }
      }
      for (int i = 0; i < best.length && System.nanoTime() < deadline; i++) {
        for (int lower : new int[] {0, best[i] / 2, best[i] - 1}) {
          if (best[i] <= 0 || lower >= best[i] || lower < 0) {
            continue;
          }
          int[] candidate = best.clone();
          candidate[i] = lower;
          Attempt<T> attempt = attempt(gen, property, candidate, bestFailure, worker);
          if (attempt != null) {
            best = attempt.choices();
            bestValue = attempt.value();
            bestFailure = attempt.failure();
            steps++;
            improved = true;
            break;
          }
        }
      }
    }
    return new Shrunk<>(bestValue, bestFailure, steps);
  }

  private record Attempt<T>(int[] choices, T value, Throwable failure) {}

  /** The case made from {@code candidate}, if it still fails as {@code like} did; else null. */
  private static <T> Attempt<T> attempt(Gen<T> gen, Property<T> property, int[] candidate, Throwable like,
      Worker worker) {
    Choices choices = Choices.replaying(candidate);
    T value = gen.make(choices);
    Throwable failure = worker.run(property, value);
    if (failure == null || failure.getClass() != like.getClass()) {
      return null;
    }
    int[] used = choices.recorded();
    // what the generator used, when no longer: past the end of a list, replaying takes zeros
    return new Attempt<>(used.length <= candidate.length ? used : candidate, value, failure);
  }

  /** {@code value} as Java source: a string literal with every character outside printable ASCII escaped. */
  static String literal(Object value) {
    if (value instanceof String s) {
      StringBuilder out = new StringBuilder("\"");
      for (char ch : s.toCharArray()) {
        switch (ch) {
          case '\n' -> out.append("\\n");
          case '\t' -> out.append("\\t");
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          default -> out.append(ch >= 0x20 && ch < 0x7f ? String.valueOf(ch) : String.format("\\u%04x", (int) ch));
        }
      }
      return out.append('"').toString();
    }
    if (value instanceof byte[] bytes) {
      StringBuilder out = new StringBuilder("new byte[] {");
      for (int i = 0; i < bytes.length; i++) {
        out.append(i == 0 ? "" : ", ").append(bytes[i]);
      }
      return out.append('}').toString();
    }
    return String.valueOf(value);
  }

  /** Runs each case on a thread of its own, so that a case that hangs fails instead of hanging the build. */
  private static final class Worker implements AutoCloseable {
    private final Duration limit;
    private ExecutorService executor = start();

    Worker(Duration limit) {
      this.limit = limit;
    }

    private static ExecutorService start() {
      return Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-case");
        t.setDaemon(true);
        return t;
      });
    }

    /** How {@code property} failed for {@code value}, or null when it held. */
    <T> Throwable run(Property<T> property, T value) {
      Future<?> future = executor.submit(() -> {
        property.check(value);
        return null;
      });
      try {
        future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        return null;
      } catch (ExecutionException e) {
        return e.getCause();
      } catch (TimeoutException e) {
        future.cancel(true);
        executor.shutdownNow(); // the thread may be stuck for good: a new one takes the next case
        executor = start();
        return new CaseTimeout("took over " + limit.toMillis() + " ms");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return e;
      }
    }

    @Override
    public void close() {
      executor.shutdownNow();
    }
  }

  /** A case that did not finish in time. */
  static final class CaseTimeout extends Exception {
    CaseTimeout(String message) {
      super(message);
    }
  }
}
