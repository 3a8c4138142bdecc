package org.paperledge.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;

/** File moves that publish complete files only. */
final class Publisher {
  private Publisher() {}

  /** Moves a finished temporary file over its published name in one step. */
  static void moveIntoPlace(Path tmp, Path target) throws IOException {
    if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
      // temporary files are private; published ones are read by web servers and sync tools
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot publish " + target + " atomically: " + e.getMessage(), e);
    }
  }

  /**
   * Publishes {@code bytes} as {@code target} through a temporary file beside it, unless {@code target} already
   * holds exactly those bytes (then it is left untouched, modification time included).
   *
   * @return whether the file was written
   */
  static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
    if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
    }
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
    try {
      Files.write(tmp, bytes);
      moveIntoPlace(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return true;
  }

  /** Deletes a folder and everything in it, ignoring what is already gone. */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
