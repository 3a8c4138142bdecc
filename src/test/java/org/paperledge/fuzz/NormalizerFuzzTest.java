package org.paperledge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Lexicon;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.Token;

/**
 * The normalizer on any text at all, as it could reach it: it never throws, never hangs, every token keeps
 * {@link Token}'s invariants and can go into MaryXML, each token's span lies within the sentence, and a
 * sentence with something to say ends with a punctuation mark.
 */
class NormalizerFuzzTest {
  private final Normalizer normalizer = new Normalizer(Lexicon.EMPTY);

  @Test
  void anyTextGivesSpeakableTokens() {
    Fuzz.check("normalizer", 32_000, Hostile.TEXT, sentence -> {
      List<Normalizer.Placed> placed = normalizer.normalize(sentence, (at, what) -> { });
      for (Normalizer.Placed p : placed) {
        Checks.speakable(p.token());
        assertThat(p.start()).isBetween(0, sentence.length());
        assertThat(p.end()).isBetween(p.start(), sentence.length());
      }
      if (!placed.isEmpty()) {
        assertThat(placed.get(placed.size() - 1).token().isPunctuation()).isTrue();
      }
      assertThat(normalizer.tokens(sentence)).hasSameSizeAs(placed);
    });
  }
}
