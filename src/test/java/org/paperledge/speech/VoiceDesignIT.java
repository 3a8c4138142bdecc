package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import marytts.LocalMaryInterface;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.model.Lexicon;
import org.paperledge.model.Pcm;
import org.paperledge.model.VoiceDesign;
import org.paperledge.show.VoiceProfile;
import org.w3c.dom.Element;

/**
 * The voice design, applied in the waveform stage: identity settings leave MaryTTS's samples bit for bit, and a
 * design reaches the vocoder through the synthesizer.
 */
class VoiceDesignIT {
  private static final String VOICE = "cmu-slt-hsmm";
  private static final String TEXT = "So, what do you think: would you trust a tree that texts you when it is"
      + " thirsty?";
  private static final Normalizer NORMALIZER = new Normalizer(Lexicon.EMPTY);

  private static LocalMaryInterface acoustic;
  private static HmmSpeech speech;
  private static MarySynthesizer mary;

  @TempDir
  Path voices;

  @BeforeAll
  static void startMaryTts() throws Exception {
    mary = MarySynthesizer.start(VOICE);
    acoustic = new LocalMaryInterface();
    acoustic.setVoice(VOICE);
    acoustic.setInputType("TOKENS");
    acoustic.setOutputType("ACOUSTPARAMS");
    speech = HmmSpeech.forVoice(VOICE);
  }

  private static List<Element> sentence() throws Exception {
    return HmmSpeech.sentences(acoustic.generateXML(MaryXml.tokens(NORMALIZER.tokens(TEXT), 1.0))).get(0);
  }

  @Test
  void identitySettingsGiveMaryTtsSamplesBitForBit() throws Exception {
    Files.writeString(voices.resolve("same.yaml"),
        "pitch: 0 st\npitch-range: 1.0\ntract: 1\nbrightness: 0\nbreathiness: 0\n");
    VoiceDesign identity = VoiceProfile.load(voices, "same").design();
    double[] ours = speech.vocode(sentence(), identity, null, null);
    double[] theirs = speech.vocodeWithMaryTts(sentence());
    assertThat(ours).hasSameSizeAs(theirs).isNotEmpty();
    for (int i = 0; i < ours.length; i++) {
      if (Double.doubleToLongBits(ours[i]) != Double.doubleToLongBits(theirs[i])) {
        throw new AssertionError("sample " + i + " differs: " + ours[i] + " vs " + theirs[i]);
      }
    }
    List<Token> tokens = NORMALIZER.tokens(TEXT);
    assertThat(mary.synthesize(tokens, 1.0, identity, ProsodyMarks.of(tokens)).samples()).isEqualTo(mary.synthesize(tokens, 1.0).samples());
  }

  @Test
  void aDesignReachesTheVocoderThroughTheSynthesizer() throws Exception {
    List<Token> tokens = NORMALIZER.tokens(TEXT);
    Pcm stock = mary.synthesize(tokens, 1.0);
    VoiceDesign octaveDown = new VoiceDesign(-12, 0, 1, 1.1, 0.2, 0.2);
    Pcm low = mary.synthesize(tokens, 1.0, octaveDown, ProsodyMarks.of(tokens));
    assertThat(low.samples()).as("the same frames, so the same length").hasSameSizeAs(stock.samples());
    assertThat(low.samples()).isNotEqualTo(stock.samples());
    assertThat(mary.synthesize(tokens, 1.0, octaveDown, ProsodyMarks.of(tokens)).samples()).as("deterministic").isEqualTo(low.samples());
    assertThat(medianF0(low) / medianF0(stock)).isCloseTo(0.5, within(0.04));
  }

  @Test
  void aSynthesizerThatCannotReshapeItsVoiceRefusesADesign() {
    Synthesizer plain = new Synthesizer() {
      @Override
      public Pcm synthesize(List<Token> tokens, double rate) {
        return new Pcm(new short[1]);
      }

      @Override
      public String describe() {
        return "plain";
      }

      @Override
      public void close() {}
    };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> plain.synthesize(List.of(Token.of("hi")), 1.0,
        new VoiceDesign(-3, 0, 1, 1, 0, 0), ProsodyMarks.of(List.of(Token.of("hi"))))).hasMessageContaining("cannot apply a voice design");
  }

  /**
   * A rough median F0: in every loud 40 ms window, the lag of the strongest normalized autocorrelation between
   * 60 and 400 Hz.
   */
  private static double medianF0(Pcm pcm) {
    short[] s = pcm.samples();
    int window = Pcm.RATE / 25;
    int minLag = Pcm.RATE / 400;
    int maxLag = Pcm.RATE / 60;
    double loud = 0;
    for (short v : s) {
      loud = Math.max(loud, Math.abs(v));
    }
    List<Double> f0 = new ArrayList<>();
    for (int start = 0; start + window + maxLag < s.length; start += window / 2) {
      double energy = 0;
      for (int i = start; i < start + window; i++) {
        energy += (double) s[i] * s[i];
      }
      if (Math.sqrt(energy / window) < loud / 8) {
        continue;
      }
      double best = 0;
      int bestLag = 0;
      for (int lag = minLag; lag <= maxLag; lag++) {
        double xy = 0;
        double yy = 0;
        for (int i = start; i < start + window; i++) {
          xy += (double) s[i] * s[i + lag];
          yy += (double) s[i + lag] * s[i + lag];
        }
        double r = xy / Math.sqrt(energy * yy + 1e-9);
        if (r > best) {
          best = r;
          bestLag = lag;
        }
      }
      if (best > 0.6) {
        f0.add((double) Pcm.RATE / bestLag);
      }
    }
    double[] sorted = f0.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    assertThat(sorted).as("voiced windows").hasSizeGreaterThan(10);
    return sorted[sorted.length / 2];
  }
}
