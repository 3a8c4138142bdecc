package org.paperledge.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperledge.model.InputException;
import org.paperledge.model.Lexicon;
import org.paperledge.script.Mark;
import org.paperledge.script.Script;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.PhoneSet;
import org.paperledge.speech.ProsodyMarks;
import org.paperledge.speech.Token;

/**
 * The tokens of a piece of text with its marks applied: a one-off pronunciation ({@code say}) or spelling replaces
 * the tokens of the words it covers, and each token learns how strongly it is stressed.
 *
 * @param tokens what the synthesizer is given
 * @param stress for each token, 0 (plain), 1 ({@code *emphasis*}) or 2 ({@code **strong**})
 * @param starts for each token, where the text it was read from starts
 */
record MarkedTokens(List<Token> tokens, List<Integer> stress, List<Integer> starts) {
  MarkedTokens {
    tokens = List.copyOf(tokens);
    stress = List.copyOf(stress);
    starts = List.copyOf(starts);
    if (tokens.size() != stress.size() || tokens.size() != starts.size()) {
      throw new IllegalArgumentException("one stress and one start per token");
    }
  }

  /** Normalizes {@code text} and applies {@code marks} (on {@code text}'s characters). */
  static MarkedTokens of(Normalizer normalizer, String text, List<Mark> marks) {
    List<Normalizer.Placed> placed = normalizer.normalize(text, (offset, dropped) -> { });
    List<Token> tokens = new ArrayList<>();
    List<Integer> stress = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int i = 0;
    while (i < placed.size()) {
      Normalizer.Placed p = placed.get(i);
      Optional<Mark> replacing = p.token().isPunctuation() ? Optional.empty() : marks.stream()
          .filter(m -> (m.type() == Mark.Type.SAY || m.type() == Mark.Type.SPELL) && p.start() < m.end()
              && p.end() > m.start()).findFirst();
      if (replacing.isPresent()) {
        Mark m = replacing.get();
        List<Token> said = m.type() == Mark.Type.SPELL ? Normalizer.spelled(text.substring(m.start(), m.end()))
            : said(m, text.substring(m.start(), m.end()));
        int level = stressAt(marks, m.start(), m.end());
        for (Token t : said) {
          tokens.add(t);
          stress.add(level);
          starts.add(m.start());
        }
        i++; // the token that overlaps the mark, then any others it covers
        while (i < placed.size() && placed.get(i).start() < m.end() && !placed.get(i).token().isPunctuation()) {
          i++;
        }
        continue;
      }
      tokens.add(p.token());
      stress.add(p.token().isPunctuation() ? 0 : stressAt(marks, p.start(), p.end()));
      starts.add(p.start());
      i++;
    }
    return new MarkedTokens(tokens, stress, starts);
  }

  /**
   * Checks the phonemes of every {@code say} control in {@code script} against the voice's phones.
   *
   * @throws InputException at the first control whose phonemes MaryTTS cannot say
   */
  static void checkPhonemes(Script script) throws InputException {
    for (Script.Chapter chapter : script.chapters()) {
      for (Script.Paragraph paragraph : chapter.paragraphs()) {
        for (Mark mark : paragraph.marks()) {
          if (mark.type() == Mark.Type.SAY && mark.argument().startsWith("/")) {
            String phonemes = mark.argument();
            PhoneSet.check(phonemes.substring(1, phonemes.length() - 1), script.file(), mark.line(), mark.column());
          }
        }
      }
    }
  }

  /** The tokens a {@code say} mark gives: its words read plainly, or its phonemes for the written word. */
  private static List<Token> said(Mark mark, String written) {
    String spoken = mark.argument();
    if (spoken.startsWith("/")) {
      String word = written.replaceAll("[^\\p{L}\\p{N}'-]", "");
      return List.of(new Token(word.isEmpty() ? "word" : word, Optional.of(spoken.substring(1,
          spoken.length() - 1).strip())));
    }
    List<Token> words = new Normalizer(Lexicon.EMPTY).tokens(spoken);
    return words.stream().filter(t -> !t.isPunctuation()).toList();
  }

  /** The strongest emphasis over {@code [start, end)}: 2 for strong, 1 for emphasis, 0 for none. */
  private static int stressAt(List<Mark> marks, int start, int end) {
    int level = 0;
    for (Mark m : marks) {
      if (m.start() < end && m.end() > start) {
        if (m.type() == Mark.Type.STRONG) {
          level = 2;
        } else if (m.type() == Mark.Type.EMPHASIS) {
          level = Math.max(level, 1);
        }
      }
    }
    return level;
  }

  /**
   * How these tokens are read: the sentence's kind from its punctuation, each token's stress, the asides of
   * {@code text} (words in parentheses, or between a pair of dashes), and the list position given.
   */
  ProsodyMarks reading(String text, ProsodyMarks.ListItem list) {
    ProsodyMarks marks = ProsodyMarks.of(tokens).withListItem(list);
    for (int t = 0; t < tokens.size(); t++) {
      if (stress.get(t) > 0) {
        marks = marks.withEmphasis(t, stress.get(t) == 2 ? ProsodyMarks.Emphasis.STRONG
            : ProsodyMarks.Emphasis.EMPHASIS);
      }
    }
    for (int[] aside : asides(text)) {
      int from = -1;
      int to = -1;
      for (int t = 0; t < tokens.size(); t++) {
        if (!tokens.get(t).isPunctuation() && starts.get(t) > aside[0] && starts.get(t) < aside[1]) {
          from = from < 0 ? t : from;
          to = t + 1;
        }
      }
      if (from >= 0 && to < tokens.size() + 1 && (marks.asides().isEmpty()
          || marks.asides().get(marks.asides().size() - 1).to() <= from)) {
        marks = marks.withAside(from, to);
      }
    }
    return marks;
  }

  /** Where {@code text}'s asides are: each as the opening and the closing mark's positions. */
  static List<int[]> asides(String text) {
    List<int[]> asides = new ArrayList<>();
    int depth = 0;
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' && depth++ == 0) {
        open = i;
      } else if (c == ')' && depth > 0 && --depth == 0) {
        asides.add(new int[] {open, i});
      }
    }
    java.util.regex.Matcher dashes = java.util.regex.Pattern.compile("(?<=\\s)[—–-](?=\\s)|—").matcher(text);
    int first = -1;
    while (dashes.find()) {
      if (first < 0) {
        first = dashes.start();
      } else {
        asides.add(new int[] {first, dashes.start()});
        first = -1;
      }
    }
    asides.sort((a, b) -> Integer.compare(a[0], b[0]));
    return asides;
  }
}
