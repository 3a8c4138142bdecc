package org.paperledge.speech;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperledge.show.Lexicon;

/** Words and compounds such as model names: split into parts, each said by the lexicon or a rule. */
final class Words {
  private static final Pattern PIECES = Pattern.compile("\\d+(?:\\.\\d+)*|\\p{L}+(?:['’]\\p{L}+)?|\\.");

  private Words() {}

  /** A word, or a compound such as "Qwen2.5-Coder" or "ResNet-50's". */
  static void compound(String text, Emitter out) {
    Optional<Lexicon.Entry> whole = out.lookup(text);
    if (whole.isPresent()) {
      out.lexical(text, whole.get());
      return;
    }
    boolean plus = text.endsWith("+");
    String body = plus ? text.substring(0, text.length() - 1) : text;
    if (!plus && body.matches(".*[\\p{N}\\p{Lu}][-_/.\\p{L}\\p{N}]*['’]s") && !body.matches("\\p{L}+['’]s")) {
      // a compound's possessive ("ResNet-50's"): say the compound, then the possessive on its last word
      compound(body.substring(0, body.length() - 2), out);
      out.possessive();
      return;
    }
    if (body.matches("\\p{L}+(?:['’]\\p{L}+)?")) {
      word(body, out);
    } else {
      for (String part : body.split("[-_/]+")) {
        if (!part.isEmpty()) {
          part(part, out);
        }
      }
    }
    if (plus) {
      out.words("plus");
    }
  }

  /** One part of a compound: letters and digits alternate ("Qwen2.5", "70B", "4o", "GSM8K"). */
  private static void part(String part, Emitter out) {
    Optional<Lexicon.Entry> entry = out.lookup(part);
    if (entry.isPresent()) {
      out.lexical(part, entry.get());
      return;
    }
    Matcher m = PIECES.matcher(part);
    while (m.find()) {
      String piece = m.group();
      if (piece.equals(".")) {
        out.words("dot");
      } else if (Character.isDigit(piece.charAt(0))) {
        out.words(piece.matches("\\d+\\.\\d+") ? NumberWords.decimal(piece)
            : piece.contains(".") ? piece.replace(".", " dot ").replaceAll("\\d+", " $0 ").strip()
                .replaceAll("\\d+", "") + NumberWords.digits(piece.replace(".", ""))
            : piece.length() > 4 ? NumberWords.digits(piece) : NumberWords.cardinal(piece));
      } else if (piece.length() == 1) {
        if (piece.equals("o") || piece.equals("O")) {
          out.words("oh");
        } else {
          out.letters(piece.toUpperCase(Locale.ROOT));
        }
      } else {
        word(piece, out);
      }
    }
  }

  /** A word of letters: the lexicon, an acronym spelled out, camel case split, or the word as written. */
  static void word(String w, Emitter out) {
    Optional<Lexicon.Entry> entry = out.lookup(w);
    if (entry.isPresent()) {
      out.lexical(w, entry.get());
      return;
    }
    if (isAcronym(w)) {
      out.as("acronym", () -> out.letters(w));
      return;
    }
    String split = w.replaceAll("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})", " ");
    if (!split.equals(w)) {
      for (String piece : split.split(" ")) {
        word(piece, out);
      }
      return;
    }
    out.add(Token.of(w.replace('’', '\'')));
  }

  /** Whether {@code w} looks like an initialism: two to six capitals, optionally a plural {@code s}. */
  static boolean isAcronym(String w) {
    return w.matches("\\p{Lu}{2,6}s?") && !w.matches("\\p{Lu}\\p{Ll}+");
  }
}
