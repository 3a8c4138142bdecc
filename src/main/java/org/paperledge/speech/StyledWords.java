package org.paperledge.speech;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that mix capitals and lower case: a word MaryTTS knows, a styled acronym decided whole by
 * {@link Acronyms}, or a compound of a word and an acronym split where the case changes.
 */
final class StyledWords {
  /** Two-letter English words, which a capital run after them does not make a styled acronym ("MySQL"). */
  private static final Set<String> SHORT_WORDS = Set.of("my", "go", "do", "no", "so", "to", "up", "in", "on", "be",
      "we", "me", "he", "by", "of", "or", "an", "as", "at", "if", "is", "it", "us", "am");
  private static final Pattern TRAILING_LETTER = Pattern.compile("(\\p{Lu}{2,})([b-df-hj-np-rt-z])");
  private static final Pattern CAPITALS_THEN_LETTER = Pattern.compile("(\\p{Lu}{2,})(\\p{Ll})");

  private StyledWords() {}

  /**
   * Capitals mixed with lower case: a word MaryTTS knows ("McDonald", "SQuAD"), a styled acronym decided whole
   * ("ReLU", "MoE", "PaLM"), or a compound split where the case changes ("OpenAI", "BERTScore", "WhisperX").
   */
  static void say(String w, Emitter out) {
    String lower = w.toLowerCase(Locale.ROOT);
    List<String> pieces = List.of(w.split("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll}{2})"));
    boolean capitalRun = w.matches(".*\\p{Lu}\\p{Lu}.*") || w.matches(".*\\p{Ll}\\p{Lu}(?!\\p{Ll}).*");
    if (Character.isUpperCase(w.charAt(0)) && MaryLexicon.saysAsWord(lower)) {
      if (capitalRun) {
        out.as("acronym-word", "'" + lower + "' is a word in MaryTTS's dictionary",
            () -> out.add(Token.of(lower)));
      } else {
        out.add(Token.of(w));
      }
      return;
    }
    Matcher trailing = TRAILING_LETTER.matcher(w);
    if (trailing.matches()) {
      Words.word(trailing.group(1), out); // "YOLOv" of "YOLOv8", "IPv" of "IPv6": the acronym, then the letter
      out.letters(trailing.group(2).toUpperCase(Locale.ROOT));
      return;
    }
    if (isStyled(pieces)) {
      Acronyms.Decision d = Acronyms.decide(w);
      if (d.word()) {
        out.as("acronym-word", d.why(), () -> out.add(Token.of(lower)));
      } else {
        out.as("acronym-letters", d.why(), () -> out.letters(w.toUpperCase(Locale.ROOT)));
      }
      return;
    }
    out.as("compound", "split where the case changes: " + String.join(" + ", pieces), () -> {
      for (String piece : pieces) {
        Matcher m = CAPITALS_THEN_LETTER.matcher(piece);
        if (m.matches() && m.group(2).charAt(0) != 's') {
          Words.word(m.group(1), out); // "YOLOv" of "YOLOv8": the acronym, then the letter
          out.letters(m.group(2).toUpperCase(Locale.ROOT));
        } else if (piece.matches("\\p{Ll}")) {
          out.letters(piece.toUpperCase(Locale.ROOT)); // "iOS", "mAP"
        } else {
          Words.word(piece, out);
        }
      }
    });
  }

  /**
   * Whether case pieces make one styled name rather than a compound: a single piece ("MSc"), a two-letter piece
   * that is not an English word before capitals ("Re" + "LU", "Mo" + "E"), or capitals running into one
   * lower-case letter inside the word ("SQu" + "AD", "LLa" + "MA").
   */
  private static boolean isStyled(List<String> pieces) {
    if (pieces.size() == 1) {
      return true;
    }
    boolean capitals = pieces.stream().anyMatch(p -> p.matches("\\p{Lu}+|\\p{Lu}{2,}\\p{Ll}"));
    for (int i = 0; i < pieces.size(); i++) {
      String p = pieces.get(i);
      if (capitals && p.matches("\\p{Lu}\\p{Ll}") && !SHORT_WORDS.contains(p.toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (p.matches("\\p{Lu}{2,}\\p{Ll}") && (i < pieces.size() - 1 || p.matches(".*[aeiou]"))) {
        return true;
      }
    }
    return false;
  }
}
