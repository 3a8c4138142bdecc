package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperledge.bench.PitchEstimator;
import org.paperledge.bench.PitchTrack;
import org.paperledge.bench.Readings.Heard;
import org.paperledge.bench.Readings;
import org.paperledge.model.Lexicon;
import org.paperledge.model.VoiceDesign;
import org.paperledge.speech.ProsodyMarks.Emphasis;
import org.paperledge.speech.ProsodyMarks.Kind;
import org.paperledge.speech.ProsodyMarks.ListItem;
import org.paperledge.speech.ProsodyMarks.Span;

/**
 * Sentences synthesized with each construct, their contour measured on the audio (with the test pitch tracker,
 * so that no Praat is needed) against the same sentence read plainly.
 */
class ProsodyIT {
  private static final Normalizer NORMALIZER = new Normalizer(Lexicon.EMPTY);
  private static MarySynthesizer mary;

  @BeforeAll
  static void start() throws Exception {
    mary = MarySynthesizer.start("cmu-slt-hsmm");
  }

  private static Heard hear(List<Token> tokens, ProsodyMarks marks) throws Exception {
    TimedSpeech speech = mary.synthesizeTimed(tokens, 1.0, marks);
    return new Heard(speech, PitchEstimator.track(speech.pcm()));
  }

  @Test
  void aPlainStatementIsSynthesizedAsBeforeAndTimedWithoutChange() throws Exception {
    List<Token> tokens = NORMALIZER.tokens("The sensors, which cost very little, ran for a whole year.");
    ProsodyMarks plain = ProsodyMarks.of(tokens);
    assertThat(plain.isPlain()).isTrue();
    short[] before = mary.synthesize(tokens, 1.0).samples();
    assertThat(mary.synthesize(tokens, 1.0, VoiceDesign.NONE, plain).samples()).isEqualTo(before);
    TimedSpeech timed = mary.synthesizeTimed(tokens, 1.0, plain);
    assertThat(timed.pcm().samples()).isEqualTo(before);
    assertThat(timed.tokens()).hasSize(tokens.size());
    for (int i = 1; i < tokens.size(); i++) {
      assertThat(timed.tokens().get(i).start()).isGreaterThanOrEqualTo(timed.tokens().get(i - 1).end());
    }
    assertThat(timed.tokens().get(tokens.size() - 1).end()).isLessThanOrEqualTo(before.length / 48_000.0);
  }

  @Test
  void anEmphasizedWordIsHigherAndLongerAndAStrongOneMoreSo() throws Exception {
    List<Token> tokens = NORMALIZER.tokens("Most of the sensors were placed near the roots.");
    int word = Readings.indexOf(tokens, "roots", 0);
    ProsodyMarks plain = ProsodyMarks.of(tokens);
    Heard base = hear(tokens, plain);
    Heard emphasized = hear(tokens, plain.withEmphasis(word, Emphasis.EMPHASIS));
    Heard strong = hear(tokens, plain.withEmphasis(word, Emphasis.STRONG));
    double gain = Readings.peakGain(base, emphasized, word);
    assertThat(gain).isGreaterThanOrEqualTo(2.0);
    assertThat(Readings.peakGain(base, strong, word)).isGreaterThan(gain);
    double ratio = Readings.durationRatio(base, emphasized, word);
    assertThat(ratio).isGreaterThanOrEqualTo(1.10);
    assertThat(Readings.durationRatio(base, strong, word)).isGreaterThan(ratio);
    int other = Readings.indexOf(tokens, "sensors", 0);
    assertThat(Readings.durationRatio(base, emphasized, other)).as("other words keep their length")
        .isEqualTo(1.0);
  }

  @Test
  void aYesNoQuestionEndsRisingAndTheSameWordsStatedFall() throws Exception {
    for (String text : List.of("Did the model see the test questions?", "You measured the trees at night?")) {
      List<Token> tokens = NORMALIZER.tokens(text);
      assertThat(ProsodyMarks.kindOf(tokens)).isEqualTo(Kind.YES_NO_QUESTION);
      PitchTrack asked = PitchEstimator.track(mary.synthesize(tokens, 1.0));
      assertThat(asked.endAboveMedian()).as(text).isGreaterThanOrEqualTo(3.0);
      assertThat(asked.endWindowRise()).as(text).isPositive();
      List<Token> stated = NORMALIZER.tokens(text.replace('?', '.'));
      assertThat(PitchEstimator.track(mary.synthesize(stated, 1.0)).endAboveMedian()).as(text).isNegative();
    }
  }

  @Test
  void aWhQuestionEndsFalling() throws Exception {
    PitchTrack asked = PitchEstimator.track(mary.synthesize(NORMALIZER.tokens("How did they collect the audio?"),
        1.0));
    assertThat(asked.endAboveMedian()).isLessThan(-1.0);
    assertThat(asked.endWindowRise()).isNegative();
  }

  @Test
  void anExclamationSwingsWiderThanTheSameStatement() throws Exception {
    double exclaimed = PitchEstimator.track(mary.synthesize(NORMALIZER.tokens("That is a huge improvement!"), 1.0))
        .rangeRatio();
    double stated = PitchEstimator.track(mary.synthesize(NORMALIZER.tokens("That is a huge improvement."), 1.0))
        .rangeRatio();
    assertThat(exclaimed / stated).isGreaterThanOrEqualTo(1.25);
  }

  @Test
  void anAsideIsLowerQuickerAndSetOffByShortPauses() throws Exception {
    List<Token> tokens = NORMALIZER.tokens("The robot watched the videos (mostly cooking shows) and copied them.");
    Span span = Readings.spanOf(tokens, "mostly cooking shows");
    ProsodyMarks plain = ProsodyMarks.of(tokens);
    Heard base = hear(tokens, plain);
    Heard aside = hear(tokens, plain.withAside(span.from(), span.to()));
    assertThat(Readings.asideOffset(aside, span)).isLessThanOrEqualTo(-1.5);
    assertThat(Readings.asideSpeedUp(base, aside, span)).isBetween(0.05, 0.15);
    assertThat(Readings.pauseBefore(aside, span)).isBetween(0.1, 0.3);
    assertThat(Readings.pauseAfter(aside, span)).isBetween(0.1, 0.3);
    assertThat(Readings.pauseBefore(base, span)).as("MaryTTS's own comma pause").isGreaterThan(0.3);
  }

  @Test
  void anAsideWithoutPunctuationAroundItGetsItsPauses() throws Exception {
    List<Token> tokens = NORMALIZER.tokens("The sensors which cost very little ran for a year.");
    Span span = Readings.spanOf(tokens, "which cost very little");
    Heard plain = hear(tokens, ProsodyMarks.of(tokens));
    Heard aside = hear(tokens, ProsodyMarks.of(tokens).withAside(span.from(), span.to()));
    assertThat(Readings.pauseBefore(plain, span)).isLessThan(0.05);
    assertThat(Readings.pauseBefore(aside, span)).isBetween(0.1, 0.3);
    assertThat(Readings.pauseAfter(aside, span)).isBetween(0.1, 0.3);
  }

  @Test
  void listItemsBeforeTheLastRiseAndTheLastFalls() throws Exception {
    List<Token> first = NORMALIZER.tokens("Clip a microphone to the trunk.");
    PitchTrack rising = PitchEstimator.track(mary.synthesize(first, 1.0, VoiceDesign.NONE,
        ProsodyMarks.of(first).withListItem(ListItem.NON_FINAL)));
    assertThat(rising.endAboveMedian()).isGreaterThanOrEqualTo(1.0);
    assertThat(rising.endWindowRise()).isPositive();
    List<Token> last = NORMALIZER.tokens("Count the crackles in the morning.");
    PitchTrack falling = PitchEstimator.track(mary.synthesize(last, 1.0, VoiceDesign.NONE,
        ProsodyMarks.of(last).withListItem(ListItem.FINAL)));
    assertThat(falling.endAboveMedian()).isLessThanOrEqualTo(-1.0);
    assertThat(falling.endWindowRise()).isNegative();
  }

  @Test
  void livelinessWidensTheRangeAndKeepsTheLevel() throws Exception {
    List<Token> tokens = NORMALIZER.tokens("Most of the sensors were placed near the roots of old oak trees.");
    PitchTrack stock = PitchEstimator.track(mary.synthesize(tokens, 1.0));
    PitchTrack lively = PitchEstimator.track(mary.synthesize(tokens, 1.0, VoiceDesign.NONE,
        ProsodyMarks.of(tokens).withLiveliness(1.4)));
    assertThat(lively.rangeSemitones() / stock.rangeSemitones()).isBetween(1.25, 1.55);
    assertThat(Math.abs(PitchTrack.semitones(lively.median(), stock.median()))).isLessThan(0.5);
  }

  @Test
  void marksSurviveMaryTtsExpandingATokenIntoWords() throws Exception {
    // MaryTTS reads "10:30" as four words in one <mtu>: the marks still land on the tokens they were given for.
    List<Token> tokens = List.of(Token.of("They"), Token.of("met"), Token.of("at"), Token.of("10:30"),
        Token.of("sharp"), Token.of("."));
    ProsodyMarks plain = ProsodyMarks.of(tokens);
    Heard base = hear(tokens, plain);
    Heard stressed = hear(tokens, plain.withEmphasis(4, Emphasis.STRONG));
    assertThat(base.speech().tokens().get(3).seconds()).as("ten thirty a m").isGreaterThan(0.6);
    assertThat(Readings.durationRatio(base, stressed, 3)).isEqualTo(1.0);
    assertThat(Readings.durationRatio(base, stressed, 4)).isGreaterThan(1.2);
  }
}
