package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Pcm;
import org.paperledge.model.Lexicon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The waveform stage done here gives the samples MaryTTS's own gives: the vocoder bit for bit, and whole
 * sentences sample for sample.
 */
class HmmSpeechIT {
  private static final String VOICE = "cmu-slt-hsmm";
  private static final List<String> SENTENCES = List.of(
      "Hey PaperLedge crew, Ernis here!",
      "Think of it like a drinking straw: if you suck really hard on a nearly empty milkshake, you eventually get"
          + " that crackle of air.",
      "They recorded 1.8 million hours of audio across 412 trees in 2024 and 2025.",
      "Why?",
      "So, what do you think: would you trust a tree that texts you?");

  private static LocalMaryInterface acoustic;
  private static LocalMaryInterface audio;
  private static HmmSpeech speech;
  private static final Normalizer NORMALIZER = new Normalizer(Lexicon.EMPTY);

  @BeforeAll
  static void startMaryTts() throws Exception {
    MarySynthesizer.start(VOICE).close(); // sets MaryTTS up
    acoustic = new LocalMaryInterface();
    acoustic.setVoice(VOICE);
    acoustic.setInputType("TOKENS");
    acoustic.setOutputType("ACOUSTPARAMS");
    audio = new LocalMaryInterface();
    audio.setVoice(VOICE);
    audio.setInputType("TOKENS");
    audio.setOutputType("AUDIO");
    speech = HmmSpeech.forVoice(VOICE);
    assertThat(speech).as("the voice is covered").isNotNull();
  }

  private static Document tokens(String text) {
    return MaryXml.tokens(NORMALIZER.tokens(text), 1.0);
  }

  @Test
  void vocoderGivesMaryTtsSamplesBitForBit() throws Exception {
    for (String text : SENTENCES) {
      List<List<Element>> sentences = HmmSpeech.sentences(acoustic.generateXML(tokens(text)));
      assertThat(sentences).as(text).hasSize(1);
      double[] ours = speech.vocode(sentences.get(0));
      double[] theirs = speech.vocodeWithMaryTts(sentences.get(0));
      assertThat(ours).as(text).hasSameSizeAs(theirs).isNotEmpty();
      for (int i = 0; i < ours.length; i++) {
        if (Double.doubleToLongBits(ours[i]) != Double.doubleToLongBits(theirs[i])) {
          throw new AssertionError(text + ": sample " + i + " differs: " + ours[i] + " vs " + theirs[i]);
        }
      }
    }
  }

  @Test
  void sentencesSoundAsMaryTtsMakesThem() throws Exception {
    for (String text : SENTENCES) {
      short[] ours = speech.speak(acoustic.generateXML(tokens(text))).samples();
      short[] theirs;
      try (AudioInputStream stream = audio.generateAudio(tokens(text))) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stream.transferTo(bytes);
        theirs = Pcm.fromBytes(bytes.toByteArray(), bytes.size()).samples();
      }
      assertThat(ours.length).as(text).isEqualTo(theirs.length);
      // MaryTTS scales by the running peak of what its reader has read so far; this code by the whole sentence's
      // peak. They agree exactly wherever MaryTTS's running peak already equals the sentence's.
      long differing = 0;
      double maxDiff = 0;
      for (int i = 0; i < ours.length; i++) {
        if (ours[i] != theirs[i]) {
          differing++;
        }
        maxDiff = Math.max(maxDiff, Math.abs(ours[i] - theirs[i]));
      }
      System.out.printf("%s: %d samples, %d differ, max %.0f%n", text, ours.length, differing, maxDiff);
      assertThat(differing).as(text).isLessThan(ours.length / 20);
    }
  }

  @Test
  void sentencesInOneDocumentComeOneAfterAnother() throws Exception {
    Document doc = acoustic.generateXML(tokens("Hello there."));
    assertThat(HmmSpeech.sentences(doc)).hasSize(1);
  }

  @Test
  void aVoiceWithAudioEffectsLeavesTheSharedVoiceAsItFoundIt() throws Exception {
    List<Token> tokens = new Normalizer(org.paperledge.model.Lexicon.EMPTY).tokens("The trees are thirsty.");
    MarySynthesizer plain = MarySynthesizer.start("cmu-slt-hsmm");
    short[] before = plain.synthesize(tokens, 1.0).samples();
    MarySynthesizer lower = MarySynthesizer.start("cmu-slt-hsmm", "F0Add(f0Add:-60.0)+Rate(durScale:1.2)");
    short[] lowered = lower.synthesize(tokens, 1.0).samples();
    short[] after = plain.synthesize(tokens, 1.0).samples();
    assertThat(lowered).isNotEqualTo(before);
    assertThat(after).as("the same sentence, in the plain voice, after the effects voice spoke").isEqualTo(before);
  }
}
