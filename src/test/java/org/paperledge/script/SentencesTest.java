package org.paperledge.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SentencesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Dr. Smith arrived late.",
      "Prof. Jones and Mr. Brown disagreed.",
      "Use a strong optimizer, e.g. Adam with warm-up.",
      "Use a strong optimizer, E.g. Adam with warm-up.",
      "The second option, i.e. The Large model, won.",
      "It was Adam vs. SGD in the final round.",
      "Results from Chen et al. Suggest otherwise.",
      "Chen et al. (2021) suggest otherwise.",
      "See Fig. 3 for the learning curves.",
      "As Fig. B shows, it converges.",
      "J. Smith and K. L. Lee wrote it.",
      "The score rose from 3.5 to 4.25 points.",
      "Well... maybe not this time.",
      "Wait… what happened here?",
      "They moved to the U.S. Army base.",
      "She holds a Ph.D. From Oxford.",
      "This ends. then a lower-case word follows.",
      "Version 2.0.1 is out.",
  })
  void doesNotSplit(String text) {
    assertThat(Sentences.split(text)).containsExactly(text);
  }

  static Stream<Arguments> splits() {
    return Stream.of(
        Arguments.of("It works. Then it fails! Why? Nobody knows.",
            List.of("It works.", "Then it fails!", "Why?", "Nobody knows.")),
        Arguments.of("Dr. Smith arrived. She sat down.", List.of("Dr. Smith arrived.", "She sat down.")),
        Arguments.of("He said \"Stop.\" Then he left.", List.of("He said \"Stop.\"", "Then he left.")),
        Arguments.of("(This was expected.) The next step followed.",
            List.of("(This was expected.)", "The next step followed.")),
        Arguments.of("It ended.” The crowd cheered.", List.of("It ended.”", "The crowd cheered.")),
        Arguments.of("It was 'over.' Nobody cared.", List.of("It was 'over.'", "Nobody cared.")),
        Arguments.of("Really?! Yes.", List.of("Really?!", "Yes.")),
        Arguments.of("Wait... Then it happened.", List.of("Wait...", "Then it happened.")),
        Arguments.of("Wait… Then it happened.", List.of("Wait…", "Then it happened.")),
        Arguments.of("We tried apples, pears, etc. The pears won.",
            List.of("We tried apples, pears, etc.", "The pears won.")),
        Arguments.of("See Fig. 3 here. The loss drops.", List.of("See Fig. 3 here.", "The loss drops.")),
        Arguments.of("The mean was 3.5. Then it rose.", List.of("The mean was 3.5.", "Then it rose.")),
        Arguments.of("First.\n\tSecond.   Third.", List.of("First.", "Second.", "Third.")),
        Arguments.of("Ending with space.   ", List.of("Ending with space.")),
        Arguments.of("No final punctuation", List.of("No final punctuation")));
  }

  @ParameterizedTest
  @MethodSource("splits")
  void splitsAtSentenceEnds(String text, List<String> expected) {
    assertThat(Sentences.split(text)).containsExactlyElementsOf(expected);
  }

  @Test
  void emptyAndBlankTextHaveNoSentences() {
    assertThat(Sentences.split("")).isEmpty();
    assertThat(Sentences.split("   \n ")).isEmpty();
  }

  @Test
  void sentencesAreStrippedAndNeverEmpty() {
    List<String> sentences = Sentences.split("  One.  Two!   Three?  ");
    assertThat(sentences).containsExactly("One.", "Two!", "Three?");
  }

  @Test
  void noTextIsLost() {
    String text = "Dr. A. Turing met Prof. Church, e.g. at Princeton. They talked for 2.5 hours! "
        + "Was it useful? \"Yes.\" (Mostly.) The end...";
    List<String> sentences = Sentences.split(text);
    assertThat(sentences).hasSize(6);
    assertThat(String.join(" ", sentences)).isEqualTo(text);
  }
}
