package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperledge.speech.FrameLayout.TokenFrames;
import org.paperledge.speech.ProsodyMarks.Emphasis;
import org.paperledge.speech.ProsodyMarks.Kind;
import org.paperledge.speech.ProsodyMarks.ListItem;

class ProsodyPlanTest {
  private static final double ST = Math.log(2) / 12;
  /** "We measured the trees , at night ." in 5 ms frames; the comma's pause is frames 170 to 249. */
  private static final List<Token> TOKENS =
      Arrays.stream("We measured the trees , at night .".split(" ")).map(Token::of).toList();
  private static final List<TokenFrames> FRAMES = List.of(new TokenFrames(0, 30, 0, 10, 30),
      new TokenFrames(30, 90, 30, 40, 60), new TokenFrames(90, 110, 90, 95, 110),
      new TokenFrames(110, 170, 120, 125, 150), TokenFrames.silent(170), new TokenFrames(250, 280, 250, 250, 270),
      new TokenFrames(280, 360, 280, 290, 330), TokenFrames.silent(360));
  private static final boolean[] VOICED = new boolean[360];
  private static final FrameLayout LAYOUT;

  static {
    for (int t = 0; t < VOICED.length; t++) {
      VOICED[t] = t >= 5 && t < 355 && (t < 170 || t >= 250) && t % 37 != 0;
    }
    LAYOUT = new FrameLayout(0.005, VOICED, FRAMES);
  }

  /** A falling line from 200 to 150 Hz with a bump on each stressed vowel. */
  private static double[] contour() {
    double[] f = new double[VOICED.length];
    for (int t = 0; t < f.length; t++) {
      f[t] = VOICED[t] ? Math.log(200 - 50.0 * t / f.length) : Double.NaN;
    }
    for (TokenFrames token : FRAMES) {
      for (int t = Math.max(0, token.vowelStart()); t < token.accentEnd(); t++) {
        f[t] += 1.5 * ST * Math.sin(Math.PI * (t - token.vowelStart()) / (token.accentEnd() - token.vowelStart()));
      }
    }
    return f;
  }

  private static double[] shaped(ProsodyMarks marks) {
    return new ProsodyPlan(marks).logF0(LAYOUT, contour());
  }

  private static ProsodyMarks plain() {
    return ProsodyMarks.of(TOKENS);
  }

  private static double percentile(double[] f, double p) {
    double[] v = Arrays.stream(f).filter(x -> !Double.isNaN(x)).sorted().toArray();
    return v[(int) Math.round(p * (v.length - 1))];
  }

  private static double tail(double[] f) {
    double sum = 0;
    int seen = 0;
    for (int t = f.length - 1; t >= 0 && seen < 6; t--) {
      if (!Double.isNaN(f[t])) {
        sum += f[t];
        seen++;
      }
    }
    return sum / seen;
  }

  @Test
  void plainMarksLeaveTheContourBitForBit() {
    double[] before = contour();
    double[] after = shaped(plain());
    assertThat(Arrays.equals(before, after)).isTrue();
    for (int i = 0; i < TOKENS.size(); i++) {
      assertThat(new ProsodyPlan(plain()).durationFactor(i)).isEqualTo(1.0);
      assertThat(new ProsodyPlan(plain()).pauseLimitAfter(i)).isZero();
    }
  }

  @Test
  void unvoicedFramesStayUnvoiced() {
    ProsodyMarks all = plain().withKind(Kind.YES_NO_QUESTION).withEmphasis(3, Emphasis.STRONG).withAside(5, 7)
        .withLiveliness(1.5);
    double[] f = shaped(all);
    for (int t = 0; t < f.length; t++) {
      assertThat(Double.isNaN(f[t])).as("frame %d", t).isEqualTo(!VOICED[t]);
    }
  }

  @Test
  void aVoicesRangeScalesItsOwnMelodyAndLeavesTheAccentsAndAnExclamationsExtraSwingAsWide() {
    double[] before = contour();
    double width = percentile(before, 0.9) - percentile(before, 0.1);
    double[] calm = new ProsodyPlan(plain(), 0.6).logF0(LAYOUT, contour());
    assertThat(percentile(calm, 0.9) - percentile(calm, 0.1)).isEqualTo(0.6 * width, within(1e-9));
    double[] exclaimed = new ProsodyPlan(plain().withKind(Kind.EXCLAMATION), 0.6).logF0(LAYOUT, contour());
    assertThat(percentile(exclaimed, 0.9) - percentile(exclaimed, 0.1)).as("the extra swing adds")
        .isEqualTo((0.6 + ProsodyPlan.EXCLAMATION_RANGE - 1) * width, within(1e-9));
    // an accent is the same height over the word read plainly, whatever the voice's range
    for (double range : new double[] {0.6, 1.0, 1.4}) {
      double[] plainly = new ProsodyPlan(plain(), range).logF0(LAYOUT, contour());
      double[] stressed = new ProsodyPlan(plain().withEmphasis(3, Emphasis.EMPHASIS), range).logF0(LAYOUT,
          contour());
      TokenFrames word = FRAMES.get(3);
      double gain = Arrays.stream(stressed, word.start(), word.end()).filter(x -> !Double.isNaN(x)).max()
          .orElseThrow() - Arrays.stream(plainly, word.start(), word.end()).filter(x -> !Double.isNaN(x)).max()
          .orElseThrow();
      assertThat(gain / ST).as("range %s", range).isGreaterThan(2.5);
    }
    double[] monotone = new ProsodyPlan(plain(), 0).logF0(LAYOUT, contour());
    assertThat(percentile(monotone, 0.9) - percentile(monotone, 0.1)).isEqualTo(0, within(1e-9));
  }

  @Test
  void livelinessAndExclamationsWidenTheSwing() {
    double[] before = contour();
    double width = percentile(before, 0.9) - percentile(before, 0.1);
    double[] lively = shaped(plain().withLiveliness(1.4));
    assertThat(percentile(lively, 0.9) - percentile(lively, 0.1)).isEqualTo(1.4 * width, within(1e-9));
    assertThat(Contour.median(lively, 0, lively.length)).isEqualTo(Contour.median(before, 0, before.length),
        within(1e-9));
    double[] exclaimed = shaped(plain().withKind(Kind.EXCLAMATION));
    assertThat(percentile(exclaimed, 0.9) - percentile(exclaimed, 0.1))
        .isEqualTo(ProsodyPlan.EXCLAMATION_RANGE * width, within(1e-9));
    double[] livelyExclaimed = shaped(plain().withKind(Kind.EXCLAMATION).withLiveliness(1.4));
    assertThat(percentile(livelyExclaimed, 0.9) - percentile(livelyExclaimed, 0.1)).as("the extra swing adds")
        .isEqualTo((1.4 + ProsodyPlan.EXCLAMATION_RANGE - 1) * width, within(1e-9));
  }

  @Test
  void aYesNoQuestionEndsWellAboveItsMedianAndOnlyItsEndChanges() {
    double[] before = contour();
    double[] f = shaped(plain().withKind(Kind.YES_NO_QUESTION));
    assertThat(tail(f)).isEqualTo(Contour.median(before, 0, before.length) + ProsodyPlan.QUESTION_END_SEMITONES * ST,
        within(1e-9));
    assertThat(Arrays.copyOf(f, 250)).as("before the last words").isEqualTo(Arrays.copyOf(before, 250));
  }

  @Test
  void whQuestionsAndLastListItemsFallAndOtherItemsRise() {
    double median = Contour.median(contour(), 0, VOICED.length);
    assertThat(tail(shaped(plain().withKind(Kind.WH_QUESTION))))
        .isLessThanOrEqualTo(median + ProsodyPlan.FINAL_END_SEMITONES * ST + 1e-9);
    assertThat(tail(shaped(plain().withListItem(ListItem.FINAL))))
        .isLessThanOrEqualTo(median + ProsodyPlan.FINAL_END_SEMITONES * ST + 1e-9);
    assertThat(tail(shaped(plain().withListItem(ListItem.NON_FINAL))))
        .isEqualTo(median + ProsodyPlan.CONTINUATION_END_SEMITONES * ST, within(1e-9));
    assertThat(tail(shaped(plain().withKind(Kind.YES_NO_QUESTION).withListItem(ListItem.NON_FINAL))))
        .as("a question in a list still rises as a question")
        .isEqualTo(median + ProsodyPlan.QUESTION_END_SEMITONES * ST, within(1e-9));
  }

  @Test
  void anEmphasizedWordIsRaisedOverItsStressedVowel() {
    double[] before = contour();
    double[] emphasized = shaped(plain().withEmphasis(3, Emphasis.EMPHASIS));
    double[] strong = shaped(plain().withEmphasis(3, Emphasis.STRONG));
    for (int t = 125; t < 150; t++) {
      if (VOICED[t]) {
        assertThat(emphasized[t] - before[t]).isEqualTo(3.5 * ST, within(1e-12));
        assertThat(strong[t] - before[t]).isEqualTo(6.0 * ST, within(1e-12));
      }
    }
    assertThat(Arrays.copyOf(emphasized, 90)).as("words before").isEqualTo(Arrays.copyOf(before, 90));
    assertThat(Arrays.copyOfRange(emphasized, 250, 360)).as("after the pause")
        .isEqualTo(Arrays.copyOfRange(before, 250, 360));
    assertThat(Arrays.equals(shaped(plain().withEmphasis(4, Emphasis.STRONG)), before))
        .as("a token without a vowel has no accent to raise").isTrue();
  }

  @Test
  void anAsideIsReadLowerThanTheRestOfItsSentence() {
    double[] f = shaped(plain().withAside(5, 7));
    double[] outside = f.clone();
    Arrays.fill(outside, 250, 360, Double.NaN);
    double aside = Contour.median(f, 250, 360);
    assertThat(aside - Contour.median(outside, 0, f.length))
        .isEqualTo(ProsodyPlan.ASIDE_SEMITONES * ST, within(0.2 * ST));
    assertThat(Arrays.copyOf(f, 250)).isEqualTo(Arrays.copyOf(contour(), 250));
  }

  @Test
  void durationsFollowEmphasisAndAsides() {
    ProsodyPlan plan = new ProsodyPlan(plain().withEmphasis(1, Emphasis.EMPHASIS).withEmphasis(3, Emphasis.STRONG)
        .withAside(5, 7).withEmphasis(6, Emphasis.EMPHASIS));
    assertThat(plan.durationFactor(0)).isEqualTo(1.0);
    assertThat(plan.durationFactor(1)).isEqualTo(ProsodyPlan.EMPHASIS_LENGTH[1]);
    assertThat(plan.durationFactor(3)).isEqualTo(ProsodyPlan.EMPHASIS_LENGTH[2]);
    assertThat(plan.durationFactor(5)).isEqualTo(ProsodyPlan.ASIDE_LENGTH);
    assertThat(plan.durationFactor(6)).isEqualTo(ProsodyPlan.ASIDE_LENGTH * ProsodyPlan.EMPHASIS_LENGTH[1]);
    assertThat(plan.pauseLimitAfter(4)).as("the comma before the aside").isEqualTo(ProsodyPlan.ASIDE_PAUSE_MS);
    assertThat(plan.pauseLimitAfter(7)).as("the full stop after it").isEqualTo(ProsodyPlan.ASIDE_PAUSE_MS);
    assertThat(plan.pauseLimitAfter(2)).isZero();
  }

  @Test
  void asidesGetACommaOnEachSideWhereTheyHaveNone() {
    List<Token> tokens = Arrays.stream("the sensors which cost little ran well .".split(" ")).map(Token::of).toList();
    ProsodyPlan.Marked marked = ProsodyPlan.withAsidePauses(tokens,
        ProsodyMarks.of(tokens).withAside(2, 5).withEmphasis(6, Emphasis.STRONG));
    assertThat(marked.tokens()).extracting(Token::text)
        .containsExactly("the", "sensors", ",", "which", "cost", "little", ",", "ran", "well", ".");
    assertThat(marked.marks().asides()).containsExactly(new ProsodyMarks.Span(3, 6));
    assertThat(marked.marks().emphasis().get(8)).isEqualTo(Emphasis.STRONG);
    assertThat(marked.positions()).containsExactly(0, 1, 3, 4, 5, 7, 8, 9);
  }

  @Test
  void asidesThatHaveTheirPausesOrOpenTheSentenceGetNoneAdded() {
    List<Token> tokens = Arrays.stream("which cost little , ran , oh well , fine .".split(" ")).map(Token::of)
        .toList();
    ProsodyMarks marks = ProsodyMarks.of(tokens).withAside(0, 3).withAside(6, 8);
    ProsodyPlan.Marked marked = ProsodyPlan.withAsidePauses(tokens, marks);
    assertThat(marked.tokens()).isEqualTo(tokens);
    assertThat(marked.marks()).isEqualTo(marks);
    List<Token> adjacent = Arrays.stream("a b c d e .".split(" ")).map(Token::of).toList();
    assertThat(ProsodyPlan.withAsidePauses(adjacent, ProsodyMarks.of(adjacent).withAside(1, 2).withAside(2, 4))
        .tokens()).extracting(Token::text).containsExactly("a", ",", "b", ",", "c", "d", ",", "e", ".");
  }

  @Test
  void aLayoutMustFitTheMarks() {
    double[] f = contour();
    ProsodyPlan plan = new ProsodyPlan(ProsodyMarks.of(TOKENS.subList(0, 7)));
    assertThatThrownBy(() -> plan.logF0(LAYOUT, f)).hasMessageContaining("7 tokens");
    assertThatThrownBy(() -> new TokenFrames(10, 5, -1, -1, -1)).hasMessageContaining("bad token frames");
    assertThatThrownBy(() -> new TokenFrames(0, 10, 5, 6, 12)).hasMessageContaining("bad token frames");
    assertThatThrownBy(() -> new TokenFrames(0, 10, 5, 4, 8)).hasMessageContaining("bad token frames");
    assertThatThrownBy(() -> new TokenFrames(0, 10, 5, -1, 8)).hasMessageContaining("bad token frames");
    assertThatThrownBy(() -> new FrameLayout(0.005, new boolean[10], List.of(TokenFrames.silent(12))))
        .hasMessageContaining("beyond");
  }
}
