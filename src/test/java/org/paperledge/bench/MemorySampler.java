package org.paperledge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Samples the resident memory of a running process and of all its descendants from {@code /proc}, at a fixed
 * interval on a thread of its own, until the process ends or the sampler is closed.
 *
 * <p>Two peaks are kept: the process's own high-water mark ({@code VmHWM}, kept by the kernel, so exact up to the
 * last sample), and the largest sum of {@code VmRSS} over the process and its descendants seen at one sample
 * (a lower bound of the true peak of the sum, since short spikes between samples are missed). Pages shared
 * between processes are counted once per process; a child caught between being spawned and running its
 * program, which still shares the JVM's memory (it still runs the JVM's program), is not counted. Without
 * {@code /proc} both stay 0.
 */
final class MemorySampler implements AutoCloseable {
  private final ProcessHandle root;
  private final long intervalMillis;
  private final Thread thread;
  private volatile boolean stopped;
  private volatile long rootPeakKb;
  private volatile long treePeakKb;
  private volatile int samples;

  private MemorySampler(ProcessHandle root, Duration interval) {
    this.root = root;
    this.intervalMillis = interval.toMillis();
    this.thread = new Thread(this::loop, "memory-sampler-" + root.pid());
    thread.setDaemon(true);
  }

  /** Starts sampling {@code root} and its descendants every {@code interval}. */
  static MemorySampler start(ProcessHandle root, Duration interval) {
    MemorySampler sampler = new MemorySampler(root, interval);
    sampler.thread.start();
    return sampler;
  }

  private void loop() {
    while (!stopped && root.isAlive()) {
      sample();
      try {
        Thread.sleep(intervalMillis);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample() {
    Optional<String> status = status(root.pid());
    if (status.isEmpty()) {
      return;
    }
    long hwm = kilobytes(status.get(), "VmHWM");
    long sum = Math.max(0, kilobytes(status.get(), "VmRSS"));
    Optional<Path> rootProgram = program(root.pid());
    List<ProcessHandle> descendants = root.descendants().toList();
    for (ProcessHandle child : descendants) {
      if (!ownsItsMemory(program(child.pid()), rootProgram)) {
        continue;
      }
      sum += status(child.pid()).filter(MemorySampler::ownsItsMemory)
          .map(s -> Math.max(0, kilobytes(s, "VmRSS"))).orElse(0L);
    }
    rootPeakKb = Math.max(rootPeakKb, hwm);
    treePeakKb = Math.max(treePeakKb, sum);
    samples++;
  }

  private static Optional<String> status(long pid) {
    try {
      return Optional.of(Files.readString(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // ended between listing and reading, or no /proc
    }
  }

  /** The program a process runs ({@code /proc/PID/exe}), if it can be read. */
  private static Optional<Path> program(long pid) {
    try {
      return Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * False for a child that still runs the JVM's own program: the JVM starts a program by cloning itself
   * without copying its memory (posix_spawn), and until the clone has executed the program its VmRSS is the
   * JVM's own; it carries the name of the Java thread that started it. The pipeline starts no other Java
   * process.
   */
  static boolean ownsItsMemory(Optional<Path> childProgram, Optional<Path> rootProgram) {
    return childProgram.isEmpty() || rootProgram.isEmpty() || !childProgram.equals(rootProgram);
  }

  /**
   * False for a child named "java": one that still shares the JVM's memory, when its program cannot be read
   * (see {@link #ownsItsMemory(Optional, Optional)}).
   */
  static boolean ownsItsMemory(String status) {
    for (String line : status.split("\n")) {
      if (line.startsWith("Name:")) {
        return !line.substring(5).strip().equals("java");
      }
    }
    return true;
  }

  /**
   * The value of {@code field} in the text of a {@code /proc/PID/status} file, in kB (as the kernel gives it:
   * units of 1024 bytes); -1 if the field is absent, as in a zombie's status.
   */
  static long kilobytes(String status, String field) {
    String prefix = field + ":";
    for (String line : status.split("\n")) {
      if (line.startsWith(prefix)) {
        String[] parts = line.substring(prefix.length()).strip().split("\\s+");
        if (parts.length == 2 && parts[1].equals("kB")) {
          return Long.parseLong(parts[0]);
        }
        throw new IllegalArgumentException("unexpected status line: " + line);
      }
    }
    return -1;
  }

  /** The process's own peak resident memory in bytes, as of the last sample. */
  long rootPeakBytes() {
    return rootPeakKb * 1024;
  }

  /** The largest resident memory of the process and its descendants together at one sample, in bytes. */
  long treePeakBytes() {
    return treePeakKb * 1024;
  }

  /** How many samples were taken. */
  int samples() {
    return samples;
  }

  /** Stops sampling and waits for the sampling thread. */
  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
