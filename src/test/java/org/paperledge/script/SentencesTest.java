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
      "Martin Luther King Jr. Day fell on the deadline.",
      "She finished her M.Sc. At ETH she met the team.",
      "He holds a D.Phil. From Oxford, in physics.",
      "Jane Doe, M.D., reviewed the cases.",
      "Ask Dr. Chen, Ph.D. About the rig.",
      "Mr. Okonkwo and Ms. Haddad and Mx. Taylor met.",
      "See Ch. 5 and App. B for the details.",
      "Eq. (3) holds, and Ref. [12] agrees.",
      "Tab. IV lists every run, as does Sec. 2.",
      "The trees were planted ca. 1850 by hand.",
      "The model, a.k.a. The teacher, stays frozen.",
      "The error w.r.t. The reference is small.",
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
        Arguments.of("No final punctuation", List.of("No final punctuation")),
        Arguments.of("They were 3 and 5, resp. The next run failed.",
            List.of("They were 3 and 5, resp.", "The next run failed.")),
        Arguments.of("We shipped the app. It works.", List.of("We shipped the app.", "It works.")),
        Arguments.of("No. The model failed.", List.of("No.", "The model failed.")),
        Arguments.of("It is in the appendix, see Fig. The end.", List.of("It is in the appendix, see Fig.",
            "The end.")));
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
