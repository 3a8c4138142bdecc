package org.paperledge.audio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.exec.ProcessDestroyer;

/**
 * The programs {@link ProcessRunner} has started and that are still running. Commons Exec adds each one as it
 * starts and removes it when it ends; {@link #stop} kills those left, and any started after it, so that no FFmpeg
 * goes on writing into a work folder after its run has stopped.
 */
final class Children implements ProcessDestroyer {
  private final Set<Process> running = new LinkedHashSet<>();
  private boolean stopped;

  @Override
  public boolean add(Process process) {
    synchronized (running) {
      if (!stopped) {
        return running.add(process);
      }
    }
    process.destroyForcibly();
    return false;
  }

  @Override
  public boolean remove(Process process) {
    synchronized (running) {
      return running.remove(process);
    }
  }

  @Override
  public int size() {
    synchronized (running) {
      return running.size();
    }
  }

  boolean stopped() {
    synchronized (running) {
      return stopped;
    }
  }

  /** Kills every running program and waits up to {@code wait}, in all, for them to end; how many there were. */
  int stop(Duration wait) {
    List<Process> all;
    synchronized (running) {
      stopped = true;
      all = new ArrayList<>(running);
    }
    // Killed outright: a program told to stop politely may still write its output first.
    all.forEach(Process::destroyForcibly);
    long deadline = System.nanoTime() + wait.toNanos();
    for (Process process : all) {
      try {
        process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return all.size();
  }

  /** Starts programs again after {@link #stop}: for tests, which stop and go on in one JVM. */
  void resume() {
    synchronized (running) {
      stopped = false;
    }
  }
}
