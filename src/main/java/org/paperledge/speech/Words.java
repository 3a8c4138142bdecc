package org.paperledge.speech;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperledge.model.Lexicon;

/**
 * Words and compounds such as model names ("Qwen2.5-Coder", "OpenAI's", "tokens/s"): split into parts, each
 * said by the lexicon or a rule; capitals by {@link Acronyms}.
 */
final class Words {
  private static final Pattern PIECES =
      Pattern.compile("\\d+(?:\\.\\d+)*|\\p{L}+(?:['’]\\p{L}+)?|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|⁻|[₀₁₂₃₄₅₆₇₈₉]+|\\.");
  private static final Pattern SEPARATED = Pattern.compile("[^-_/]+|[-_/]+");
  private static final Pattern INTEGER_TYPE = Pattern.compile("(U?INT|u?int)(\\d+)");
  /** Lower-case words without vowels that are said as words, not letters. */
  private static final Set<String> INTERJECTIONS = Set.of("hmm", "hm", "mmm", "mhm", "shh", "brr", "tsk", "psst",
      "pst", "zzz", "nth");

  private Words() {}

  /** A word, or a compound such as "Qwen2.5-Coder", "ResNet-50's" or "HumanEval+". */
  static void compound(String written, Emitter out) {
    String text = plainLetters(written);
    Optional<Lexicon.Entry> whole = out.lookup(text);
    if (whole.isPresent()) {
      out.lexical(text, whole.get());
      return;
    }
    if (!written.matches("\\p{ASCII}+") && Units.find(written).isPresent()) {
      out.words(Units.name(written, true)); // "in µs", "in Ω": symbols no word is written with
      return;
    }
    if (text.length() > 1 && text.endsWith("+")) {
      compound(text.substring(0, text.length() - 1), out);
      out.words("plus");
      return;
    }
    if ((text.endsWith("'s") || text.endsWith("’s")) // first: the pattern backtracks on long words
        && text.matches(".+['’]s") && !text.matches("\\p{L}\\p{Ll}*['’]s")) {
      // the possessive of a name MaryTTS cannot read ("OpenAI's", "ResNet-50's"): the name, then "'s"
      compound(text.substring(0, text.length() - 2), out);
      out.possessive();
      return;
    }
    if (text.matches("\\p{L}+(?:['’]\\p{L}+)?")) {
      word(text, out);
      return;
    }
    List<String> seq = SEPARATED.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    for (int i = 0; i < seq.size(); i++) {
      String s = seq.get(i);
      if (s.matches("[-_/]+")) {
        if (s.equals("/") && i + 1 < seq.size() && i > 0 && Units.isDenominator(seq.get(i + 1))) {
          out.words("per");
          String d = seq.get(++i);
          if (Units.find(d.replaceAll("[²³]$", "")).isPresent()) {
            out.words(Units.name(d, false));
          } else {
            part(d, out);
          }
        } else if (s.equals("/") && i > 0 && i + 1 < seq.size() && seq.get(i - 1).matches("\\p{Ll}")
            && seq.get(i + 1).matches("\\p{Ll}")) {
          out.words("over");
        }
        continue;
      }
      boolean rate = i + 2 < seq.size() && seq.get(i + 1).equals("/") && Units.isDenominator(seq.get(i + 2));
      if (rate && Units.find(s.replaceAll("[²³]$", "")).isPresent()) {
        out.words(Units.name(s, true));
      } else {
        part(s, out);
      }
    }
  }

  /**
   * The text with compatibility letters made plain ("ﬁnd" as find, "𝑥" as x) and decimal digits of other scripts
   * as ASCII digits ("١٢" as 12); superscripts and fractions stay for their own readings.
   */
  static String plainLetters(String text) {
    if (text.chars().allMatch(c -> c < 0x80)) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      String c = new String(Character.toChars(cp));
      String plain = java.text.Normalizer.normalize(c, java.text.Normalizer.Form.NFKC);
      if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
        out.append((char) ('0' + Character.digit(cp, 10)));
      } else {
        out.append(Character.isLetter(cp) && plain.codePoints().allMatch(Character::isLetter) ? plain : c);
      }
    });
    return out.toString();
  }

  /** One part of a compound: letters and digits alternate ("Qwen2.5", "70B", "4o", "GSM8K", "A100s", "x²"). */
  private static void part(String part, Emitter out) {
    Optional<Lexicon.Entry> entry = out.lookup(part);
    if (entry.isPresent()) {
      out.lexical(part, entry.get());
      return;
    }
    Matcher type = INTEGER_TYPE.matcher(part);
    if (type.matches()) {
      if (type.group(1).length() == 4) {
        out.letters("U");
      }
      out.words("int " + NumberWords.cardinal(type.group(2)));
      return;
    }
    List<String> pieces = PIECES.matcher(part).results().map(java.util.regex.MatchResult::group).toList();
    boolean digits = part.chars().anyMatch(Character::isDigit);
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      char c = piece.charAt(0);
      if (piece.equals(".")) {
        boolean label = i > 0 && pieces.get(i - 1).matches("\\p{Lu}") && i + 1 < pieces.size()
            && Character.isDigit(pieces.get(i + 1).charAt(0));
        out.words(label ? "point" : "dot"); // "A.3" as in "Appendix A.3"
      } else if (Character.isDigit(c)) {
        String words = piece.contains(".") ? Versions.say(piece)
            : piece.length() > 4 ? NumberWords.digits(piece) : NumberWords.cardinal(piece);
        if (i == pieces.size() - 2 && pieces.get(i + 1).equals("s")) {
          words = NumberWords.plural(words); // "A100s": A one hundreds
          i++;
        }
        out.words(words);
      } else if ("⁰¹²³⁴⁵⁶⁷⁸⁹⁻".indexOf(c) >= 0) {
        out.words(MathReading.superscript(piece));
      } else if ("₀₁₂₃₄₅₆₇₈₉".indexOf(c) >= 0) {
        out.words(NumberWords.cardinal(MathReading.subscript(piece)));
      } else if (piece.equals("o") && digits) {
        out.words("oh");
      } else if (piece.equals("x") && i > 0 && i + 1 < pieces.size()
          && Character.isDigit(pieces.get(i - 1).charAt(0)) && Character.isDigit(pieces.get(i + 1).charAt(0))) {
        out.words("by"); // "8x7B": eight by seven B
      } else if (digits && piece.matches("[b-df-hj-np-tv-xz]{1,3}")) {
        out.letters(piece.toUpperCase(Locale.ROOT)); // "fp16", "mp3"
      } else if (piece.length() == 1 && !piece.equals("a")) {
        out.letters(piece.toUpperCase(Locale.ROOT));
      } else if (piece.length() == 1) {
        out.add(Token.of(piece)); // "LLM-as-a-judge": the article
      } else {
        word(piece, out);
      }
    }
  }

  /** A word of letters: the lexicon, capitals by {@link Acronyms}, a compound split where the case changes. */
  static void word(String w, Emitter out) {
    Optional<Lexicon.Entry> entry = out.lookup(w);
    if (entry.isPresent()) {
      out.lexical(w, entry.get());
      return;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (w.indexOf('\'') >= 0 || w.indexOf('’') >= 0) {
      out.add(Token.of(w.replace('’', '\''))); // a contraction or a plain possessive, which MaryTTS reads
    } else if (w.length() == 1) {
      letter(w, out);
    } else if (w.matches("\\p{Lu}+")) {
      acronym(w, out);
    } else if (w.matches("\\p{Lu}?\\p{Ll}+")) {
      if (w.matches("[b-df-hj-np-tv-xz]{2,3}") && !INTERJECTIONS.contains(w)) {
        out.letters(w.toUpperCase(Locale.ROOT)); // "nm", "xy": no vowel, no word
      } else {
        out.add(Token.of(w));
      }
    } else if (w.matches(".*\\p{Lu}s")) {
      plural(w.substring(0, w.length() - 1), out); // "GPUs", "LoRAs", "ViTs"
    } else {
      StyledWords.say(w, out);
    }
  }

  /** A single letter: "a" and "I" are words, and so is "A" opening a sentence; others are said by name. */
  private static void letter(String w, Emitter out) {
    int last = out.start() - 1; // the last character before the letter that is not a space
    while (last >= 0 && Character.isWhitespace(out.sentence().charAt(last))) {
      last--;
    }
    boolean opening = last < 0 || ":“\"(".indexOf(out.sentence().charAt(last)) >= 0;
    char c = w.charAt(0);
    String plain = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFKD);
    if (!MathReading.greek(c).isEmpty()) {
      out.words(MathReading.greek(c));
    } else if (!plain.equals(w) && plain.matches("\\p{L}")) {
      letter(plain, out); // "𝑥" is x, "ℝ" is R
    } else if (w.equals("a") || w.equals("I") || w.equals("A") && opening || Letters.letter(c).isEmpty()) {
      out.add(Token.of(w));
    } else {
      out.letters(w.toUpperCase(Locale.ROOT));
    }
  }

  /** Capitals alone ("NASA", "GPU"): a word or letters, as {@link Acronyms} decides. */
  static void acronym(String w, Emitter out) {
    Acronyms.Decision d = Acronyms.decide(w);
    if (d.word()) {
      out.as("acronym-word", d.why(), () -> out.add(Token.of(w.toLowerCase(Locale.ROOT))));
    } else {
      out.as("acronym-letters", d.why(), () -> out.letters(w));
    }
  }

  /** The plural of a word whose last letter is a capital: the word, then the plural of its last token. */
  private static void plural(String stem, Emitter out) {
    if (out.lookup(stem).isEmpty() && stem.matches("\\p{Lu}+")) {
      Acronyms.Decision d = Acronyms.decide(stem);
      if (d.word()) {
        out.as("acronym-word", d.why(), () -> out.add(Token.of(stem.toLowerCase(Locale.ROOT) + "s")));
      } else {
        out.as("acronym-letters", d.why(), () -> out.letters(stem + "s"));
      }
      return;
    }
    word(stem, out);
    out.pluralize();
  }
}
