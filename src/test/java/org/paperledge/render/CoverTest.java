package org.paperledge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.audio.Id3v23;
import org.paperledge.show.Show;

class CoverTest {
  private static Show show;
  private static byte[] drawn;

  @TempDir
  Path cache;

  @BeforeAll
  static void draw() throws Exception {
    show = Show.load(Path.of("show.yaml"));
    drawn = Cover.of(show, Path.of("show.yaml")).picture().data();
  }

  private List<Path> kept() throws Exception {
    try (Stream<Path> files = Files.list(cache.resolve("cover"))) {
      return files.toList();
    }
  }

  @Test
  void aDrawnCoverIsKeptInTheCacheAndTakenFromThereNextTime() throws Exception {
    Cover first = Cover.of(show, Path.of("show.yaml")).cachedIn(cache);
    assertThat(first.picture().data()).isEqualTo(drawn);
    assertThat(kept()).hasSize(1);
    Path file = kept().get(0);
    assertThat(file.getFileName().toString()).endsWith(".png");
    assertThat(Files.readAllBytes(file)).isEqualTo(drawn);

    // Another whole PNG in its place is what the next run uses: proof that it reads rather than draws.
    byte[] other = org.paperledge.publish.CoverArt.png("Another Show");
    assertThat(other).isNotEqualTo(drawn);
    Files.write(file, other);
    Cover next = Cover.of(show, Path.of("show.yaml")).cachedIn(cache);
    assertThat(next.picture().data()).isEqualTo(other);
    assertThat(next.identity()).isEqualTo(first.identity());
  }

  @Test
  void aDamagedKeptCoverIsDrawnAgainAndReplaced() throws Exception {
    Cover.of(show, Path.of("show.yaml")).cachedIn(cache).picture();
    Path file = kept().get(0);
    Files.write(file, Arrays.copyOf(drawn, drawn.length / 2)); // cut short

    Cover again = Cover.of(show, Path.of("show.yaml")).cachedIn(cache);
    assertThat(again.picture().data()).isEqualTo(drawn);
    assertThat(Files.readAllBytes(file)).isEqualTo(drawn);
    assertThat(kept()).hasSize(1); // no temporary files left behind
  }

  @Test
  void aCoverThatIsNotDrawnIsNotCached() throws Exception {
    Cover given = new Cover("cover.jpg", new Id3v23.Picture("image/jpeg", new byte[] {1, 2, 3}));
    assertThat(given.cachedIn(cache)).isSameAs(given);
    assertThat(Cover.of(show, Path.of("show.yaml")).cachedIn(null).picture().data()).isEqualTo(drawn);
    assertThat(cache.resolve("cover")).doesNotExist();
  }

  @Test
  void onlyAWholeUndamagedPngCountsAsKept() {
    assertThat(Cover.isWholePng(drawn)).isTrue();
    assertThat(Cover.isWholePng(Arrays.copyOf(drawn, drawn.length - 1))).as("cut short").isFalse();
    assertThat(Cover.isWholePng(Arrays.copyOf(drawn, drawn.length + 1))).as("bytes after IEND").isFalse();
    assertThat(Cover.isWholePng(new byte[0])).isFalse();
    for (int at : new int[] {8, 20, 40, drawn.length / 2, drawn.length - 5}) {
      byte[] flipped = Arrays.copyOf(drawn, drawn.length);
      flipped[at] ^= 1;
      assertThat(Cover.isWholePng(flipped)).as("one bit flipped at byte " + at).isFalse();
    }
  }

  @Test
  void aKeptCoverWithOneBitFlippedIsDrawnAgain() throws Exception {
    Cover.of(show, Path.of("show.yaml")).cachedIn(cache).picture();
    Path file = kept().get(0);
    byte[] flipped = Arrays.copyOf(drawn, drawn.length);
    flipped[drawn.length / 2] ^= 1;
    Files.write(file, flipped);
    assertThat(Cover.of(show, Path.of("show.yaml")).cachedIn(cache).picture().data()).isEqualTo(drawn);
  }
}
