package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperledge.model.VoiceDesign;

class SegmentKeyTest {
  private static final String ENGINE = "marytts-MaryTTSserver5.2.1(impl.5.2.1)/cmu-slt-hsmm/paperledge-waveform-1";
  private static final List<Token> TOKENS = List.of(Token.of("Hello"), new Token("Ernis", Optional.of("' r= - n I s")),
      Token.of("."));
  private static final ProsodyMarks PLAIN = ProsodyMarks.of(TOKENS);

  /** The key as it was computed before voice designs existed, written out independently. */
  private static String keyBeforeDesigns(double rate, String effects) throws Exception {
    String text = "paperledge-segment-v1\n" + ENGINE + "\n" + rate + "\n" + effects + "\n"
        + "Hello\u0001\u0002Ernis\u0001' r= - n I s\u0002.\u0001\u0002";
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void withoutADesignTheKeyIsTheOneCachesAlreadyHold() throws Exception {
    assertThat(SegmentKey.of(ENGINE, TOKENS, 1.0, "", VoiceDesign.NONE, PLAIN)).isEqualTo(keyBeforeDesigns(1.0, ""));
    assertThat(SegmentKey.of(ENGINE, TOKENS, 1.0, "", VoiceDesign.NONE, PLAIN)).isEqualTo(keyBeforeDesigns(1.0, ""));
    assertThat(SegmentKey.of(ENGINE, TOKENS, 1.1, "", new VoiceDesign(0, 0, 1, 1, -0.0, 0), PLAIN))
        .isEqualTo(keyBeforeDesigns(1.1, ""));
  }

  @Test
  void everyDesignSettingEntersTheKey() {
    List<VoiceDesign> designs = List.of(VoiceDesign.NONE,
        new VoiceDesign(-7, 0, 1, 1, 0, 0), new VoiceDesign(-7.5, 0, 1, 1, 0, 0),
        new VoiceDesign(0, 120, 1, 1, 0, 0), new VoiceDesign(0, 0, 1.2, 1, 0, 0),
        new VoiceDesign(0, 0, 1, 1.12, 0, 0), new VoiceDesign(0, 0, 1, 1, 0.3, 0),
        new VoiceDesign(0, 0, 1, 1, 0, 0.3), new VoiceDesign(-7, 0, 1.1, 1.1, 0, 0));
    Set<String> keys = new HashSet<>();
    for (VoiceDesign design : designs) {
      keys.add(SegmentKey.of(ENGINE, TOKENS, 1.0, "", design, PLAIN));
    }
    assertThat(keys).hasSameSizeAs(designs);
    assertThat(SegmentKey.of(ENGINE, TOKENS, 1.0, "", new VoiceDesign(-7, 0, 1.1, 1.1, 0, 0), PLAIN))
        .isEqualTo(SegmentKey.of(ENGINE, TOKENS, 1.0, "", new VoiceDesign(-7.0, 0, 1.1, 1.1, -0.0, 0), PLAIN));
  }
}
