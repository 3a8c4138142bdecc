package org.paperledge.speech;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How one sentence should be read beyond its words: the input of {@link ProsodyPlan}, index by index with the
 * sentence's tokens. {@link #of(List)} reads what the punctuation says (a final {@code ?} or {@code !}); the
 * script's markup adds emphasis, asides and list positions.
 *
 * @param kind statement, question or exclamation
 * @param emphasis one entry per token
 * @param asides token ranges read as asides, in order, not overlapping
 * @param listItem where the sentence stands in a list, if it is a list item
 * @param liveliness how far the melody swings around the sentence's median, 1.0 as the voice does it
 */
public record ProsodyMarks(Kind kind, List<Emphasis> emphasis, List<Span> asides, ListItem listItem,
    double liveliness) {
  /** The lowest and highest liveliness accepted: beyond them the voice stops sounding like speech. */
  public static final double MIN_LIVELINESS = 0.5;
  public static final double MAX_LIVELINESS = 2.0;

  /** Words that open a question asking for information rather than yes or no. */
  private static final Set<String> WH_WORDS =
      Set.of("what", "who", "whom", "whose", "which", "where", "when", "why", "how");
  /** Words that may come before the question word of a wh-question: "And why?", "So how does it work?". */
  private static final Set<String> OPENERS = Set.of("and", "but", "so", "or", "then", "now", "well", "okay", "ok");

  /** What a sentence does, as far as its melody goes. */
  public enum Kind { STATEMENT, YES_NO_QUESTION, WH_QUESTION, EXCLAMATION }

  /** How strongly a token is stressed. */
  public enum Emphasis { NONE, EMPHASIS, STRONG }

  /** A sentence's place in a list: not in one, an item before the last, or the last item. */
  public enum ListItem { NONE, NON_FINAL, FINAL }

  /**
   * Tokens {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param from first token, from 0
   * @param to after the last token, above {@code from}
   */
  public record Span(int from, int to) {
    public Span {
      if (from < 0 || to <= from) {
        throw new IllegalArgumentException("bad span [" + from + ", " + to + ")");
      }
    }

    boolean contains(int token) {
      return token >= from && token < to;
    }
  }

  public ProsodyMarks {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(listItem, "listItem");
    emphasis = List.copyOf(emphasis);
    asides = List.copyOf(asides);
    if (!(liveliness >= MIN_LIVELINESS && liveliness <= MAX_LIVELINESS)) {
      throw new IllegalArgumentException("liveliness must be from " + MIN_LIVELINESS + " to " + MAX_LIVELINESS
          + ", not " + liveliness);
    }
    int end = 0;
    for (Span aside : asides) {
      if (aside.from() < end || aside.to() > emphasis.size()) {
        throw new IllegalArgumentException("asides must be in order, apart, and within the " + emphasis.size()
            + " tokens: " + asides);
      }
      end = aside.to();
    }
  }

  /** The marks the tokens carry themselves: their kind from the final punctuation, nothing else. */
  public static ProsodyMarks of(List<Token> tokens) {
    return new ProsodyMarks(kindOf(tokens), Collections.nCopies(tokens.size(), Emphasis.NONE), List.of(),
        ListItem.NONE, 1.0);
  }

  /**
   * A sentence's kind from its last punctuation: {@code ?} makes a question, a wh-question when its last clause
   * opens with a question word (after "and", "so" and the like), otherwise a yes/no question (a statement ending
   * in {@code ?} is asked like one); {@code !} makes an exclamation.
   */
  public static Kind kindOf(List<Token> tokens) {
    int last = tokens.size() - 1;
    while (last >= 0 && tokens.get(last).isPunctuation() && !isEnd(tokens.get(last))) {
      last--;
    }
    if (last < 0 || !isEnd(tokens.get(last))) {
      return Kind.STATEMENT;
    }
    String end = tokens.get(last).text();
    if (end.equals("!")) {
      return Kind.EXCLAMATION;
    }
    if (!end.equals("?")) {
      return Kind.STATEMENT;
    }
    int first = Math.max(0, last - 1);
    while (first > 0 && !tokens.get(first - 1).isPunctuation()) {
      first--;
    }
    while (first < last && OPENERS.contains(word(tokens.get(first)))) {
      first++;
    }
    return first < last && WH_WORDS.contains(word(tokens.get(first))) ? Kind.WH_QUESTION : Kind.YES_NO_QUESTION;
  }

  private static boolean isEnd(Token token) {
    return token.text().equals(".") || token.text().equals("?") || token.text().equals("!");
  }

  private static String word(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }

  /** The same marks with token {@code token} stressed {@code level}. */
  public ProsodyMarks withEmphasis(int token, Emphasis level) {
    List<Emphasis> changed = new ArrayList<>(emphasis);
    changed.set(token, Objects.requireNonNull(level, "level"));
    return new ProsodyMarks(kind, changed, asides, listItem, liveliness);
  }

  /** The same marks with tokens {@code from} to {@code to} (exclusive) read as an aside. */
  public ProsodyMarks withAside(int from, int to) {
    List<Span> changed = new ArrayList<>(asides);
    changed.add(new Span(from, to));
    changed.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return new ProsodyMarks(kind, emphasis, changed, listItem, liveliness);
  }

  public ProsodyMarks withKind(Kind kind) {
    return new ProsodyMarks(kind, emphasis, asides, listItem, liveliness);
  }

  public ProsodyMarks withListItem(ListItem listItem) {
    return new ProsodyMarks(kind, emphasis, asides, listItem, liveliness);
  }

  public ProsodyMarks withLiveliness(double liveliness) {
    return new ProsodyMarks(kind, emphasis, asides, listItem, liveliness);
  }

  /** The number of tokens these marks are for. */
  public int size() {
    return emphasis.size();
  }

  /** Whether these marks single out tokens (emphasis, asides), rather than only the sentence as a whole. */
  public boolean marksTokens() {
    return !asides.isEmpty() || emphasis.stream().anyMatch(e -> e != Emphasis.NONE);
  }

  /** Whether these marks ask for nothing but the voice's own reading of a statement. */
  public boolean isPlain() {
    return kind == Kind.STATEMENT && listItem == ListItem.NONE && liveliness == 1.0 && !marksTokens();
  }

  /**
   * A stable text form for segment-cache keys: empty for plain marks, so that a plain statement keeps the key it
   * had before the reading followed the marks.
   */
  public String cacheKey() {
    if (isPlain()) {
      return "";
    }
    StringBuilder key = new StringBuilder(ProsodyPlan.VERSION).append(' ').append(kind).append(' ')
        .append(listItem).append(' ').append(liveliness).append(" e");
    for (Emphasis e : emphasis) {
      key.append(e.ordinal());
    }
    for (Span aside : asides) {
      key.append(" a").append(aside.from()).append('-').append(aside.to());
    }
    return key.toString();
  }
}
