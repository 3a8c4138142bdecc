package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Lexicon;
import org.paperledge.speech.ProsodyMarks.Emphasis;
import org.paperledge.speech.ProsodyMarks.Kind;
import org.paperledge.speech.ProsodyMarks.ListItem;
import org.paperledge.speech.ProsodyMarks.Span;

class ProsodyMarksTest {
  private static final Normalizer NORMALIZER = new Normalizer(Lexicon.EMPTY);

  private static Kind kind(String sentence) {
    return ProsodyMarks.kindOf(NORMALIZER.tokens(sentence));
  }

  private static List<Token> words(String spaced) {
    return Arrays.stream(spaced.split(" ")).map(Token::of).toList();
  }

  @Test
  void theFinalPunctuationGivesTheKind() {
    assertThat(kind("The trees were talking all night.")).isEqualTo(Kind.STATEMENT);
    assertThat(kind("The trees were talking all night!")).isEqualTo(Kind.EXCLAMATION);
    assertThat(kind("Can you hear a thirsty tree?")).isEqualTo(Kind.YES_NO_QUESTION);
    assertThat(kind("You saw the cat?")).as("a statement asked").isEqualTo(Kind.YES_NO_QUESTION);
    assertThat(kind("What do you think?")).isEqualTo(Kind.WH_QUESTION);
    assertThat(kind("Why?")).isEqualTo(Kind.WH_QUESTION);
    assertThat(ProsodyMarks.kindOf(words("no punctuation at all"))).isEqualTo(Kind.STATEMENT);
    assertThat(ProsodyMarks.kindOf(List.of())).isEqualTo(Kind.STATEMENT);
    assertThat(ProsodyMarks.kindOf(words("?"))).isEqualTo(Kind.YES_NO_QUESTION);
    assertThat(ProsodyMarks.kindOf(words(", ?"))).isEqualTo(Kind.YES_NO_QUESTION);
    assertThat(ProsodyMarks.kindOf(words("really ? !"))).as("the last end mark counts").isEqualTo(Kind.EXCLAMATION);
  }

  @Test
  void aQuestionIsJudgedOnItsLastClauseAfterItsOpeners() {
    assertThat(kind("And why would a tree make noise?")).isEqualTo(Kind.WH_QUESTION);
    assertThat(kind("So, what do you think?")).isEqualTo(Kind.WH_QUESTION);
    assertThat(kind("So what do you think: would you trust a tree that texts you?"))
        .isEqualTo(Kind.YES_NO_QUESTION);
    assertThat(kind("You did what?")).as("an echo question rises").isEqualTo(Kind.YES_NO_QUESTION);
    assertThat(kind("Do you know what it means?")).isEqualTo(Kind.YES_NO_QUESTION);
    assertThat(ProsodyMarks.kindOf(words("how does it work ? ,"))).as("trailing pause marks are skipped")
        .isEqualTo(Kind.WH_QUESTION);
  }

  @Test
  void onlyAPlainStatementIsPlainAndItsCacheKeyIsEmpty() {
    ProsodyMarks statement = ProsodyMarks.of(NORMALIZER.tokens("We measured the trees."));
    assertThat(statement.isPlain()).isTrue();
    assertThat(statement.cacheKey()).isEmpty();
    assertThat(statement.size()).isEqualTo(5);
    ProsodyMarks question = ProsodyMarks.of(NORMALIZER.tokens("We measured the trees?"));
    assertThat(question.isPlain()).isFalse();
    assertThat(question.cacheKey()).startsWith(ProsodyPlan.VERSION);
    assertThat(statement.withEmphasis(1, Emphasis.EMPHASIS).isPlain()).isFalse();
    assertThat(statement.withEmphasis(1, Emphasis.NONE).isPlain()).isTrue();
    assertThat(statement.withAside(1, 3).isPlain()).isFalse();
    assertThat(statement.withListItem(ListItem.FINAL).isPlain()).isFalse();
    assertThat(statement.withLiveliness(1.2).isPlain()).isFalse();
  }

  @Test
  void cacheKeysTellEveryMarkApart() {
    ProsodyMarks base = ProsodyMarks.of(words("one two three four ."));
    List<String> keys = List.of(base.withEmphasis(1, Emphasis.EMPHASIS).cacheKey(),
        base.withEmphasis(1, Emphasis.STRONG).cacheKey(), base.withEmphasis(2, Emphasis.EMPHASIS).cacheKey(),
        base.withAside(1, 3).cacheKey(), base.withAside(1, 2).cacheKey(), base.withKind(Kind.EXCLAMATION).cacheKey(),
        base.withListItem(ListItem.NON_FINAL).cacheKey(), base.withListItem(ListItem.FINAL).cacheKey(),
        base.withLiveliness(1.3).cacheKey(), base.withLiveliness(1.4).cacheKey());
    assertThat(keys).doesNotHaveDuplicates().allSatisfy(k -> assertThat(k).isNotEmpty());
    assertThat(base.withAside(1, 3).cacheKey()).isEqualTo(base.withAside(1, 3).cacheKey());
  }

  @Test
  void asidesAreKeptInOrder() {
    ProsodyMarks marks = ProsodyMarks.of(words("a b c d e f g .")).withAside(5, 7).withAside(1, 3);
    assertThat(marks.asides()).containsExactly(new Span(1, 3), new Span(5, 7));
  }

  @Test
  void badMarksAreRefused() {
    List<Emphasis> three = Collections.nCopies(3, Emphasis.NONE);
    assertThatThrownBy(() -> new ProsodyMarks(Kind.STATEMENT, three, List.of(), ListItem.NONE, 0.4))
        .hasMessageContaining("liveliness");
    assertThatThrownBy(() -> new ProsodyMarks(Kind.STATEMENT, three, List.of(), ListItem.NONE, Double.NaN))
        .hasMessageContaining("liveliness");
    assertThatThrownBy(() -> new ProsodyMarks(Kind.STATEMENT, three, List.of(new Span(2, 4)), ListItem.NONE, 1))
        .hasMessageContaining("within the 3 tokens");
    assertThatThrownBy(() -> new ProsodyMarks(Kind.STATEMENT, three, List.of(new Span(0, 2), new Span(1, 3)),
        ListItem.NONE, 1)).hasMessageContaining("apart");
    assertThatThrownBy(() -> new Span(2, 2)).hasMessageContaining("bad span");
    assertThatThrownBy(() -> new Span(-1, 2)).hasMessageContaining("bad span");
    ProsodyMarks marks = new ProsodyMarks(Kind.STATEMENT, three, List.of(), ListItem.NONE, 1);
    assertThatThrownBy(() -> marks.withEmphasis(3, Emphasis.STRONG)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
