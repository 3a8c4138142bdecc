package org.paperledge.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.paperledge.audio.ProcessRunner;
import org.paperledge.files.TempFiles;

/**
 * How a run ends when it is stopped (SIGTERM, or Ctrl-C's SIGINT): the JVM runs its shutdown hooks, then exits
 * with 143 or 130. The hook here kills the FFmpeg processes still running, then deletes every temporary file
 * and work folder the run made ({@link TempFiles}); the output lock goes with the process. Every published
 * file was moved into place whole, so what is published stays as it was or whole and new, as after a crash;
 * the next run finds what is missing and makes it.
 *
 * <p>Nothing waits for the work in progress: it cannot publish anything partial, and new temporary files are
 * refused from now on, so the threads still running fail at their next step and are stopped with the JVM.
 * Their failures are not printed ({@link #stopping}). The same hook runs at a normal exit, where it only
 * deletes what is meant to last for the run alone (an FFmpeg extracted for it).
 */
final class Stop {
  /** How long the hook waits for killed programs to be gone before deleting the folders they wrote to. */
  private static final Duration CHILDREN_WAIT = Duration.ofMillis(800);
  private static volatile boolean stopping;
  private static volatile boolean finished;

  private Stop() {}

  /** Installs the hook, once per process (only {@link Main#main} does: tests run many commands in one JVM). */
  static void install(PrintStream err) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> onExit(err), "paperledge-stop"));
  }

  /** The command returned: what follows is a normal exit. */
  static void finished() {
    finished = true;
  }

  /** Whether the run is being stopped: failures from now on are its consequence, not news. */
  static boolean stopping() {
    return stopping;
  }

  private static void onExit(PrintStream err) {
    stopping = !finished;
    int children = ProcessRunner.stopChildren(CHILDREN_WAIT);
    int files = TempFiles.stop();
    if (stopping) {
      err.println("paperledge: stopped; " + plural(children, "program") + " ended, " + plural(files,
          "temporary file or folder", "temporary files or folders") + " deleted");
      err.flush();
    }
  }

  private static String plural(int n, String one) {
    return plural(n, one, one + "s");
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
