package org.paperledge.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperledge.model.Lexicon;
import org.paperledge.script.Mark;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.Token;

/**
 * The tokens of a piece of text with its marks applied: a one-off pronunciation ({@code say}) or spelling replaces
 * the tokens of the words it covers, and each token learns how strongly it is stressed.
 *
 * @param tokens what the synthesizer is given
 * @param stress for each token, 0 (plain), 1 ({@code *emphasis*}) or 2 ({@code **strong**})
 */
record MarkedTokens(List<Token> tokens, List<Integer> stress) {
  MarkedTokens {
    tokens = List.copyOf(tokens);
    stress = List.copyOf(stress);
    if (tokens.size() != stress.size()) {
      throw new IllegalArgumentException("one stress per token");
    }
  }

  /** Normalizes {@code text} and applies {@code marks} (on {@code text}'s characters). */
  static MarkedTokens of(Normalizer normalizer, String text, List<Mark> marks) {
    List<Normalizer.Placed> placed = normalizer.normalize(text, (offset, dropped) -> { });
    List<Token> tokens = new ArrayList<>();
    List<Integer> stress = new ArrayList<>();
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
        }
        i++; // the token that overlaps the mark, then any others it covers
        while (i < placed.size() && placed.get(i).start() < m.end() && !placed.get(i).token().isPunctuation()) {
          i++;
        }
        continue;
      }
      tokens.add(p.token());
      stress.add(p.token().isPunctuation() ? 0 : stressAt(marks, p.start(), p.end()));
      i++;
    }
    return new MarkedTokens(tokens, stress);
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
}
