package org.paperledge.host;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.paperledge.files.AtomicFiles;
import org.paperledge.files.TempFiles;

/** A folder as a host: a web root on this machine or mounted on it. */
final class FolderStore implements Store {
  private final Path dir;

  FolderStore(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
  }

  @Override
  public Optional<byte[]> read(String name) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(dir.resolve(name)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public void put(String name, Path source, FileKind kind) throws IOException {
    Path tmp = dir.resolve(Store.temporaryName(name));
    try {
      Files.deleteIfExists(tmp); // left by a run that was killed
      TempFiles.track(Files.createFile(tmp));
      try (var out = AtomicFiles.openTemp(tmp)) {
        Files.copy(source, out);
      }
      if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--")); // web servers read it
      }
      Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot rename files atomically there: " + e.getMessage(), e);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw new IOException(message(e), e);
    } finally {
      TempFiles.forget(tmp);
    }
  }

  @Override
  public void delete(String name) throws IOException {
    Files.deleteIfExists(dir.resolve(name));
  }

  @Override
  public void close() {}

  /** The JDK names only the file for some errors; say what happened. */
  private static String message(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
        ? fse.getReason() : e.getMessage();
    return switch (kind) {
      case "AccessDenied" -> "permission denied";
      case "NoSuchFile" -> "no such file or folder: " + e.getMessage();
      default -> reason;
    };
  }
}
