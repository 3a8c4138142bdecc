package org.paperledge.speech;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.paperledge.audio.EncodedChunks;
import org.paperledge.audio.Pcm;

/**
 * Content-addressed store of synthesized segments: the key is a hash of exactly what the synthesizer is given
 * (the tokens after normalization and lexicon, with any phonemes), the voice and its settings, and the engine's
 * version, so a segment is reused only when it would sound the same.
 *
 * <p>Entries are written to a temporary file and renamed into place, so concurrent writers (parallel jobs, CI
 * machines sharing a cache folder) never see half an entry; a damaged entry is treated as a miss. Reads touch
 * the entry's modification time, which {@link #prune} uses to drop the least recently used first.
 */
public final class SegmentCache {
  /** Bump when the stored format or anything that shapes the audio outside the key changes. */
  private static final String FORMAT = "paperledge-segment-v1";
  private static final int MAGIC = 0x504C5331; // "PLS1"

  private final Path dir;
  private final String engine;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();

  /**
   * @param dir the cache folder
   * @param engine the synthesizer and voice, with versions ({@link Synthesizer#describe()})
   */
  public SegmentCache(Path dir, String engine) {
    this.dir = dir;
    this.engine = engine;
  }

  /** The cache folder. */
  public Path dir() {
    return dir;
  }

  /** The key of a segment spoken with {@code tokens} at {@code rate}, read as their punctuation asks. */
  public String key(List<Token> tokens, double rate, String effects) {
    return key(tokens, rate, effects, ProsodyMarks.of(tokens));
  }

  /** The key of a segment spoken with {@code tokens} at {@code rate}, read as {@code marks} ask. */
  public String key(List<Token> tokens, double rate, String effects, ProsodyMarks marks) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      StringBuilder text = new StringBuilder(FORMAT).append('\n').append(engine).append('\n').append(rate)
          .append('\n').append(effects).append('\n');
      for (Token token : tokens) {
        text.append(token.text()).append('\u0001').append(token.phonemes().orElse("")).append('\u0002');
      }
      // Empty for plain marks: a plain statement keeps the key it had before readings followed the marks.
      String prosody = marks.cacheKey();
      if (!prosody.isEmpty()) {
        text.append('\n').append(prosody);
      }
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether there is an entry for {@code key} (it may still turn out damaged when read). */
  public boolean contains(String key) {
    return Files.isRegularFile(path(key));
  }

  /** The cached audio for {@code key}, if present and whole. */
  public Optional<Pcm> get(String key) {
    Path file = path(key);
    try {
      byte[] bytes = Files.readAllBytes(file);
      ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      if (bytes.length < 8 || buffer.getInt() != MAGIC) {
        misses.incrementAndGet();
        return Optional.empty();
      }
      int count = buffer.getInt();
      if (count < 0 || buffer.remaining() != count * 2) {
        misses.incrementAndGet();
        return Optional.empty();
      }
      short[] samples = new short[count];
      buffer.asShortBuffer().get(samples);
      try {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
      } catch (IOException e) {
        // a read-only shared cache still serves hits
      }
      hits.incrementAndGet();
      return Optional.of(new Pcm(samples));
    } catch (IOException e) {
      misses.incrementAndGet();
      return Optional.empty();
    }
  }

  /** Stores {@code pcm} under {@code key}; a failure to store is not an error (the cache is an optimization). */
  public void put(String key, Pcm pcm) {
    Path file = path(key);
    try {
      Files.createDirectories(file.getParent());
      ByteBuffer buffer = ByteBuffer.allocate(8 + pcm.samples().length * 2).order(ByteOrder.LITTLE_ENDIAN);
      buffer.putInt(MAGIC).putInt(pcm.samples().length).asShortBuffer().put(pcm.samples());
      Path tmp = Files.createTempFile(file.getParent(), ".", ".part");
      try {
        Files.write(tmp, buffer.array());
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

  public int hits() {
    return hits.get();
  }

  public int misses() {
    return misses.get();
  }

  private Path path(String key) {
    return dir.resolve("segments").resolve(key.substring(0, 2)).resolve(key + ".pcm");
  }

  /**
   * Deletes least recently used entries until the cache holds at most {@code maxBytes}.
   *
   * @return the number of bytes freed
   */
  public static long prune(Path dir, long maxBytes) throws IOException {
    List<Path> files = entries(dir);
    files.sort(Comparator.comparing(SegmentCache::modified));
    long total = 0;
    for (Path f : files) {
      total += fileSize(f);
    }
    long freed = 0;
    for (Path f : files) {
      if (total <= maxBytes) {
        break;
      }
      long size = fileSize(f);
      if (Files.deleteIfExists(f)) {
        total -= size;
        freed += size;
      }
    }
    return freed;
  }

  /** Total size of the cache's entries (segments and encoded chunks), in bytes. */
  public static long size(Path dir) throws IOException {
    return entries(dir).stream().mapToLong(SegmentCache::fileSize).sum();
  }

  /** Every entry: synthesized segments and the encoded chunks kept beside them. */
  private static List<Path> entries(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String[] kind : new String[][] {{"segments", ".pcm"}, {EncodedChunks.FOLDER, EncodedChunks.EXTENSION}}) {
      Path folder = dir.resolve(kind[0]);
      if (Files.isDirectory(folder)) {
        try (Stream<Path> walk = Files.walk(folder)) {
          walk.filter(p -> p.getFileName().toString().endsWith(kind[1])
              && !p.getFileName().toString().startsWith(".")).forEach(files::add);
        }
      }
    }
    return files;
  }

  private static long fileSize(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
