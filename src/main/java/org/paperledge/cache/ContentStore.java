package org.paperledge.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.paperledge.files.AtomicFiles;

/**
 * A folder of content-addressed entries: a key (the hex hash of everything the content depends on) to bytes.
 *
 * <p>Each entry holds, around its bytes, the key it was stored under, its length and a checksum, so an entry
 * that is truncated, has flipped bytes, or belongs to another key (a partly restored CI cache, a disk that
 * filled up on another machine) is detected when read: it is dropped, reported, and the caller makes the content
 * again. Entries are written under a temporary name and renamed, so parallel jobs and machines can share the
 * folder. Reading an entry touches its modification time, which {@link CacheFolder#prune} uses to drop the least
 * recently used first. A store that cannot be written (a full or read-only disk) says so once and goes on without
 * keeping anything: a cache only saves time.
 */
public final class ContentStore {
  private static final int MAGIC = 0x504C4332; // "PLC2"
  /** Magic, key length, key, payload length, then the payload and a CRC-32C of everything before it. */
  private static final int FIXED = 4 + 2 + 8 + 4;

  private final Path dir;
  private final String extension;
  private final CacheEvents events;
  private final AtomicBoolean unwritable = new AtomicBoolean();

  ContentStore(Path dir, String extension, CacheEvents events) {
    this.dir = dir;
    this.extension = extension;
    this.events = events;
  }

  /** The folder. */
  public Path dir() {
    return dir;
  }

  /** Whether there is an entry for {@code key} (it may still turn out damaged when read). */
  public boolean contains(String key) {
    return Files.isRegularFile(path(key));
  }

  /** The bytes stored under {@code key}, if there is a whole entry for it. */
  public Optional<byte[]> get(String key) {
    Path file = path(key);
    byte[] entry;
    try {
      entry = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      if (!Files.isDirectory(file.getParent())) {
        return Optional.empty(); // no folder for it (a file in the way): a miss, which put() reports once
      }
      events.damaged(file, "cannot be read: " + e.getMessage());
      return Optional.empty();
    }
    String problem = check(entry, key);
    if (problem != null) {
      if (!problem.isEmpty()) {
        events.damaged(file, problem);
      }
      drop(file);
      return Optional.empty();
    }
    touch(file);
    int keyLength = ByteBuffer.wrap(entry, 4, 2).getShort() & 0xffff;
    int offset = 4 + 2 + keyLength + 8;
    return Optional.of(java.util.Arrays.copyOfRange(entry, offset, entry.length - 4));
  }

  /**
   * What is wrong with {@code entry} for {@code key}: null when nothing, empty when it is an entry of an earlier
   * format (an ordinary miss, not damage), else a description.
   */
  static String check(byte[] entry, String key) {
    if (entry.length < 4) {
      return "truncated (" + entry.length + " bytes)";
    }
    ByteBuffer in = ByteBuffer.wrap(entry);
    if (in.getInt(0) != MAGIC) {
      if (entry.length < FIXED) {
        return "truncated (" + entry.length + " bytes)";
      }
      // An entry of an earlier format (raw content) never holds this key where this format keeps it; one that
      // does is this format with a damaged header, and must be reported like any other damage.
      return holdsKeyAt(entry, 6, key) ? "damaged header" : "";
    }
    if (entry.length < FIXED) {
      return "truncated (" + entry.length + " bytes)";
    }
    int keyLength = in.getShort(4) & 0xffff;
    if (entry.length < FIXED + keyLength) {
      return "truncated (" + entry.length + " bytes)";
    }
    long payload = in.getLong(6 + keyLength);
    if (payload != entry.length - (long) FIXED - keyLength) {
      return "truncated or padded: " + entry.length + " bytes for " + payload + " of content";
    }
    CRC32C crc = new CRC32C();
    crc.update(entry, 0, entry.length - 4);
    if ((int) crc.getValue() != in.getInt(entry.length - 4)) {
      return "checksum mismatch";
    }
    String stored = new String(entry, 6, keyLength, StandardCharsets.US_ASCII);
    if (!stored.equals(key)) {
      return "holds the entry of another key (" + stored + ")";
    }
    return null;
  }

  private static boolean holdsKeyAt(byte[] entry, int offset, String key) {
    byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
    return entry.length >= offset + keyBytes.length
        && java.util.Arrays.equals(entry, offset, offset + keyBytes.length, keyBytes, 0, keyBytes.length);
  }

  /** {@code payload} wrapped as the entry for {@code key}. */
  static byte[] entry(String key, byte[] payload) {
    byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
    ByteBuffer out = ByteBuffer.allocate(FIXED + keyBytes.length + payload.length);
    out.putInt(MAGIC).putShort((short) keyBytes.length).put(keyBytes).putLong(payload.length).put(payload);
    CRC32C crc = new CRC32C();
    crc.update(out.array(), 0, out.position());
    out.putInt((int) crc.getValue());
    return out.array();
  }

  /** Writes the bytes stored under {@code key} to {@code target}; false when there is no whole entry. */
  public boolean copyTo(String key, Path target) throws IOException {
    Optional<byte[]> bytes = get(key);
    if (bytes.isEmpty()) {
      return false;
    }
    Files.write(target, bytes.get());
    return true;
  }

  /** Stores {@code payload} under {@code key}; a failure to store is reported once, never thrown. */
  public void put(String key, byte[] payload) {
    if (unwritable.get()) {
      return;
    }
    Path file = path(key);
    try {
      Files.createDirectories(file.getParent());
      AtomicFiles.write(file, entry(key, payload));
    } catch (IOException | RuntimeException e) {
      if (unwritable.compareAndSet(false, true)) {
        events.unwritable(dir, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
    }
  }

  /** Stores the content of {@code file} under {@code key}, as {@link #put} does. */
  public void putFile(String key, Path file) throws IOException {
    put(key, Files.readAllBytes(file));
  }

  /** Every entry's file. */
  List<Path> entries() throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> p.getFileName().toString().endsWith(extension)
            && !AtomicFiles.isPart(p.getFileName().toString()) && Files.isRegularFile(p)).forEach(files::add);
      }
    }
    return files;
  }

  Path path(String key) {
    if (!key.matches("[0-9a-f]{16,128}")) {
      throw new IllegalArgumentException("not a cache key: " + key);
    }
    return dir.resolve(key.substring(0, 2)).resolve(key + extension);
  }

  private static void drop(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a read-only cache: the damaged entry stays, and is never used
    }
  }

  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // a read-only shared cache still serves hits
    }
  }
}
