package org.paperledge.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperledge.model.Abbreviations;

/**
 * Splits plain text into sentences without breaking after abbreviations ({@link Abbreviations}), initials or
 * decimal points.
 */
public final class Sentences {
  private Sentences() {}

  /** A sentence's place in its paragraph: {@code text.substring(start, end)}. */
  public record Span(int start, int end) {}

  /** The sentences of {@code text}, each stripped, none empty. */
  public static List<String> split(String text) {
    return spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  /** Where the sentences of {@code text} are, each stripped of surrounding space, none empty. */
  public static List<Span> spans(String text) {
    List<Span> sentences = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int end = i + 1;
      while (end < n && isTerminalTrail(text.charAt(end))) {
        end++;
      }
      if (end >= n || !Character.isWhitespace(text.charAt(end))) {
        continue;
      }
      int next = end;
      while (next < n && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next >= n) {
        break;
      }
      if (c == '.' && !endsSentence(text, start, i, text.charAt(next))) {
        continue;
      }
      if (c == '…' || (c == '.' && i >= 2 && text.startsWith("...", i - 2))) {
        if (!Character.isUpperCase(text.charAt(next))) {
          continue;
        }
      }
      add(sentences, text, start, end);
      start = next;
      i = next - 1;
    }
    add(sentences, text, start, n);
    return sentences;
  }

  /** Whether a label follows the period: a single capital or a Roman numeral, as in "Fig. B" or "Tab. IV". */
  private static boolean isLabel(String text, int dot) {
    int i = dot + 1;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && (j == i ? Character.isUpperCase(text.charAt(j)) : "IVXL".indexOf(text.charAt(j)) >= 0
        && "IVXL".indexOf(text.charAt(i)) >= 0)) {
      j++;
    }
    return j > i && (j == text.length() || !Character.isLetter(text.charAt(j)));
  }

  private static boolean isTerminalTrail(char c) {
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '”'
        || c == '’' || c == '»' || c == '…';
  }

  /** Whether the period at {@code dot} ends a sentence, given the first character of what follows. */
  private static boolean endsSentence(String text, int start, int dot, char following) {
    int wordStart = dot;
    while (wordStart > start && !Character.isWhitespace(text.charAt(wordStart - 1))
        && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '"') {
      wordStart--;
    }
    String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return false; // an initial, as in "J. Smith"
    }
    Abbreviations.Kind kind = Abbreviations.endingWith(word).orElse(null);
    if (kind == Abbreviations.Kind.LABEL && (Character.isDigit(following) || following == '('
        || following == '[' || isLabel(text, dot))) {
      return false;
    }
    if (kind == Abbreviations.Kind.TITLE || kind == Abbreviations.Kind.INLINE) {
      return false; // titles, degrees, "e.g.", "et al." and the like never end a sentence here
    }
    return Character.isUpperCase(following) || Character.isDigit(following) || following == '"'
        || following == '“' || following == '(' || following == '\'' || following == '‘'
        || !Character.isLetter(following);
  }

  private static void add(List<Span> sentences, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new Span(start, end));
    }
  }
}
