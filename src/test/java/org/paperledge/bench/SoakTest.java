package org.paperledge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;
import org.paperledge.model.Lexicon;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.Synthesizer;
import org.paperledge.speech.Token;

class SoakTest {
  @Test
  void sentencesAreDistinctShortAndVaried() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String s = SoakSentences.sentence(i);
      assertThat(seen.add(s)).as("sentence %d repeats: %s", i, s).isTrue();
      assertThat(s).matches("[A-Z][a-z ,]+[.?]").hasSizeLessThan(60);
    }
    assertThat(SoakSentences.sentence(0)).isNotEqualTo(SoakSentences.sentence(1));
    assertThat(SoakSentences.sentence(1).substring(0, 8)).isNotEqualTo(SoakSentences.sentence(2).substring(0, 8));
    assertThat(SoakSentences.count()).isEqualTo(6L * 62 * 62 * 62);
    assertThat(SoakSentences.NOUNS).doesNotHaveDuplicates();
    assertThat(SoakSentences.sentence(SoakSentences.count() - 1)).isNotBlank();
    assertThatThrownBy(() -> SoakSentences.sentence(SoakSentences.count()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theHeapMayGrowByTenPercentAtMost() {
    Soak.Result steady = result(0, List.of(200_000_000L, 230_000_000L, 219_000_000L));
    assertThat(steady.heapGrowth()).isCloseTo(0.095, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(steady.ok()).isTrue();
    assertThat(result(0, List.of(200_000_000L, 221_000_000L)).ok()).isFalse();
    assertThat(result(0, List.of(200_000_000L)).heapGrowth()).isZero();
  }

  @Test
  void oneFailureFailsTheSoak() {
    assertThat(result(1, List.of(200_000_000L, 200_000_000L)).ok()).isFalse();
  }

  @Test
  void theSummaryGivesTheCountsTheSpeedAndTheHeapAfterEachThousand() {
    assertThat(result(0, List.of(212_345_678L, 214_000_000L, 213_100_000L)).summary()).isEqualTo(
        "soak: 3000 distinct sentences through 2 synthesis threads, nothing cached: 0 failed; 7700 s of audio"
            + " in 385 s (0.050 s of synthesis and 0.090 s of processor time per second of audio); heap in use"
            + " after each thousand sentences: 212.3, 214.0, 213.1 MB (the last against the first: +0.4%,"
            + " at most +10%): ok");
    assertThat(result(0, List.of(212_345_678L)).summary())
        .contains("heap not compared (fewer than two thousands): ok");
  }

  private static Soak.Result result(int failures, List<Long> heap) {
    return new Soak.Result(3_000, 2, failures, 7_700, 385, 693, heap);
  }

  /** Half a second of silence per sentence, except for sentences about glaciers, which fail. */
  private static final class GlacierShy implements Synthesizer {
    @Override
    public Pcm synthesize(List<Token> tokens, double rate) throws ToolException {
      if (tokens.stream().anyMatch(t -> t.text().equals("glacier"))) {
        throw new ToolException("MaryTTS failed: cannot process, caused by java.lang.IllegalStateException: ice",
            new IllegalStateException("ice"));
      }
      return new Pcm(new short[Pcm.RATE / 2]);
    }

    @Override
    public String describe() {
      return "fake";
    }

    @Override
    public void close() {}
  }

  @Test
  void everyFailureIsCountedAndPrintedWithItsCauseAndEveryThousandIsMeasured() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Soak.Result result;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      result = Soak.run(GlacierShy::new, new Normalizer(Lexicon.EMPTY), 1.0, 2_500, 3, out);
    }
    long glaciers = 0;
    for (int i = 0; i < 2_500; i++) {
      glaciers += SoakSentences.sentence(i).contains("glacier") ? 1 : 0;
    }
    assertThat(glaciers).isBetween(50L, 250L);
    assertThat(result.failures()).isEqualTo(glaciers);
    assertThat(result.audioSeconds()).isEqualTo((2_500 - glaciers) * 0.5);
    assertThat(result.heapBytes()).hasSize(2).allMatch(b -> b > 0);
    assertThat(result.ok()).isFalse();
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines().filter(l -> l.startsWith("soak: sentence ")).count()).isEqualTo(glaciers);
    assertThat(printed).contains("Caused by: java.lang.IllegalStateException: ice")
        .contains("soak: 1000 sentences, ").contains("soak: 2000 sentences, ");
  }
}
