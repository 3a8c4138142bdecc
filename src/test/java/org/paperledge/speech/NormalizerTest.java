package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperledge.model.Lexicon;

/**
 * Every normalization rule with the words it makes. Spoken forms are written as {@code check --spoken} prints
 * them: words as given to MaryTTS, letters said by name in capitals, punctuation dropped.
 */
class NormalizerTest {
  static Normalizer show;
  static final Normalizer PLAIN = new Normalizer(Lexicon.EMPTY);

  @BeforeAll
  static void loadShowLexicon() throws Exception {
    show = new Normalizer(Lexicon.load(Path.of("voices/ernis.lexicon")));
  }

  static String spoken(Normalizer normalizer, String text) {
    return normalizer.tokens(text).stream().filter(t -> !t.isPunctuation()).map(Token::text)
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      NLP                       | N L P
      GPU                       | G P U
      CNN                       | C N N
      GAN                       | gan
      RLHF                      | R L H F
      BERT                      | bert
      ViT                       | vit
      LoRA                      | lora
      CLIP                      | clip
      PCA                       | P C A
      GPT-4o                    | G P T four oh
      Llama-3-70B-Chat          | llama three seventy B chat
      Qwen2.5-Coder             | chwen two point five coder
      ResNet-50                 | res net fifty
      ViT-L/14                  | vit L fourteen
      ImageNet-1k               | image net one K
      GSM8K                     | G S M eight K
      HumanEval+                | human eval plus
      MMLU-Pro                  | M M L U pro
      175 billion               | one hundred seventy five billion
      1.5 trillion tokens       | one point five trillion tokens
      87.4%                     | eighty seven point four percent
      3.2 times                 | three point two times
      3.2×                      | three point two times
      4x                        | four times
      7B parameters             | seven billion parameters
      64 GPUs                   | sixty four G P Us
      2019 to June 2024         | twenty nineteen to june twenty twenty four
      2019–2024                 | twenty nineteen to twenty twenty four
      2nd                       | second
      9:45 p.m.                 | nine forty five P M
      0.5 seconds               | zero point five seconds
      e.g.                      | for example
      i.e.                      | that is
      vs.                       | versus
      Smith et al.              | smith and colleagues
      Dr. Smith                 | doctor smith
      approx. 3                 | approximately three
      Fig. 3                    | figure three
      cats & dogs               | cats and dogs
      and/or                    | and or
      HumanEval + MBPP          | human eval plus M B P P
      a — b                     | a b
      “smart quotes”            | smart quotes
      don’t                     | don't
      wait…                     | wait
      (really)                  | really
      fun 🎉 times              | fun times
      https://arxiv.org/abs/2406.12345 | archive dot org
      arxiv.org                 | archive dot org
      arXiv:2406.12345          | archive twenty four oh six point one two three four five
      doi:10.1145/3571234.3571999 | D O I
      10.1145/3571234.3571999   | D O I
      """)
  void issueExamplesReadLikeACarefulHost(String written, String expected) {
    assertThat(spoken(show, written).toLowerCase()).isEqualTo(expected.toLowerCase());
  }

  @Nested
  class Numbers {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1,234.56                    | one thousand two hundred thirty four point five six
        $1,234.56                   | one thousand two hundred thirty four dollars and fifty six cents
        $5 million                  | five million dollars
        $5                          | five dollars
        in 2019 we                  | in twenty nineteen we
        2048 tokens                 | two thousand forty eight tokens
        1500 GPUs                   | one thousand five hundred G P Us
        the year 2000               | the year two thousand
        the 1990s                   | the nineteen nineties
        the '80s                    | the eighties
        21st                        | twenty first
        3rd                         | third
        12/25/2021                  | december twenty fifth twenty twenty one
        12.25.2020                  | december twenty fifth twenty twenty
        10:30                       | ten thirty
        9 p.m.                      | nine P M
        3-5 days                    | three to five days
        10–20%                      | ten to twenty percent
        -2.5                        | minus two point five
        0.001                       | zero point zero zero one
        """)
    void readAsWords(String written, String expected) {
      assertThat(spoken(PLAIN, written).toLowerCase()).isEqualTo(expected.toLowerCase());
    }
  }

  @Test
  void lettersAreSaidByPhonemesSoTheyNeverBecomeWords() {
    List<Token> tokens = PLAIN.tokens("The US team.");
    assertThat(tokens.get(1)).isEqualTo(new Token("U", java.util.Optional.of("' j u")));
    assertThat(tokens.get(2)).isEqualTo(new Token("S", java.util.Optional.of("' E s")));
  }

  @Test
  void pluralAcronymSaysTheLastLetterInThePlural() {
    List<Token> tokens = PLAIN.tokens("GPUs");
    assertThat(tokens.get(2)).isEqualTo(new Token("Us", java.util.Optional.of("' j u z")));
  }

  @Test
  void lexiconPhonemesGiveOneTokenWithPhonemes() {
    Lexicon lexicon = Lexicon.EMPTY.with(Map.of("Ernis", "/' r= - n I s/"));
    List<Token> tokens = new Normalizer(lexicon).tokens("Thanks, “Ernis”.");
    assertThat(tokens).contains(new Token("Ernis", java.util.Optional.of("' r= - n I s")));
  }

  @Test
  void lexiconComesBeforeTheRules() {
    Lexicon lexicon = Lexicon.EMPTY.with(Map.of("GPT-4o", "gee pee tee four oh", "NASA", "nasa"));
    assertThat(spoken(new Normalizer(lexicon), "GPT-4o and NASA")).isEqualTo("gee pee tee four oh and nasa");
  }

  @Test
  void mixedCaseLexiconEntriesMatchOnlyTheirSpelling() {
    Lexicon lexicon = Lexicon.EMPTY.with(Map.of("US", "U S"));
    assertThat(spoken(new Normalizer(lexicon), "us and US")).isEqualTo("us and U S");
  }

  @Test
  void camelCaseIsSplitIntoWords() {
    assertThat(spoken(PLAIN, "PyTorch")).isEqualTo("Py Torch");
  }

  @Test
  void spansPointBackIntoTheSentence() {
    String sentence = "It beat GPT-4o by 3.2×.";
    List<Normalizer.Placed> placed = PLAIN.normalize(sentence, (a, b) -> { });
    Normalizer.Placed four = placed.stream().filter(p -> p.token().text().equals("four")).findFirst()
        .orElseThrow();
    assertThat(sentence.substring(four.start(), four.end())).isEqualTo("GPT-4o");
    Normalizer.Placed times = placed.stream().filter(p -> p.token().text().equals("times")).findFirst()
        .orElseThrow();
    assertThat(sentence.substring(times.start(), times.end())).isEqualTo("3.2×");
    assertThat(times.rule()).isEqualTo("multiplier");
  }

  @Test
  void reportsWhatItDrops() {
    List<String> dropped = new java.util.ArrayList<>();
    PLAIN.normalize("Section ¤ 3 🎉", (offset, text) -> dropped.add(offset + ":" + text));
    assertThat(dropped).containsExactly("8:¤", "12:🎉");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Hello (world) 5 times.", "well - known", "a — b -- c", "GPT-4 - the end", "f(x)=2 here.",
      "Wait!!! Really??", "“Quoted.”", "... and then", "$5, $6 and (7)", "A-B-C-1-2-3", "x^2 + y^2",
      "C:\\\\path\\\\to", "<b>bold</b>", "emoji 🎉🎉 only", "café naïve résumé", "100% — done…"})
  void tokensAreAlwaysSafeForMaryTts(String sentence) {
    List<Token> tokens = PLAIN.tokens(sentence);
    assertThat(tokens).isNotEmpty();
    assertThat(tokens.get(0).isPunctuation()).isFalse();
    assertThat(tokens.get(tokens.size() - 1).isPunctuation()).isTrue();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      assertThat(token.text()).as("token %d of %s", i, sentence)
          .isNotIn("-", ")", "(", "]", "[", "\"", "$")
          .doesNotContain(" ");
      if (i > 0) {
        assertThat(token.isPunctuation() && tokens.get(i - 1).isPunctuation())
            .as("two marks in a row in %s", tokens).isFalse();
      }
      if (!token.isPunctuation() && token.phonemes().isEmpty()) {
        assertThat(token.text()).as("word tokens carry letters").matches(".*\\p{L}.*");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "🎉", "—", "(...)", "\"\""})
  void nothingSpeakableGivesNoTokens(String sentence) {
    assertThat(PLAIN.tokens(sentence)).isEmpty();
  }
}
