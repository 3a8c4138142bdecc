package org.paperledge.speech;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.paperledge.model.Abbreviations;
import org.paperledge.model.Abbreviations.Abbreviation;

/**
 * Abbreviations ({@link Abbreviations}) and the references of papers: "Fig. 3", "Eqs. 4–6", "Eq. (7)",
 * "Ref. [12]", "Tab. IV", and bare citations such as "[3, 5]".
 */
final class References {
  /** Any abbreviation of the table, longest first, or a short word ending with a period. */
  static final String ABBREVIATION = "(?i)(?:" + Abbreviations.all().stream().map(a -> Pattern.quote(a.written()))
      .collect(Collectors.joining("|")) + "|[\\p{L}]{1,6}\\.)(?=[\\s,;:)\\]]|$)";
  /** What may follow a label: a number, a bracket, a single capital or a Roman numeral. */
  private static final Pattern LABELLED = Pattern.compile("\\s*(?:\\d|[(\\[]\\d|\\p{Lu}(?!\\p{L})|[IVXL]+(?!\\p{L}))");
  /** Words that name what a reference points at, written out or abbreviated. */
  static final String LABEL_WORDS = "(?:(?i:fig|figs|eq|eqs|eqn|tab|tabs|sec|sect|sects|secs|ch|app|ref|refs|thm|lem|"
      + "prop|cor|def|alg)\\.|Figures?|Tables?|Equations?|Sections?|Chapters?|Appendix|Appendices|References?|"
      + "Theorems?|Lemmas?|Propositions?|Corollary|Definitions?|Algorithms?|Parts?|Vol\\.|Volumes?|Steps?|Stages?"
      + "|Phases?|Types?|Levels?|War|figures?|tables?|equations?|sections?|chapters?|appendix|references?)";
  private static final Pattern NUMBERS = Pattern.compile("\\d+[a-z]?");
  private static final Pattern NUMBER_AND_LETTER = Pattern.compile("(\\d+)([a-z]?)");
  private static final Pattern ROMAN = Pattern.compile("[IVXL]+");

  private References() {}

  /** An abbreviation from the table, an initial ("J. Smith"), or a word that ends the sentence. */
  static void abbreviation(String text, Emitter out) {
    var entry = out.lookup(text);
    if (entry.isPresent()) {
      out.lexical(text, entry.get());
      return;
    }
    Optional<Abbreviation> a = Abbreviations.find(text);
    boolean label = a.isPresent() && a.get().kind() == Abbreviations.Kind.LABEL;
    if (a.isPresent() && (!label || LABELLED.matcher(out.sentence()).region(out.end(), out.sentence().length())
        .lookingAt())) {
      spoken(a.get().spoken(), out);
      return;
    }
    String word = text.substring(0, text.length() - 1);
    boolean last = out.sentence().substring(out.end()).isBlank();
    if (word.matches("[A-Z]") && !last) {
      out.letters(word); // an initial, as in "J. Smith"
      return;
    }
    // an ordinary word ending a sentence: say the word, keep the period as the sentence end
    Words.compound(word, out);
    out.pause(".");
  }

  /** Words of a spoken form, single capitals said as letters. */
  static void spoken(String spoken, Emitter out) {
    for (String w : spoken.split(" ")) {
      if (w.matches("\\p{Lu}")) {
        out.letters(w);
      } else {
        out.words(w);
      }
    }
  }

  /** "Eq. (7)", "Ref. [12]", "Refs. [3, 4]", "Tab. IV": the label, then the numbers, without a pause. */
  static void labelled(Matcher m, Emitter out) {
    String label = m.group(1);
    Optional<Abbreviation> a = Abbreviations.find(label);
    if (a.isPresent()) {
      spoken(a.get().spoken(), out);
    } else {
      Words.compound(label, out);
    }
    numbers(m.group(2), out);
  }

  /** A bare citation: "[12]" after "in", "see" or "from" is "reference twelve"; elsewhere it is not read. */
  static void citation(Matcher m, Emitter out) {
    String before = out.sentence().substring(0, out.start()).stripTrailing();
    if (before.matches("(?is).*\\b(?:in|see|from|by|cf\\.|and|e\\.g\\.,?|also)")) {
      List<String> numbers = NUMBERS.matcher(m.group(1)).results().map(r -> r.group()).toList();
      out.words(numbers.size() > 1 || m.group(1).matches(".*[–-].*") ? "references" : "reference");
      numbers(m.group(1), out);
    }
  }

  /** "3, 4" as three and four, "4–6" as four to six, "IV" as four, "3b" as three B. */
  static void numbers(String text, Emitter out) {
    String inner = text.replaceAll("^[(\\[]|[)\\]]$", "").strip();
    if (ROMAN.matcher(inner).matches()) {
      out.words(NumberWords.cardinal(roman(inner)));
      return;
    }
    String[] ranges = inner.split("\\s*,\\s*");
    for (int i = 0; i < ranges.length; i++) {
      if (i > 0) {
        out.words(i == ranges.length - 1 ? "and" : ",");
      }
      String[] ends = ranges[i].split("\\s*[–—-]\\s*");
      for (int k = 0; k < ends.length; k++) {
        if (k > 0) {
          out.words("to");
        }
        Matcher n = NUMBER_AND_LETTER.matcher(ends[k]);
        if (n.matches()) {
          out.words(NumberWords.cardinal(n.group(1)));
          if (!n.group(2).isEmpty()) {
            out.letters(n.group(2).toUpperCase(Locale.ROOT));
          }
        }
      }
    }
  }

  /** The value of a Roman numeral from I to L. */
  static int roman(String numeral) {
    int total = 0;
    for (int i = 0; i < numeral.length(); i++) {
      int v = value(numeral.charAt(i));
      boolean subtract = i + 1 < numeral.length() && value(numeral.charAt(i + 1)) > v;
      total += subtract ? -v : v;
    }
    return total;
  }

  private static int value(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      default -> 50;
    };
  }
}
