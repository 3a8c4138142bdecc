package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Lexicon;
import org.paperledge.model.VoiceDesign;
import org.paperledge.speech.ProsodyMarks.Emphasis;

/** Segment-cache keys change when the reading does, and only then. */
class ProsodyKeyTest {
  private static final Normalizer NORMALIZER = new Normalizer(Lexicon.EMPTY);

  /** The key as it was computed before readings followed marks. */
  private static String keyBeforeMarks(List<Token> tokens, double rate, String effects) throws Exception {
    StringBuilder text = new StringBuilder("paperledge-segment-v1\nengine/voice\n").append(rate).append('\n')
        .append(effects).append('\n');
    for (Token token : tokens) {
      text.append(token.text()).append('\u0001').append(token.phonemes().orElse("")).append('\u0002');
    }
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aPlainStatementKeepsItsKey() throws Exception {
    List<Token> tokens = NORMALIZER.tokens("We measured the trees at night.");
    assertThat(SegmentKey.of("engine/voice", tokens, 1.0, "", VoiceDesign.NONE, ProsodyMarks.of(tokens))).isEqualTo(keyBeforeMarks(tokens, 1.0, ""));
    assertThat(SegmentKey.of("engine/voice", tokens, 1.0, "", VoiceDesign.NONE, ProsodyMarks.of(tokens))).isEqualTo(keyBeforeMarks(tokens, 1.0, ""));
  }

  @Test
  void questionsExclamationsAndMarkedSentencesGetNewKeys() throws Exception {
    for (String text : List.of("We measured the trees at night?", "We measured the trees at night!")) {
      List<Token> tokens = NORMALIZER.tokens(text);
      assertThat(SegmentKey.of("engine/voice", tokens, 1.0, "", VoiceDesign.NONE, ProsodyMarks.of(tokens))).as(text).isNotEqualTo(keyBeforeMarks(tokens, 1.0, ""))
          .isEqualTo(SegmentKey.of("engine/voice", tokens, 1.0, "", VoiceDesign.NONE, ProsodyMarks.of(tokens)));
    }
    List<Token> tokens = NORMALIZER.tokens("We measured the trees at night.");
    ProsodyMarks plain = ProsodyMarks.of(tokens);
    assertThat(List.of(SegmentKey.of("engine/voice", tokens, 1.0, "", VoiceDesign.NONE, ProsodyMarks.of(tokens)), SegmentKey.of("engine/voice", tokens, 1.0, "", VoiceDesign.NONE, plain.withEmphasis(3, Emphasis.EMPHASIS)),
        SegmentKey.of("engine/voice", tokens, 1.0, "", VoiceDesign.NONE, plain.withAside(4, 6)), SegmentKey.of("engine/voice", tokens, 1.0, "", VoiceDesign.NONE, plain.withLiveliness(1.4))))
        .doesNotHaveDuplicates();
  }
}
