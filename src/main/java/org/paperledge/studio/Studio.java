package org.paperledge.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.paperledge.cache.CacheFolder;
import org.paperledge.lint.Finding;
import org.paperledge.render.Preview;
import org.paperledge.render.Voices;
import org.paperledge.speech.MaryLexicon;

/**
 * The studio's session: one episode, watched and rebuilt as its files change, with MaryTTS, the segment cache and
 * the last build's audio kept warm in between. Builds run one at a time on the studio's own thread; a burst of
 * file events (an editor writing in steps, or through a rename) makes one build, once the files have been quiet
 * for {@value #QUIET_MILLIS} ms.
 */
public final class Studio implements AutoCloseable {
  /** How long the files must be quiet before a build starts. */
  static final long QUIET_MILLIS = 40;
  /** The longest a build waits for quiet files. */
  static final long MAX_WAIT_MILLIS = 250;
  /**
   * What the episode is made from.
   *
   * @param script the script
   * @param showFile the show file
   * @param voices the folder of voice profiles and lexicons
   */
  public record Inputs(Path script, Path showFile, Path voices) {
    public Inputs {
      Objects.requireNonNull(script, "script");
      Objects.requireNonNull(showFile, "showFile");
      Objects.requireNonNull(voices, "voices");
    }
  }

  /** Where the studio tells, one line at a time, what each build did. */
  @FunctionalInterface
  public interface Log {
    void line(String text);
  }

  private final Inputs inputs;
  private final Voices voices;
  private final Builder builder;
  private final Pronunciations pronunciations;
  private final Log log;
  private final AtomicReference<State> state = new AtomicReference<>(State.initial());
  private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
  private final Object signal = new Object();
  private final Thread thread;
  private FileWatcher watcher;
  /** Whether an edit waits to be built; when its first file event came, and its last ({@link System#nanoTime()}). */
  private boolean pending;
  private long pendingSince;
  private long lastEvent;
  private volatile boolean closed;

  private Studio(Inputs inputs, Voices voices, CacheFolder cache, MaryLexicon mary, Log log) {
    this.inputs = inputs;
    this.voices = voices;
    Preview preview = new Preview(voices, cache);
    this.builder = new Builder(inputs, preview, mary);
    this.pronunciations = new Pronunciations(() -> state.get().good(), preview, inputs.voices(),
        () -> changed(System.nanoTime()));
    this.log = log;
    this.thread = new Thread(this::run, "paperledge-studio");
  }

  /**
   * Opens the studio on {@code inputs}; {@link #start()} builds the episode (in the background), and then again
   * whenever one of its files changes.
   *
   * @param voices the synthesizers, closed with the studio
   * @param cache the segment cache: the studio needs one, since lines are told apart by their cache keys
   */
  public static Studio open(Inputs inputs, Voices voices, CacheFolder cache, Log log) throws IOException {
    return new Studio(inputs, voices, Objects.requireNonNull(cache, "cache"), MaryLexicon.load(), log);
  }

  /** Starts watching the files, and the first build. */
  public void start() throws IOException {
    watcher = new FileWatcher(List.of(inputs.script(), inputs.showFile()), inputs.voices(), this::changed);
    changed(System.nanoTime());
    thread.start();
  }

  /** What the page shows now. */
  State state() {
    return state.get();
  }

  /** Tells {@code listener} of every new state, on the studio's thread (it must not block). */
  void listen(Consumer<State> listener) {
    listeners.add(listener);
  }

  Pronunciations pronunciations() {
    return pronunciations;
  }

  /** One of the files changed at {@code nanos}: a build follows once they are quiet. */
  void changed(long nanos) {
    synchronized (signal) {
      if (!pending) {
        pending = true;
        pendingSince = nanos;
      }
      lastEvent = nanos;
      signal.notifyAll();
    }
  }

  private void run() {
    try {
      while (!closed) {
        long since;
        long waited;
        synchronized (signal) {
          while (!pending && !closed) {
            signal.wait();
          }
          long now = System.nanoTime();
          while (!closed && now - lastEvent < QUIET_MILLIS * 1_000_000
              && now - pendingSince < MAX_WAIT_MILLIS * 1_000_000) {
            signal.wait(Math.max(1, QUIET_MILLIS - (now - lastEvent) / 1_000_000));
            now = System.nanoTime();
          }
          since = pendingSince;
          waited = now - since;
          pending = false;
        }
        if (!closed) {
          build(since, waited);
        }
      }
    } catch (InterruptedException e) {
      // closing
    }
  }

  private void build(long since, long waited) {
    long[] told = {0};
    Builder.Outcome outcome;
    try {
      outcome = builder.build(state.get().good(), since, waited, (done, total) -> {
        if (System.nanoTime() - told[0] > 200_000_000L || done == total) {
          told[0] = System.nanoTime();
          publish(state.get().doing("speaking " + done + " of " + total + " sentences"));
        }
      });
    } catch (RuntimeException e) {
      outcome = Builder.Outcome.failed(List.of(new Finding(inputs.script(), 0, 0, Finding.Severity.ERROR,
          "internal error: " + e, Optional.empty())));
    }
    if (closed) {
      return;
    }
    if (outcome.snapshot().isPresent()) {
      Snapshot built = outcome.snapshot().get();
      publish(state.get().built(built));
      Snapshot.Stats s = built.stats();
      log.line(String.format(Locale.ROOT, "built in %.2f s: %d synthesized, %d from the cache, %d kept; %s of"
          + " audio (version %d)", s.millis() / 1000.0, s.synthesized(), s.fromCache(), s.kept(),
          clock(built.audio().seconds()), built.audio().version()));
      if (!state.get().warm()) {
        warmUp(built);
      }
    } else {
      publish(state.get().failed(outcome.problems()));
      outcome.problems().forEach(p -> log.line(p.format()));
      log.line(state.get().good().isPresent() ? "the page keeps playing the last version that built"
          : "nothing to play until the script builds");
    }
  }

  private void warmUp(Snapshot built) {
    String problem = WarmUp.run(built, voices, () -> closed);
    if (problem != null) {
      log.line("warning: " + problem);
    }
    if (!closed) {
      publish(state.get().warmed());
      log.line("ready: MaryTTS is warm");
    }
  }

  private void publish(State next) {
    state.set(next);
    for (Consumer<State> listener : listeners) {
      listener.accept(next);
    }
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /**
   * Stops watching and building: a build under way stops at its next line, a sentence being synthesized ends and
   * is stored whole, and an entry being kept is written whole, before the synthesizers close.
   */
  @Override
  public void close() {
    closed = true;
    if (watcher != null) {
      watcher.close();
    }
    pronunciations.close();
    thread.interrupt();
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    voices.close();
  }
}
