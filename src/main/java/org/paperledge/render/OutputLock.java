package org.paperledge.render;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * An exclusive lock on an output folder, so that two render or feed commands never write it at once: the second
 * waits, saying so. The operating system releases it when the process ends, however it ends.
 */
public final class OutputLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock on {@code outDir}, telling {@code waiting} if another process holds it. */
  public static OutputLock take(Path outDir, Consumer<String> waiting) throws IOException {
    // The lock file lives outside the output folder, so that a run that fails leaves that folder untouched.
    Path locks = Path.of(System.getProperty("java.io.tmpdir"), "paperledge-locks");
    Files.createDirectories(locks);
    String name = hash(outDir.toAbsolutePath().normalize().toString()) + ".lock";
    FileChannel channel = FileChannel.open(locks.resolve(name), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    try {
      FileLock lock = tryLock(channel);
      if (lock == null) {
        waiting.accept("waiting for another paperledge command to finish with " + outDir);
        while (lock == null) {
          Thread.sleep(100);
          lock = tryLock(channel);
        }
      }
      removeStaleParts(outDir);
      return new OutputLock(channel, lock);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new IOException("interrupted while waiting for " + outDir, e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Deletes temporary files a killed run left in {@code outDir}: only the lock's holder writes there, so once
   * the lock is taken every {@code .part} file is stale. They were never published, so nothing refers to them.
   */
  private static void removeStaleParts(Path outDir) throws IOException {
    if (!Files.isDirectory(outDir)) {
      return;
    }
    try (var files = Files.list(outDir)) {
      for (Path file : files.filter(p -> org.paperledge.files.AtomicFiles.isPart(p.getFileName().toString()))
          .toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** The lock, or null while another process, or another command in this one, holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return null;
    }
  }

  private static String hash(String text) {
    return org.paperledge.files.Digest.hex(text).substring(0, 32);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
