package org.paperledge.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperledge.audio.ToolException;

/**
 * Synthesis threads, each with its own {@link Synthesizer}: MaryTTS keeps per-instance settings, so instances are
 * never shared between threads. The first synthesizer is started (and warmed up) by {@link #start} on the calling
 * thread, before any other thread touches MaryTTS; the others start on their threads when first needed.
 */
public final class SynthesizerPool implements AutoCloseable {
  /** Starts a synthesizer. */
  public interface Factory {
    Synthesizer start() throws ToolException;
  }

  /** Work done on a synthesis thread with that thread's synthesizer. */
  public interface Task<T> {
    T run(Synthesizer synthesizer) throws Exception;
  }

  private final Factory factory;
  private final int threads;
  private final String description;
  private final List<Synthesizer> started = new ArrayList<>();
  private final List<Synthesizer> idle = new ArrayList<>();
  private final ThreadLocal<Synthesizer> mine = new ThreadLocal<>();
  private ExecutorService executor;

  private SynthesizerPool(Factory factory, int threads, Synthesizer first) {
    this.factory = factory;
    this.threads = threads;
    this.description = first.describe();
    started.add(first);
    idle.add(first);
  }

  /**
   * Starts the first synthesizer now; up to {@code threads} synthesize at once.
   *
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public static SynthesizerPool start(Factory factory, int threads) throws ToolException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    return new SynthesizerPool(factory, threads, factory.start());
  }

  /** A pool of one thread using {@code synthesizer}. */
  public static SynthesizerPool of(Synthesizer synthesizer) {
    return new SynthesizerPool(() -> {
      throw new IllegalStateException("a pool of one synthesizer starts no other");
    }, 1, synthesizer);
  }

  /** The number of synthesis threads. */
  public int threads() {
    return threads;
  }

  /** The engine and voice, as {@link Synthesizer#describe()} gives it. */
  public String describe() {
    return description;
  }

  /** Runs {@code task} on a synthesis thread. */
  public synchronized <T> Future<T> submit(Task<T> task) {
    if (executor == null) {
      AtomicInteger count = new AtomicInteger();
      executor = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "paperledge-synthesis-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    }
    Callable<T> call = () -> task.run(synthesizer());
    return executor.submit(call);
  }

  /** This thread's synthesizer, started if need be. */
  private Synthesizer synthesizer() throws ToolException {
    Synthesizer s = mine.get();
    if (s == null) {
      synchronized (this) {
        if (!idle.isEmpty()) {
          s = idle.remove(idle.size() - 1);
        }
      }
      if (s == null) {
        s = factory.start();
        synchronized (this) {
          started.add(s);
        }
      }
      mine.set(s);
    }
    return s;
  }

  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
    for (Synthesizer s : started) {
      s.close();
    }
  }
}
