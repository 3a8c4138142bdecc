package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;
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

  @Test
  void aFailureNamesItsDeepestCauseWithItsClass() {
    // The shape of MaryTTS's wrapping: the request, the module, the model, then what really went wrong.
    Exception chain = new SynthesisException("cannot process", new Exception("Module AcousticModeller: Problem"
        + " processing the data.", new MaryConfigurationException("Error generating F0\n out of HMMs",
        new NullPointerException("um is null"))));
    assertThat(MarySynthesizer.why(chain))
        .isEqualTo("cannot process, caused by java.lang.NullPointerException: um is null");
    assertThat(MarySynthesizer.why(new SynthesisException("cannot process", new IllegalStateException())))
        .isEqualTo("cannot process, caused by java.lang.IllegalStateException");
    assertThat(MarySynthesizer.why(new IllegalArgumentException("bad\n  phone")))
        .isEqualTo("java.lang.IllegalArgumentException: bad phone");
  }

  @Test
  void aCauseThatLoopsEndsTheSearch() {
    Exception a = new Exception("a");
    Exception b = new Exception("b", a);
    a.initCause(b);
    assertThat(MarySynthesizer.why(b)).isEqualTo("b, caused by java.lang.Exception: a");
  }
}
