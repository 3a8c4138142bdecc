package org.paperledge.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperledge.audio.ChapterMark;

class ChapterTimesTest {

  @Test
  void firstStartsAtZeroChaptersAreContiguousLastEndsAtTotal() {
    List<ChapterMark> marks = ChapterTimes.marks(List.of("Intro", "Method", "Results"),
        List.of(200_000L, 2_952_000L, 8_885_008L), 14_784_000L);

    assertThat(marks).containsExactly(
        new ChapterMark("Intro", 0, 61_500),
        new ChapterMark("Method", 61_500, 185_104),
        new ChapterMark("Results", 185_104, 308_000));
  }

  @Test
  void contiguityHoldsForManyChapters() {
    List<String> titles = List.of("a", "b", "c", "d", "e", "f");
    List<Long> starts = List.of(5L, 48_023L, 96_024L, 100_001L, 200_000L, 333_333L);
    long total = 480_017;

    List<ChapterMark> marks = ChapterTimes.marks(titles, starts, total);

    assertThat(marks).hasSize(6);
    assertThat(marks.get(0).startMs()).isZero();
    for (int i = 1; i < marks.size(); i++) {
      assertThat(marks.get(i).startMs()).isEqualTo(marks.get(i - 1).endMs());
    }
    assertThat(marks.get(marks.size() - 1).endMs()).isEqualTo(10_000); // 10 000.35 ms
    assertThat(marks).extracting(ChapterMark::title).containsExactlyElementsOf(titles);
  }

  @Test
  void millisecondsAreRoundedFromSamplesAt48kHz() {
    // 48 023 samples = 1000.479 ms -> 1000; 96 024 = 2000.5 ms -> 2001; total 144 071 = 3001.479 -> 3001
    List<ChapterMark> marks = ChapterTimes.marks(List.of("a", "b", "c"), List.of(0L, 48_023L, 96_024L), 144_071L);

    assertThat(marks).extracting(ChapterMark::startMs).containsExactly(0L, 1000L, 2001L);
    assertThat(marks).extracting(ChapterMark::endMs).containsExactly(1000L, 2001L, 3001L);
  }

  @Test
  void singleChapterSpansTheWholeEpisode() {
    assertThat(ChapterTimes.marks(List.of("Only"), List.of(123_456L), 480_000L))
        .containsExactly(new ChapterMark("Only", 0, 10_000));
  }

  @Test
  void firstChapterStartsAtZeroEvenIfItsSpeechStartsLater() {
    assertThat(ChapterTimes.marks(List.of("a", "b"), List.of(432_000L, 480_000L), 960_000L).get(0))
        .isEqualTo(new ChapterMark("a", 0, 10_000));
  }

  @Test
  void mismatchedSizesThrow() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChapterTimes.marks(List.of("a", "b"), List.of(0L), 48_000L));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChapterTimes.marks(List.of("a"), List.of(0L, 10L), 48_000L));
  }

  @Test
  void noChaptersThrows() {
    assertThatIllegalArgumentException().isThrownBy(() -> ChapterTimes.marks(List.of(), List.of(), 48_000L));
  }
}
