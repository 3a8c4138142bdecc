package org.paperledge.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cache folder ({@code ~/.cache/paperledge} unless moved) and its layout: synthesized segments, encoded MP3
 * chunks, the rendered music and the drawn cover, each a {@link ContentStore}, and the extracted FFmpeg. All of
 * it can be made again; none of it is ever published as it is. Damage found in any store is counted, and a folder
 * that cannot be written is reported once, whichever store finds it first.
 */
public final class CacheFolder {
  /** Environment variable that moves the cache folder. */
  public static final String ENV = "PAPERLEDGE_CACHE";

  private final Path root;
  private final CacheEvents events;
  private final AtomicInteger damaged = new AtomicInteger();
  private final AtomicBoolean toldUnwritable = new AtomicBoolean();
  private final ContentStore segments;
  private final ContentStore encoded;
  private final ContentStore music;
  private final ContentStore covers;

  private CacheFolder(Path root, CacheEvents told) {
    this.root = root;
    this.events = new CacheEvents() {
      @Override
      public void damaged(Path entry, String problem) {
        damaged.incrementAndGet();
        told.damaged(entry, problem);
      }

      @Override
      public void unwritable(Path dir, String problem) {
        if (!toldUnwritable.getAndSet(true)) { // the first store to fail says it for the folder
          told.unwritable(dir, problem);
        }
      }
    };
    this.segments = new ContentStore(root.resolve("segments"), ".pcm", events);
    this.encoded = new ContentStore(root.resolve("encoded"), ".mp3", events);
    this.music = new ContentStore(root.resolve("music"), ".f32", events);
    this.covers = new ContentStore(root.resolve("cover"), ".png", events);
  }

  /** The cache folder at {@code root}, telling {@code events} of damaged entries and failed writes. */
  public static CacheFolder at(Path root, CacheEvents events) {
    return new CacheFolder(Objects.requireNonNull(root, "root"), Objects.requireNonNull(events, "events"));
  }

  /** The cache folder at {@code root}, silent about damage (for the {@code cache} command). */
  public static CacheFolder at(Path root) {
    return at(root, CacheEvents.NONE);
  }

  /**
   * The default folder: {@code $PAPERLEDGE_CACHE}, else {@code $XDG_CACHE_HOME/paperledge}, else
   * {@code ~/.cache/paperledge}.
   */
  public static Path defaultRoot() {
    String explicit = System.getenv(ENV);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "paperledge");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "paperledge");
  }

  public Path root() {
    return root;
  }

  /** How many damaged entries have been found (and dropped) in every store so far. */
  public int damagedSoFar() {
    return damaged.get();
  }

  /**
   * Tells of a part of the folder that cannot be written ({@code problem}), outside the stores: the work goes on
   * without keeping it.
   */
  public void unwritable(Path dir, String problem) {
    events.unwritable(dir, problem);
  }

  /** Synthesized segments, keyed by what the synthesizer was given. */
  public ContentStore segments() {
    return segments;
  }

  /** Encoded MP3 chunks, keyed by their samples and the encoder's settings. */
  public ContentStore encoded() {
    return encoded;
  }

  /** The rendered intro and outro music, keyed by its formulas and the FFmpeg build. */
  public ContentStore music() {
    return music;
  }

  /** The drawn cover art, keyed by what it is drawn from. */
  public ContentStore covers() {
    return covers;
  }

  /** Where an embedded tool build is extracted, such as {@code ffmpeg-7.1.1-1.5.12}. */
  public Path tool(String nameAndVersion) {
    if (!nameAndVersion.matches("[a-z0-9][a-z0-9._-]*")) {
      throw new IllegalArgumentException("not a tool name: " + nameAndVersion);
    }
    return root.resolve(nameAndVersion);
  }

  /** The size of every entry, by store, in bytes. */
  public record Size(long segments, long encoded, long music, long covers) {
    public long total() {
      return segments + encoded + music + covers;
    }
  }

  /** How much the stores hold. */
  public Size size() throws IOException {
    return new Size(bytes(segments.entries()), bytes(encoded.entries()), bytes(music.entries()),
        bytes(covers.entries()));
  }

  /**
   * Deletes the least recently used entries, of every store, until they hold at most {@code maxBytes}.
   *
   * @return the number of bytes freed
   */
  public long prune(long maxBytes) throws IOException {
    List<Path> files = new ArrayList<>();
    for (ContentStore store : List.of(segments, encoded, music, covers)) {
      files.addAll(store.entries());
    }
    files.sort(Comparator.comparing(CacheFolder::modified));
    long total = bytes(files);
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

  private static long bytes(List<Path> files) {
    return files.stream().mapToLong(CacheFolder::fileSize).sum();
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
