package org.paperledge.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnouncementsTest {

  private static EpisodeMeta meta(String title, OptionalInt episode) {
    return new EpisodeMeta(title, LocalDate.of(2026, 10, 5), "an-episode", episode, OptionalInt.empty(),
        Optional.empty(), Optional.empty(), List.of("A"), "", Optional.empty(), false, Optional.empty(), java.util.Map.of());
  }

  // --- credit -------------------------------------------------------------------------------------------------

  @Test
  void creditOneAuthor() {
    assertThat(Announcements.credit(List.of("Ada Lovelace"))).isEqualTo("Ada Lovelace");
  }

  @Test
  void creditTwoAuthors() {
    assertThat(Announcements.credit(List.of("Ada", "Bob"))).isEqualTo("Ada and Bob");
  }

  @Test
  void creditThreeAuthors() {
    assertThat(Announcements.credit(List.of("Ada", "Bob", "Cy"))).isEqualTo("Ada, Bob and Cy");
  }

  @Test
  void creditFiveAuthorsAllNamed() {
    assertThat(Announcements.credit(List.of("A", "B", "C", "D", "E"))).isEqualTo("A, B, C, D and E");
  }

  @Test
  void creditSixAuthorsCountsOneOther() {
    assertThat(Announcements.credit(List.of("A", "B", "C", "D", "E", "F"))).isEqualTo("A, B, C, D, E and 1 other");
  }

  @Test
  void creditSevenAuthorsCountsTwoOthers() {
    assertThat(Announcements.credit(List.of("A", "B", "C", "D", "E", "F", "G")))
        .isEqualTo("A, B, C, D, E and 2 others");
  }

  @Test
  void creditManyAuthors() {
    List<String> authors = java.util.stream.IntStream.range(0, 105).mapToObj(i -> "N" + i).toList();
    assertThat(Announcements.credit(authors)).isEqualTo("N0, N1, N2, N3, N4 and 100 others");
    assertThat(Announcements.MAX_NAMED_AUTHORS).isEqualTo(5);
  }

  // --- outro --------------------------------------------------------------------------------------------------

  @Test
  void outroWithoutAuthorsOnlyThanks() {
    assertThat(Announcements.outro("PaperLedge", List.of())).isEqualTo("Thanks for listening to PaperLedge.");
  }

  @Test
  void outroCreditsTheAuthors() {
    assertThat(Announcements.outro("PaperLedge", List.of("Ada")))
        .isEqualTo("Today's paper is by Ada. Thanks for listening to PaperLedge.");
    assertThat(Announcements.outro("PaperLedge", List.of("Ada", "Bob", "Cy")))
        .isEqualTo("Today's paper is by Ada, Bob and Cy. Thanks for listening to PaperLedge.");
    assertThat(Announcements.outro("PaperLedge", List.of("A", "B", "C", "D", "E", "F", "G")))
        .isEqualTo("Today's paper is by A, B, C, D, E and 2 others. Thanks for listening to PaperLedge.");
  }

  // --- intro --------------------------------------------------------------------------------------------------

  @Test
  void introNamesShowEpisodeAndTitle() {
    assertThat(Announcements.intro("PaperLedge", meta("Giving LoRA a Head Start", OptionalInt.of(4))))
        .isEqualTo("This is PaperLedge, episode 4: Giving LoRA a Head Start.");
  }

  @Test
  void introWithoutEpisodeNumber() {
    assertThat(Announcements.intro("PaperLedge", meta("Giving LoRA a Head Start", OptionalInt.empty())))
        .isEqualTo("This is PaperLedge: Giving LoRA a Head Start.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Can You Hear a Thirsty Tree?|Can You Hear a Thirsty Tree?",
      "Robots That Cook!|Robots That Cook!",
      "Did the Model Peek at the Test.|Did the Model Peek at the Test.",
      "'  Padded title  '|Padded title.",
      "Ends in a number 2026|Ends in a number 2026.",
  })
  void introEndsTheTitleWithExactlyOneMark(String title, String spoken) {
    assertThat(Announcements.intro("S", meta(title, OptionalInt.empty()))).isEqualTo("This is S: " + spoken);
  }
}
