package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The word-or-letters rule for capitals no lexicon covers, and the reason it gives. */
class AcronymsTest {
  @ParameterizedTest(name = "{0} makes syllables: {1}")
  @CsvSource({"nasa, na-sa", "yolo, yo-lo", "lidar, li-dar", "unesco, u-nes-co", "beir, beir", "stoi, stoi",
      "darpa, dar-pa", "squad, squad", "llava, lla-va", "auroc, au-roc", "shap, shap"})
  void lettersThatMakeEnglishSyllables(String letters, String syllables) {
    assertThat(Acronyms.syllables(letters)).isEqualTo(syllables);
  }

  @ParameterizedTest(name = "{0} makes no syllables")
  @ValueSource(strings = {"mmlu", "html", "rlhf", "naacl", "ieee", "fpga", "simd", "mnist", "json", "grpo",
      "lstm", "emnlp", "xqzr"})
  void lettersThatDoNot(String letters) {
    assertThat(Acronyms.syllables(letters)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: word={1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      US      | false | 2 letters are spelled
      IT      | false | 2 letters are spelled
      GPU     | false | three capitals are spelled
      NOT     | true  | an English word written in capitals for emphasis
      SPARK   | true  | 'spark' is a word in MaryTTS's dictionary
      UNESCO  | true  | 'unesco' is a word in MaryTTS's dictionary
      YOLO    | true  | its letters make English syllables (yo-lo)
      MMLU    | false | its letters do not make English syllables
      MoE     | true  | 'moe' is a word in MaryTTS's dictionary
      IoT     | false | three letters are spelled unless MaryTTS's dictionary has them
      ReLU    | true  | its letters make English syllables (re-lu)
      """)
  void decidesAndSaysWhy(String letters, boolean word, String why) {
    assertThat(Acronyms.decide(letters)).isEqualTo(new Acronyms.Decision(word, why));
  }
}
