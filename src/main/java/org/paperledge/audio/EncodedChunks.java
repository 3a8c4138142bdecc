package org.paperledge.audio;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

/**
 * Content-addressed store of encoded MP3 chunks (see {@link EpisodeMaster}), beside the segment cache: the key
 * is a hash of the chunk's samples and of the encoder and its settings. Entries appear whole or not at all
 * (written under a temporary name, then renamed), and a read touches the entry so that pruning drops the least
 * recently used first.
 */
public final class EncodedChunks {
  /** The sub-folder of the cache folder that holds encoded chunks. */
  public static final String FOLDER = "encoded";
  /** The file name extension of an entry. */
  public static final String EXTENSION = ".mp3";

  private final Path cacheDir;
  private final Path dir;

  /** @param cacheDir the cache folder */
  public EncodedChunks(Path cacheDir) {
    this.cacheDir = cacheDir;
    this.dir = cacheDir.resolve(FOLDER);
  }

  /** The cache folder. */
  Path cacheDir() {
    return cacheDir;
  }

  /** Copies the entry for {@code key} to {@code target}; false when there is none. */
  boolean copyTo(String key, Path target) {
    Path file = path(key);
    try {
      Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      try {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
      } catch (IOException e) {
        // a read-only shared cache still serves hits
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Stores a copy of {@code encoded} under {@code key}; failing to store only costs speed later. */
  void put(String key, Path encoded) {
    Path file = path(key);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), ".", ".part");
      try {
        Files.copy(encoded, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        // another writer stored the same content first
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      // a full or read-only cache only costs speed
    }
  }

  private Path path(String key) {
    return dir.resolve(key.substring(0, 2)).resolve(key + EXTENSION);
  }
}
