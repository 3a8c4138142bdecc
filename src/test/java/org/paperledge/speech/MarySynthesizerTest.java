package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import marytts.util.MaryRuntimeUtils;
import org.junit.jupiter.api.Test;

class MarySynthesizerTest {
  @Test
  void describesTheVersionAsMaryTtsItselfStatesIt() {
    // Segment-cache keys contain this text: it must not drift from MaryTTS's own version line.
    String own = MaryRuntimeUtils.getMaryVersion().replaceAll("\\s+", "");
    assertThat(MarySynthesizer.describe("cmu-slt-hsmm", ""))
        .isEqualTo("marytts-" + own + "/cmu-slt-hsmm/paperledge-waveform-1");
    assertThat(MarySynthesizer.describe("cmu-slt-hsmm", "Robot(amount:50)"))
        .isEqualTo("marytts-" + own + "/cmu-slt-hsmm");
  }
}
