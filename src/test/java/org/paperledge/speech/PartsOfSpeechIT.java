package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import marytts.LocalMaryInterface;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Lexicon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parts of speech tagged here are MaryTTS's own, and so is the speech made from them. */
class PartsOfSpeechIT {
  private static final String VOICE = "cmu-slt-hsmm";
  private static final List<String> SENTENCES = List.of(
      "Hey PaperLedge crew, Ernis here!",
      "Can you hear a thirsty tree? They record the record, and lead the way with lead-free pipes.",
      "In 2025, about 1.8 million hours of audio came from 412 sensors, roughly 3.5% of them noisy.",
      "Dr. Smith's team used a GPU, and the F1 score went up by 0.07!",
      "So, what do you think: would you trust a tree that texts you?",
      "Why?",
      "Drought.",
      "Run");
  private static final Normalizer NORMALIZER = new Normalizer(Lexicon.EMPTY);

  private static MarySynthesizer ours;
  private static MarySynthesizer marys;

  @BeforeAll
  static void start() throws Exception {
    ours = MarySynthesizer.start(VOICE, "", true);
    marys = MarySynthesizer.start(VOICE, "", false);
  }

  @Test
  void theStandInIsUsedForTheEnglishVoice() {
    assertThat(PartsOfSpeech.standsInForMaryTts()).isTrue();
    assertThat(ours.tagsPartsOfSpeech()).isTrue();
    assertThat(marys.tagsPartsOfSpeech()).isFalse();
  }

  @Test
  void tagsAreTheOnesMaryTtsGives() throws Exception {
    LocalMaryInterface toWords = new LocalMaryInterface();
    toWords.setVoice(VOICE);
    toWords.setInputType("TOKENS");
    toWords.setOutputType("WORDS");
    LocalMaryInterface toTags = new LocalMaryInterface();
    toTags.setVoice(VOICE);
    toTags.setInputType("TOKENS");
    toTags.setOutputType("PARTSOFSPEECH");
    PartsOfSpeech tagger = new PartsOfSpeech(PartsOfSpeech.load().get());
    for (List<Token> tokens : inputs()) {
      Document words = toWords.generateXML(MaryXml.tokens(tokens, 1.0));
      tagger.tag(words);
      List<String> mine = tags(words);
      List<String> theirs = tags(toTags.generateXML(MaryXml.tokens(tokens, 1.0)));
      assertThat(mine).as(tokens.toString()).isEqualTo(theirs).isNotEmpty().doesNotContainNull();
    }
  }

  /**
   * The sentences as the Normalizer gives them, and one-word sentences without a full stop (which the
   * Normalizer never gives: it ends every sentence with one), whose tag depends on one being assumed.
   */
  private static List<List<Token>> inputs() {
    List<List<Token>> inputs = new java.util.ArrayList<>();
    SENTENCES.forEach(text -> inputs.add(NORMALIZER.tokens(text)));
    inputs.add(List.of(Token.of("Run")));
    inputs.add(List.of(Token.of("Wind")));
    return inputs;
  }

  @Test
  void speechIsTheSameSampleForSample() throws Exception {
    for (List<Token> tokens : inputs()) {
      assertThat(ours.synthesize(tokens, 1.0).samples()).as(tokens.toString())
          .isEqualTo(marys.synthesize(tokens, 1.0).samples());
    }
    List<Token> slower = NORMALIZER.tokens(SENTENCES.get(1));
    assertThat(ours.synthesize(slower, 0.9).samples()).isEqualTo(marys.synthesize(slower, 0.9).samples());
  }

  @Test
  void withAudioEffectsMaryTtsMakesTheWaveformFromTheSameInput() throws Exception {
    MarySynthesizer oursWithEffects = MarySynthesizer.start(VOICE, "Robot(amount:60)", true);
    MarySynthesizer marysWithEffects = MarySynthesizer.start(VOICE, "Robot(amount:60)", false);
    assertThat(oursWithEffects.tagsPartsOfSpeech()).isTrue();
    for (String text : SENTENCES.subList(0, 3)) {
      List<Token> tokens = NORMALIZER.tokens(text);
      short[] mine = oursWithEffects.synthesize(tokens, 1.0).samples();
      assertThat(mine).as(text).isNotEmpty().isEqualTo(marysWithEffects.synthesize(tokens, 1.0).samples());
      assertThat(mine).as("the effect is applied").isNotEqualTo(ours.synthesize(tokens, 1.0).samples());
    }
  }

  private static List<String> tags(Document doc) {
    NodeList tokens = doc.getElementsByTagNameNS(MaryXml.NAMESPACE, "t");
    List<String> tags = new java.util.ArrayList<>();
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      tags.add(t.hasAttribute("pos") ? t.getAttribute("pos") : null);
    }
    return tags;
  }
}
