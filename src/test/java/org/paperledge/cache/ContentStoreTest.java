package org.paperledge.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.files.Digest;

/** Entries appear whole, and any damage to one is found when it is read, reported, and taken as a miss. */
class ContentStoreTest {
  @TempDir
  Path dir;

  private final List<String> damaged = new ArrayList<>();
  private final List<String> unwritable = new ArrayList<>();
  private ContentStore store;
  private final String key = Digest.hex("one");
  private final String other = Digest.hex("two");
  private final byte[] content = "some audio, say".repeat(100).getBytes();

  @BeforeEach
  void open() {
    store = CacheFolder.at(dir.resolve("cache"), new CacheEvents() {
      @Override
      public void damaged(Path entry, String problem) {
        damaged.add(entry.getFileName() + ": " + problem);
      }

      @Override
      public void unwritable(Path folder, String problem) {
        unwritable.add(problem);
      }
    }).segments();
  }

  @Test
  void whatIsPutIsGot() {
    assertThat(store.get(key)).isEmpty();
    store.put(key, content);
    assertThat(store.contains(key)).isTrue();
    assertThat(store.get(key)).hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
    assertThat(damaged).isEmpty();
  }

  @Test
  void aTruncatedEntryIsReportedDroppedAndMissed() throws Exception {
    store.put(key, content);
    Path file = store.path(key);
    byte[] whole = Files.readAllBytes(file);
    for (int length : new int[] {0, 3, 10, whole.length / 2, whole.length - 1}) {
      Files.write(file, Arrays.copyOf(whole, length));
      assertThat(store.get(key)).as("cut to %d bytes", length).isEmpty();
      assertThat(file).doesNotExist();
    }
    assertThat(damaged).hasSize(5).allMatch(d -> d.contains("truncated"));
  }

  @Test
  void anyFlippedBitIsFound() throws Exception {
    store.put(key, content);
    Path file = store.path(key);
    byte[] whole = Files.readAllBytes(file);
    int flips = 0;
    for (int at = 0; at < whole.length; at += at < 40 ? 1 : 37) {
      byte[] flipped = whole.clone();
      flipped[at] ^= (byte) (1 << (at % 8));
      Files.write(file, flipped);
      assertThat(store.get(key)).as("bit flipped in byte %d", at).isEmpty();
      flips++;
    }
    assertThat(damaged).as("every flip reported, in the header too").hasSize(flips).noneMatch(String::isEmpty);
    assertThat(damaged.get(0)).endsWith("damaged header");
  }

  @Test
  void anEntryOfAnotherKeyIsNotServed() throws Exception {
    store.put(other, content);
    Files.createDirectories(store.path(key).getParent());
    Files.copy(store.path(other), store.path(key));
    assertThat(store.get(key)).isEmpty();
    assertThat(damaged).singleElement().asString().contains("another key");
    assertThat(store.get(other)).isPresent();
  }

  @Test
  void anEntryOfAnEarlierFormatIsAnOrdinaryMiss() throws Exception {
    Files.createDirectories(store.path(key).getParent());
    Files.write(store.path(key), "PLS1 and the samples of the old format".getBytes());
    assertThat(store.get(key)).isEmpty();
    assertThat(damaged).isEmpty();
    store.put(key, content);
    assertThat(store.get(key)).isPresent();
  }

  @Test
  void aReadOnlyFolderIsReportedOnceAndWorkGoesOn() throws Exception {
    Path root = dir.resolve("cache");
    Files.createDirectories(root);
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      if (Files.isWritable(root)) {
        return; // root ignores permissions; the full-disk case is covered by the reliability suite
      }
      store.put(key, content);
      store.put(other, content);
      assertThat(store.get(key)).isEmpty();
      assertThat(unwritable).hasSize(1);
    } finally {
      Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFolderThatCannotBeMadeIsReportedOnceForAllItsStores() throws Exception {
    Path root = Files.writeString(dir.resolve("a-file"), "where the cache folder should be");
    CacheFolder folder = CacheFolder.at(root, new CacheEvents() {
      @Override
      public void damaged(Path entry, String problem) {
        damaged.add(problem);
      }

      @Override
      public void unwritable(Path where, String problem) {
        unwritable.add(where + ": " + problem);
      }
    });
    folder.segments().put(key, content);
    folder.encoded().put(key, content);
    folder.covers().put(other, content);
    assertThat(folder.segments().get(key)).isEmpty();
    assertThat(unwritable).singleElement().asString().contains("segments").contains("Not a directory");
    assertThat(damaged).isEmpty();
    assertThat(folder.damagedSoFar()).isZero();
  }

  @Test
  void damageIsCountedAcrossStores() throws Exception {
    CacheFolder folder = CacheFolder.at(dir.resolve("counted"), CacheEvents.NONE);
    folder.segments().put(key, content);
    folder.music().put(other, content);
    Files.write(folder.segments().path(key), new byte[] {1, 2, 3});
    Files.write(folder.music().path(other), new byte[0]);
    assertThat(folder.segments().get(key)).isEmpty();
    assertThat(folder.music().get(other)).isEmpty();
    assertThat(folder.damagedSoFar()).isEqualTo(2);
  }

  @Test
  void pruneDropsTheLeastRecentlyUsedFirst() throws Exception {
    CacheFolder folder = CacheFolder.at(dir.resolve("cache"));
    ContentStore segments = folder.segments();
    ContentStore encoded = folder.encoded();
    segments.put(key, content);
    encoded.put(other, content);
    Files.setLastModifiedTime(segments.path(key), java.nio.file.attribute.FileTime.fromMillis(1000));
    long one = Files.size(segments.path(key));
    assertThat(folder.size().total()).isEqualTo(2 * one);
    assertThat(folder.prune(one)).isEqualTo(one);
    assertThat(segments.contains(key)).isFalse();
    assertThat(encoded.contains(other)).isTrue();
  }
}
