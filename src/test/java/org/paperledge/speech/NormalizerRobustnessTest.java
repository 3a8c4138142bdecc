package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperledge.model.Lexicon;

/**
 * Whatever a script holds, the normalizer gives tokens MaryTTS can say: it never throws, never gives a bare
 * digit or symbol, never two marks in a row. The inputs are pieces of jargon glued at random (seeded).
 */
class NormalizerRobustnessTest {
  private static final String[] PIECES = {"1", "2", "3", "0", "9", ".", ",", "-", "−", "–", "/", ":", "^", "²",
      "₁", "x", "×", "e", "E", "v", "A", "s", "m", "GB", "Hz", "°", "°C", "µs", "%", "$", "(", ")", "[", "]",
      "'", "’s", " ", "O", "Θ", "γ", "≥", "<", "=", "±", "~", "¾", "Fig.", "Eq.", "Dr.", "Ph.D.", "a", "I",
      "NASA", "ReLU", "LoRA", "GPU", "|", "\\", "*", "#", "&", "+", "Jan.", "May", "on", "of", "k", "M", "n",
      "YOLOv", "INT", "!", "?", "…", "—", "http://x.org", "arXiv:", "RTX ", "Python ", "v1.", "10^", "[1,",
      "pp.", "No.", "H2O", "s.d.", "§", "→", "tok/s", "m/s²", "12/", "/2024", "Table ", "III", "SQuAD",
      "GPUs'", "OpenAI's", "⁻", "⁹", "🎉", "ﬁ", "١٢", "Λ.", "é", "ß."};

  private final Normalizer normalizer;

  NormalizerRobustnessTest() throws Exception {
    normalizer = new Normalizer(Lexicon.load(Path.of("voices/ernis.lexicon")));
  }

  @Test
  void gluedJargonAlwaysGivesSafeTokens() {
    Random random = new Random(20261201);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 1 + random.nextInt(10); k > 0; k--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertSafe(text.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Scores in the 93s were common.", "The 1:91: mark.", "x⁻⁻⁹ and 10^9999999 and 2^-x.",
      "Version v99999999999999999999 and [99999999999999999999].", "The 0.5s and 5s and 10s of runs."})
  void inputsThatOnceThrew(String text) {
    assertSafe(text);
  }

  @Test
  void noLetterOrDigitVanishesUnlessItIsACitation() {
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 1 + random.nextInt(10); k > 0; k--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String sentence = text.toString();
      boolean[] covered = new boolean[sentence.length()];
      List<Normalizer.Placed> placed = normalizer.normalize(sentence, (offset, dropped) -> covered[offset] = true);
      for (Normalizer.Placed p : placed) {
        for (int c = p.start(); c < p.end(); c++) {
          covered[c] = true;
        }
      }
      String citations = java.util.regex.Pattern.compile("\\[[\\d,–\\s-]*\\]").matcher(sentence)
          .replaceAll(m -> "#".repeat(m.group().length()));
      for (int c = 0; c < sentence.length(); c++) {
        if (Character.isLetterOrDigit(sentence.charAt(c)) && citations.charAt(c) != '#') {
          assertThat(covered[c]).as("'%s' at %d of %s, read as %s", sentence.charAt(c), c, sentence,
              normalizer.tokens(sentence)).isTrue();
        }
      }
    }
  }

  private void assertSafe(String text) {
    List<Token> tokens = normalizer.tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isPunctuation()) {
        assertThat(i > 0 && tokens.get(i - 1).isPunctuation()).as("two marks in a row for %s: %s", text, tokens)
            .isFalse();
      } else if (token.phonemes().isEmpty()) {
        assertThat(token.text()).as("a word token of %s", text).matches("[\\p{L}'.’-]*\\p{L}[\\p{L}'.’-]*");
      }
    }
  }
}
