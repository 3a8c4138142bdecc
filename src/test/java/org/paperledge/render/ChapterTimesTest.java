package org.paperledge.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Chapter;
import org.paperledge.script.Script;
import org.paperledge.script.TestScripts;

class ChapterTimesTest {

  @Test
  void firstStartsAtZeroChaptersAreContiguousLastEndsAtTotal() {
    List<Chapter> marks = ChapterTimes.marks(headings("Intro", "Method", "Results"),
        List.of(200_000L, 2_952_000L, 8_885_008L), 14_784_000L);

    assertThat(marks).containsExactly(
        new Chapter("Intro", 0, 61_500, Optional.empty()),
        new Chapter("Method", 61_500, 185_104, Optional.empty()),
        new Chapter("Results", 185_104, 308_000, Optional.empty()));
  }

  @Test
  void contiguityHoldsForManyChapters() {
    List<String> titles = List.of("a", "b", "c", "d", "e", "f");
    List<Long> starts = List.of(5L, 48_023L, 96_024L, 100_001L, 200_000L, 333_333L);
    long total = 480_017;

    List<Chapter> marks = ChapterTimes.marks(headings(titles.toArray(String[]::new)), starts, total);

    assertThat(marks).hasSize(6);
    assertThat(marks.get(0).startMs()).isZero();
    for (int i = 1; i < marks.size(); i++) {
      assertThat(marks.get(i).startMs()).isEqualTo(marks.get(i - 1).endMs());
    }
    assertThat(marks.get(marks.size() - 1).endMs()).isEqualTo(10_000); // 10 000.35 ms
    assertThat(marks).extracting(Chapter::title).containsExactlyElementsOf(titles);
  }

  @Test
  void millisecondsAreRoundedFromSamplesAt48kHz() {
    // 48 023 samples = 1000.479 ms -> 1000; 96 024 = 2000.5 ms -> 2001; total 144 071 = 3001.479 -> 3001
    List<Chapter> marks = ChapterTimes.marks(headings("a", "b", "c"), List.of(0L, 48_023L, 96_024L), 144_071L);

    assertThat(marks).extracting(Chapter::startMs).containsExactly(0L, 1000L, 2001L);
    assertThat(marks).extracting(Chapter::endMs).containsExactly(1000L, 2001L, 3001L);
  }

  @Test
  void singleChapterSpansTheWholeEpisode() {
    assertThat(ChapterTimes.marks(headings("Only"), List.of(123_456L), 480_000L))
        .containsExactly(new Chapter("Only", 0, 10_000, Optional.empty()));
  }

  @Test
  void firstChapterStartsAtZeroEvenIfItsSpeechStartsLater() {
    assertThat(ChapterTimes.marks(headings("a", "b"), List.of(432_000L, 480_000L), 960_000L).get(0))
        .isEqualTo(new Chapter("a", 0, 10_000, Optional.empty()));
  }

  @Test
  void mismatchedSizesThrow() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChapterTimes.marks(headings("a", "b"), List.of(0L), 48_000L));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChapterTimes.marks(headings("a"), List.of(0L, 10L), 48_000L));
  }

  @Test
  void noChaptersThrows() {
    assertThatIllegalArgumentException().isThrownBy(() -> ChapterTimes.marks(headings(), List.of(), 48_000L));
  }

  /** Script chapters with these titles, without links. */
  private static List<Script.Chapter> headings(String... titles) {
    return java.util.Arrays.stream(titles).map(t -> TestScripts.chapter(t, 1, TestScripts.paragraph("x.", 1)))
        .toList();
  }

  @Test
  void eachChapterKeepsItsOwnHeadingsLinkEvenWhenTitlesRepeat() {
    List<Script.Chapter> headings = List.of(
        new Script.Chapter("Same", 1, List.of(TestScripts.paragraph("x.", 1)),
            Optional.of(java.net.URI.create("https://example.org/one"))),
        new Script.Chapter("Same", 3, List.of(TestScripts.paragraph("y.", 3)),
            Optional.of(java.net.URI.create("https://example.org/two"))));

    List<Chapter> marks = ChapterTimes.marks(headings, List.of(0L, 48_000L), 96_000L);

    assertThat(marks).extracting(c -> c.url().orElseThrow().toString())
        .containsExactly("https://example.org/one", "https://example.org/two");
  }
}
