package org.paperledge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.audio.Id3v23;
import org.paperledge.cache.CacheEvents;
import org.paperledge.cache.CacheFolder;
import org.paperledge.cache.ContentStore;
import org.paperledge.show.Show;

class CoverTest {
  private static Show show;
  private static byte[] drawn;

  @TempDir
  Path dir;

  private final List<String> damage = new ArrayList<>();
  private ContentStore covers;

  @BeforeAll
  static void draw() throws Exception {
    show = Show.load(Path.of("show.yaml"));
    drawn = Cover.of(show, Path.of("show.yaml")).picture().data();
  }

  @BeforeEach
  void store() {
    covers = CacheFolder.at(dir, new CacheEvents() {
      @Override
      public void damaged(Path entry, String problem) {
        damage.add(problem);
      }

      @Override
      public void unwritable(Path folder, String problem) {}
    }).covers();
  }

  private List<Path> kept() throws Exception {
    try (Stream<Path> files = Files.walk(covers.dir())) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void aDrawnCoverIsKeptInTheCacheAndTakenFromThereNextTime() throws Exception {
    Cover first = Cover.of(show, Path.of("show.yaml")).cachedIn(covers);
    assertThat(first.picture().data()).isEqualTo(drawn);
    assertThat(kept()).hasSize(1);
    assertThat(kept().get(0).getFileName().toString()).endsWith(".png");

    Cover next = Cover.of(show, Path.of("show.yaml")).cachedIn(covers);
    assertThat(next.picture().data()).isEqualTo(drawn);
    assertThat(next.identity()).isEqualTo(first.identity());
    assertThat(damage).isEmpty();
  }

  @Test
  void aDamagedKeptCoverIsReportedDrawnAgainAndReplaced() throws Exception {
    Cover.of(show, Path.of("show.yaml")).cachedIn(covers).picture();
    Path file = kept().get(0);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length / 2)); // cut short

    Cover again = Cover.of(show, Path.of("show.yaml")).cachedIn(covers);
    assertThat(again.picture().data()).isEqualTo(drawn);
    assertThat(damage).hasSize(1);
    assertThat(Files.readAllBytes(file)).isEqualTo(whole);
    assertThat(kept()).hasSize(1); // no temporary files left behind
  }

  @Test
  void aCoverThatIsNotDrawnIsNotCached() throws Exception {
    Cover given = new Cover("cover.jpg", new Id3v23.Picture("image/jpeg", new byte[] {1, 2, 3}));
    assertThat(given.cachedIn(covers)).isSameAs(given);
    assertThat(Cover.of(show, Path.of("show.yaml")).cachedIn(null).picture().data()).isEqualTo(drawn);
    assertThat(covers.dir()).doesNotExist();
  }
}
