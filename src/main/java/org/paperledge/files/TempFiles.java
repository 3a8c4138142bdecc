package org.paperledge.files;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The temporary files and folders this process has made and not yet renamed into place or deleted: {@code .part}
 * files beside published files and cache entries, work folders under {@code java.io.tmpdir}. A run that is
 * stopped (SIGTERM, Ctrl-C) deletes them all on its way out ({@link #stop}); from then on no new one can be made,
 * so work still going on other threads fails at its next temporary file instead of leaving one behind.
 */
public final class TempFiles {
  private static final Set<Path> LIVE = new LinkedHashSet<>();
  private static boolean stopped;

  private TempFiles() {}

  /**
   * Records {@code path}, just made, as temporary: it is deleted if the process is stopped before it is
   * {@linkplain #forget forgotten}.
   *
   * @throws InterruptedIOException when the process is stopping (then {@code path} is deleted at once)
   */
  public static Path track(Path path) throws IOException {
    synchronized (LIVE) {
      if (!stopped) {
        LIVE.add(path);
        return path;
      }
    }
    AtomicFiles.deleteTree(path);
    throw new InterruptedIOException("stopping: no new temporary files");
  }

  /** Forgets {@code path}: it was moved into place or deleted. */
  public static void forget(Path path) {
    synchronized (LIVE) {
      LIVE.remove(path);
    }
  }

  /** A new, tracked folder under {@code java.io.tmpdir}. */
  public static Path folder(String prefix) throws IOException {
    return track(Files.createTempDirectory(prefix));
  }

  /** A new, tracked folder inside {@code dir}. */
  public static Path folder(Path dir, String prefix) throws IOException {
    return track(Files.createTempDirectory(dir, prefix));
  }

  /** A new, tracked, empty file in {@code dir}. */
  public static Path file(Path dir, String prefix, String suffix) throws IOException {
    return track(Files.createTempFile(dir, prefix, suffix));
  }

  /** A new, tracked, empty file under {@code java.io.tmpdir}. */
  public static Path file(String prefix, String suffix) throws IOException {
    return track(Files.createTempFile(prefix, suffix));
  }

  /** Deletes a tracked file or folder (with everything in it), then forgets it. */
  public static void delete(Path path) {
    AtomicFiles.deleteTree(path);
    forget(path);
  }

  /** How many temporary files and folders are tracked now. */
  public static int count() {
    synchronized (LIVE) {
      return LIVE.size();
    }
  }

  /** Whether {@link #stop} has run. */
  public static boolean stopped() {
    synchronized (LIVE) {
      return stopped;
    }
  }

  /**
   * Deletes every tracked file and folder and refuses new ones from now on; the number deleted. Run it after
   * the programs writing into them have been stopped.
   */
  public static int stop() {
    List<Path> all;
    synchronized (LIVE) {
      stopped = true;
      all = new ArrayList<>(LIVE);
      LIVE.clear();
    }
    all.forEach(TempFiles::deleteAgainAndAgain);
    return all.size();
  }

  /**
   * Deletes {@code path}, a folder first renamed away, again while something is left: a thread of this process may
   * still be making a file in a work folder (it fails at the next one, as the folder is gone).
   */
  private static void deleteAgainAndAgain(Path path) {
    if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      // first out of the way, in one rename: a thread still writing by the old name fails at its next file
      Path gone = path.resolveSibling(path.getFileName() + ".stopped");
      try {
        Files.move(path, gone, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        path = gone;
      } catch (IOException e) {
        // deleted where it is, again while something is left
      }
    }
    for (int attempt = 0; attempt < 5 && Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS); attempt++) {
      if (attempt > 0) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      AtomicFiles.deleteTree(path);
    }
  }

  /** Takes temporary files again after {@link #stop}: for tests, which stop and go on in one JVM. */
  static void resume() {
    synchronized (LIVE) {
      stopped = false;
    }
  }
}
