package org.paperledge.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;

/**
 * Files that appear whole or not at all: written under a hidden temporary name beside their place
 * ({@code .NAME.RANDOM.part}) and renamed over it in one step. A reader never sees half a file, whether it reads
 * the output folder, a cache shared by parallel jobs, or a lexicon being edited; a killed writer leaves only a
 * {@code .part} file, which is never read, and a stopped one none ({@link TempFiles}).
 */
public final class AtomicFiles {
  /** The suffix of temporary files. */
  public static final String PART = ".part";

  private AtomicFiles() {}

  /** Whether {@code name} is the name of a temporary file made here. */
  public static boolean isPart(String name) {
    return name.startsWith(".") && name.endsWith(PART);
  }

  /** A new, empty temporary file beside {@code target}, for the caller to write and then {@link #moveIntoPlace}. */
  public static Path tempBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    return TempFiles.file(dir, "." + target.getFileName() + ".", PART);
  }

  /**
   * Opens a temporary file made by {@link #tempBeside} (or {@link TempFiles}) for writing. It is never made
   * again: once a stopped run has deleted it, writing fails instead of leaving a new one behind.
   */
  public static OutputStream openTemp(Path tmp) throws IOException {
    return Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** Writes {@code bytes} into a temporary file, as {@link #openTemp} opens it. */
  public static void writeTemp(Path tmp, byte[] bytes) throws IOException {
    try (OutputStream out = openTemp(tmp)) {
      out.write(bytes);
    }
  }

  /** Moves a finished temporary file over {@code target} in one step; the result is readable by everyone. */
  public static void moveIntoPlace(Path tmp, Path target) throws IOException {
    if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
      // temporary files are private; published ones are read by web servers, sync tools and other jobs
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot replace " + target + " in one step: " + e.getMessage(), e);
    }
    TempFiles.forget(tmp);
  }

  /**
   * Moves a finished temporary file over {@code target}, an existing file the user edits (a lexicon, a script),
   * in one step, keeping {@code target}'s permissions.
   */
  public static void replaceKeepingPermissions(Path tmp, Path target) throws IOException {
    java.nio.file.attribute.PosixFileAttributeView view = Files.getFileAttributeView(target,
        java.nio.file.attribute.PosixFileAttributeView.class);
    if (view != null) {
      Files.setPosixFilePermissions(tmp, view.readAttributes().permissions());
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot replace " + target + " in one step: " + e.getMessage(), e);
    }
  }

  /** Writes {@code bytes} as {@code target}, whole or not at all. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path tmp = tempBeside(target);
    try {
      writeTemp(tmp, bytes);
      moveIntoPlace(tmp, target);
    } finally {
      discard(tmp);
    }
  }

  /** Copies {@code source} to {@code target}, which appears whole or not at all. */
  public static void copy(Path source, Path target) throws IOException {
    Path tmp = tempBeside(target);
    try {
      try (OutputStream out = openTemp(tmp)) {
        Files.copy(source, out);
      }
      moveIntoPlace(tmp, target);
    } finally {
      discard(tmp);
    }
  }

  /**
   * Writes {@code bytes} as {@code target} unless it already holds exactly those bytes (then it is left
   * untouched, modification time included).
   *
   * @return whether the file was written
   */
  public static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
    if (Files.isRegularFile(target) && Files.size(target) == bytes.length
        && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
    }
    write(target, bytes);
    return true;
  }

  /** Deletes a temporary file that was not moved into place (after a failure); a no-op once it was. */
  public static void discard(Path tmp) throws IOException {
    try {
      Files.deleteIfExists(tmp);
    } finally {
      TempFiles.forget(tmp);
    }
  }

  /** Deletes a folder and everything in it, ignoring what is already gone or cannot be deleted. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException e) {
      // a leftover temporary folder is harmless (one changing as it is walked is deleted again by TempFiles)
    }
  }
}
