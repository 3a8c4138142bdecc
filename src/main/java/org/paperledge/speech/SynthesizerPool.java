package org.paperledge.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperledge.model.ToolException;
import org.paperledge.model.VoiceDesign;

/**
 * Synthesis threads, each with its own {@link Synthesizer}: MaryTTS keeps per-instance settings, so instances are
 * never shared between threads.
 *
 * <p>Nothing starts until needed. {@link #prepare()} starts the first synthesizer (and warms MaryTTS up) in the
 * background, as soon as it is known that something must be synthesized, so that work served from a cache goes
 * on meanwhile; a thread that needs a synthesizer before then starts it itself. The other threads start theirs
 * when first needed, after the first.
 *
 * <p>Why it is a little over 250 lines: starting, warming, handing out and closing the threads' synthesizers
 * share one lock and one state, and closing must wait for the sentences under way (a cache write cut short
 * otherwise).
 */
public final class SynthesizerPool implements AutoCloseable {
  /** Starts a synthesizer. */
  public interface Factory {
    Synthesizer start() throws ToolException;
  }

  /** Work done on a synthesis thread, which may use that thread's synthesizer. */
  public interface Task<T> {
    T run(Lease synthesizer) throws Exception;
  }

  /** This thread's synthesizer, started only when asked for (work served from a cache never waits for it). */
  public interface Lease {
    Synthesizer get() throws ToolException;
  }

  /** How long closing waits for the sentences being synthesized: longer than any one sentence takes. */
  private static final long CLOSE_WAIT_SECONDS = 20;

  private final Factory factory;
  private final int threads;
  private final String description;
  private final List<Synthesizer> started = new ArrayList<>();
  private final ThreadLocal<Synthesizer> mine = new ThreadLocal<>();
  /** The first synthesizer, once asked for (taken by a thread once {@link #firstTaken}). */
  private CompletableFuture<Synthesizer> first;
  private boolean firstTaken;
  /**
   * Open once the first synthesizer has finished its first synthesis (or could not be had): MaryTTS starts its
   * modules during a first synthesis, without locking, so no other synthesizer starts before.
   */
  private final java.util.concurrent.CountDownLatch firstSynthesis = new java.util.concurrent.CountDownLatch(1);
  private ExecutorService executor;

  private SynthesizerPool(Factory factory, int threads, String description) {
    this.factory = factory;
    this.threads = threads;
    this.description = description;
  }

  /**
   * A pool of up to {@code threads} synthesizers made by {@code factory}; none is started yet.
   *
   * @param description what {@link Synthesizer#describe()} will say of the synthesizers, known beforehand
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public static SynthesizerPool of(Factory factory, int threads, String description) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    return new SynthesizerPool(factory, threads, description);
  }

  /** A pool of one thread using {@code synthesizer}. */
  public static SynthesizerPool of(Synthesizer synthesizer) {
    SynthesizerPool pool = new SynthesizerPool(() -> {
      throw new IllegalStateException("a pool of one synthesizer starts no other");
    }, 1, synthesizer.describe());
    pool.first = CompletableFuture.completedFuture(synthesizer);
    return pool;
  }

  /** The number of synthesis threads. */
  public int threads() {
    return threads;
  }

  /** The engine and voice, as {@link Synthesizer#describe()} gives it. */
  public String describe() {
    return description;
  }

  /** Starts the first synthesizer in the background, unless it is started or starting already. */
  public synchronized void prepare() {
    if (first != null || firstTaken) {
      return;
    }
    CompletableFuture<Synthesizer> starting = new CompletableFuture<>();
    first = starting;
    Thread starter = new Thread(() -> {
      try {
        starting.complete(factory.start());
      } catch (Throwable e) {
        starting.completeExceptionally(e);
      }
    }, "paperledge-synthesis-start");
    starter.setDaemon(true);
    starter.start();
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
    Callable<T> call = () -> task.run(this::synthesizer);
    return executor.submit(call);
  }

  /** This thread's synthesizer, started if need be. */
  private Synthesizer synthesizer() throws ToolException {
    Synthesizer s = mine.get();
    if (s == null) {
      CompletableFuture<Synthesizer> take = null;
      synchronized (this) {
        if (!firstTaken) {
          prepare();
          take = first;
          firstTaken = true;
        }
      }
      if (take != null) {
        try {
          s = new FirstSynthesis(await(take), firstSynthesis);
        } catch (ToolException e) {
          firstSynthesis.countDown();
          take.thenAccept(Synthesizer::close); // started after all, later: nobody will use it
          throw e;
        }
      } else {
        try {
          firstSynthesis.await(); // the thread that took the first is synthesizing with it right now
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ToolException("interrupted while speech synthesis started", e);
        }
        s = factory.start();
      }
      synchronized (this) {
        started.add(s);
      }
      mine.set(s);
    }
    return s;
  }

  /** The first synthesizer: opens {@code done} when its first synthesis is over, however it ended. */
  private static final class FirstSynthesis implements Synthesizer {
    private final Synthesizer delegate;
    private final java.util.concurrent.CountDownLatch done;

    FirstSynthesis(Synthesizer delegate, java.util.concurrent.CountDownLatch done) {
      this.delegate = delegate;
      this.done = done;
    }

    @Override
    public org.paperledge.model.Pcm synthesize(List<Token> tokens, double rate) throws ToolException {
      try {
        return delegate.synthesize(tokens, rate);
      } finally {
        done.countDown();
      }
    }

    @Override
    public org.paperledge.model.Pcm synthesize(List<Token> tokens, double rate, VoiceDesign design,
        ProsodyMarks marks) throws ToolException {
      try {
        return delegate.synthesize(tokens, rate, design, marks);
      } finally {
        done.countDown();
      }
    }

    @Override
    public String describe() {
      return delegate.describe();
    }

    @Override
    public void close() {
      done.countDown();
      delegate.close();
    }
  }

  private static Synthesizer await(CompletableFuture<Synthesizer> future) throws ToolException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ToolException("interrupted while starting speech synthesis", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ToolException t) {
        throw t;
      }
      throw new ToolException("speech synthesis failed to start: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    CompletableFuture<Synthesizer> starting;
    boolean taken;
    ExecutorService running;
    synchronized (this) {
      running = executor;
      if (executor != null) {
        executor.shutdownNow();
      }
      starting = first;
      taken = firstTaken;
    }
    if (running != null) {
      // A sentence being synthesized ends (and is stored whole, or its temporary file removed) before the
      // synthesizers close; this matters when the JVM is stopping, which halts once closing is over.
      try {
        running.awaitTermination(CLOSE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (starting != null) {
      // Let it finish starting (MaryTTS cannot shut down while it starts); close it if no thread took it.
      try {
        Synthesizer s = starting.get(2, java.util.concurrent.TimeUnit.MINUTES);
        if (!taken) {
          s.close();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
        // it failed to start, or hangs: nothing to close
      }
    }
    List<Synthesizer> all;
    synchronized (this) {
      all = new ArrayList<>(started);
    }
    for (Synthesizer s : all) {
      s.close();
    }
  }
}
