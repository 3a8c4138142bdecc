package org.paperledge.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits plain text into sentences without breaking after abbreviations, initials or decimal points.
 */
public final class Sentences {
  /** Abbreviations after which a period does not end a sentence (compared in lower case, without the period). */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "al", "approx", "fig", "figs",
      "eq", "eqs", "sec", "no", "vol", "ch", "cf", "ca", "inc", "ltd", "co", "corp", "dept", "univ", "est", "min",
      "max", "avg", "resp", "ref", "refs", "tab", "p.m", "a.m", "u.s", "u.k", "ph.d", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private Sentences() {}

  /** The sentences of {@code text}, each stripped, none empty. */
  public static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
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
      add(sentences, text.substring(start, end));
      start = next;
      i = next - 1;
    }
    add(sentences, text.substring(start));
    return sentences;
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
    if (ABBREVIATIONS.contains(word)) {
      // "et al." and "etc." often end sentences; only a capital after them is ambiguous, so keep them joined
      // unless what follows clearly starts a new sentence.
      return (word.equals("etc") || word.equals("al")) && Character.isUpperCase(following)
          && !word.equals("al");
    }
    return Character.isUpperCase(following) || Character.isDigit(following) || following == '"'
        || following == '“' || following == '(' || following == '\'' || following == '‘'
        || !Character.isLetter(following);
  }

  private static void add(List<String> sentences, String sentence) {
    String stripped = sentence.strip();
    if (!stripped.isEmpty()) {
      sentences.add(stripped);
    }
  }
}
