package org.paperledge.speech;

import java.util.List;
import java.util.Locale;

/**
 * The normalizer's rules, in priority order: at each position of a sentence, the first rule whose pattern
 * matches there (and whose guard agrees) decides what is said. Each rule's name is what
 * {@code paperledge check --explain} cites; its spoken examples are rows of {@code NormalizerTest}'s table.
 */
final class Rules {
  /** A number as written: thousands commas, a decimal point. */
  static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
  /** A number that may carry a sign: "-40", "−3.5". */
  private static final String SIGNED = "(?<![\\p{L}\\p{N}.,])[-−]?" + NUM;
  /** No letter or digit follows. */
  static final String END = "(?![\\p{L}\\p{N}])";
  /** Nothing numeric follows: no digit, no decimal point or comma before a digit. */
  private static final String NUMBER_END = "(?![\\p{L}\\p{N}]|[.,]\\d)";
  private static final String YEAR = "(1[1-9]\\d{2}|20\\d{2})";
  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
      + "November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";

  private Rules() {}

  /** A rule about numbers: tried only where a digit, a sign, a point or a quote stands. */
  private static Rule n(Rule rule) {
    return rule.from(Rules::numeric);
  }

  /** Whether a number, or a rule about numbers, may begin at {@code c}: a digit, a sign, a point, a quote. */
  static boolean numeric(int c) {
    return c >= '0' && c <= '9' || c == '.' || c == '-' || c == '−' || c == '+' || c == '\'' || c == '’'
        || "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞".indexOf(c) >= 0;
  }

  /** The table. */
  static final List<Rule> TABLE = List.of(
      // addresses and identifiers, before anything reads their dots and digits
      Rule.of("url", "(?i)https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]'’”]", (m, out) -> Addresses.url(m.group(), out)),
      Rule.of("doi", "(?i)(?:doi:?\\s*)?10\\.\\d{4,9}/[^\\s\"<>]+[^\\s\"<>.,;:!?)\\]]", (m, out) -> out.letters("DOI")),
      Rule.of("arxiv-id", "(?i)arxiv:\\s*(\\d{2})(\\d{2})\\.(\\d{4,5})(?:v(\\d+))?" + END, Addresses::arxiv),
      Rule.of("email", "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
          (m, out) -> Addresses.domain(m.group().replace("@", " at "), out)),
      Rule.of("domain", "(?i)(?:www\\.)?(?:[a-z0-9-]+\\.)+(?:com|org|net|edu|io|ai|gov|dev|info|co|uk|de)"
          + "(?:/[^\\s]*[^\\s.,;:!?)\\]])?" + END, (m, out) -> Addresses.url(m.group(), out)),
      // versions and product numbers, after dates written with dots ("12.25.2020")
      n(Rule.of("date", "(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})" + END, Quantities::date)),
      Rule.of("version", "(?<![\\p{L}\\p{N}.])v(\\d+(?:\\.\\d+)*)" + NUMBER_END, Versions::prefixed),
      n(Rule.of("version", "(?<=\\b" + Versions.PRODUCTS + "\\s)(\\d+(?:\\.\\d+)+)" + NUMBER_END, Versions::dotted)),
      n(Rule.of("version", "(?<![\\p{L}\\p{N}.])(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)*)" + NUMBER_END, Versions::dotted)),
      n(Rule.of("model-number", "(?<=\\b" + Versions.PAIRED + "\\s?)(\\d{4})" + END, Versions::paired)),
      // clock, calendar and ratios
      n(Rule.of("ratio", "(?<![\\p{L}\\p{N}:.])(\\d+):(\\d+)(?![\\p{N}:])",
          (m, s) -> Quantities.isRatio(s, m.start(), m.end(), m.group(1), m.group(2)), Quantities::ratio)),
      n(Rule.of("time", "([01]?\\d|2[0-3]):([0-5]\\d)(?:\\s*([AaPp])\\.?\\s?[Mm]\\b\\.?)?", Quantities::time)),
      n(Rule.of("clock-hour", "(\\d{1,2})\\s*([AaPp])\\.?[Mm]\\b\\.?", (m, out) -> {
        out.words(NumberWords.cardinal(Long.parseLong(m.group(1))));
        out.letters(m.group(2).toUpperCase(Locale.ROOT) + "M");
      })),
      n(Rule.of("date", "(?<![\\p{N}/])(0?[1-9]|1[0-2])/" + YEAR + END, Quantities::monthYear)),
      Rule.of("date", MONTH + "\\s(\\d{1,2})(?:st|nd|rd|th)?" + NUMBER_END,
          (m, s) -> Integer.parseInt(m.group(2)) <= 31, Quantities::monthDay),
      // numbers with what they count
      n(Rule.of("scientific", "(?<![\\p{L}\\p{N}.])(" + NUM + ")[eE]([-+−]?\\d{1,3})" + END, Quantities::scientific)),
      Rule.of("power", "(?<![\\p{L}\\p{N}])(" + NUM + "|\\p{L})\\^(\\{?[-−]?(?:\\d+\\.\\d+|[\\p{L}\\p{N}]{1,4})\\}?)",
          MathReading::caret),
      n(Rule.of("dimensions", "(?<![\\p{L}\\p{N}.])" + NUM + "(?:\\s?[×xX]\\s?" + NUM + ")+" + END,
          Quantities::dimensions)),
      n(Rule.of("fraction", "(?<![\\p{L}\\p{N}/.])(\\d{1,3})/(\\d{1,3})(?![\\p{L}\\p{N}/]|[.,]\\d)",
          Quantities::fraction)),
      n(Rule.of("fraction", "(\\d+)?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])", Quantities::fractionGlyph)),
      n(Rule.of("year-range", YEAR + "\\s*[–—-]\\s*" + YEAR + END, (m, out) ->
          out.words(CalendarWords.year(Integer.parseInt(m.group(1))) + " to "
              + CalendarWords.year(Integer.parseInt(m.group(2)))))),
      n(Rule.of("unit", "(" + SIGNED + ")(?:\\s?[–—-]\\s?([-−]?" + NUM + "))?(?:\\s(" + Units.EXPRESSION + ")|("
          + Units.ATTACHED + "))", Units::quantity)),
      n(Rule.of("unit", "(" + SIGNED + ")-(" + Units.SYMBOL + ")" + END,
          (m, out) -> out.words(Quantities.signed(m.group(1)) + " " + Units.name(m.group(2), false)))),
      n(Rule.of("unit", "(" + SIGNED + ")s" + END, (m, s) -> m.group(1).matches(".*\\..*|\\d"), (m, out) ->
          out.words(Quantities.signed(m.group(1)) + (m.group(1).equals("1") ? " second" : " seconds")))),
      n(Rule.of("range", "(" + SIGNED + ")\\s*[–—-]\\s*([-−]?" + NUM + ")\\s?(%|[×xX])?" + END
          + "(?!\\s*[=<>≤≥])", (m, out) -> out.words(Quantities.signed(m.group(1)) + " to "
              + Quantities.signed(m.group(2))
              + (m.group(3) == null ? "" : m.group(3).equals("%") ? " percent" : " times")))),
      Rule.of("currency", "([$€£])\\s?(" + NUM + ")(?:\\s?(thousand|million|billion|trillion|[KkMmBbTt])" + END
          + ")?", Quantities::currency),
      n(Rule.of("percent", "(" + SIGNED + ")\\s?%",
          (m, out) -> out.words(Quantities.signed(m.group(1)) + " percent"))),
      n(Rule.of("multiplier", "(" + NUM + ")\\s?[×xX]" + END,
          (m, out) -> out.words(Quantities.number(m.group(1)) + " times"))),
      n(Rule.of("ordinal", "(\\d+)(?:st|nd|rd|th)" + END,
          (m, out) -> out.words(NumberWords.ordinal(Long.parseLong(m.group(1)))))),
      n(Rule.of("decade", "(?:'|’)?([1-9]0|1[1-9]\\d0|20\\d0)s" + END,
          (m, out) -> out.words(CalendarWords.decade(Integer.parseInt(m.group(1)))))),
      n(Rule.of("magnitude", "(" + NUM + ")([KkMBT])" + END, (m, out) -> out.words(Quantities.number(m.group(1))
          + " " + Quantities.MAGNITUDES.get(m.group(2).toLowerCase(Locale.ROOT))))),
      n(Rule.of("year", YEAR + NUMBER_END, Quantities::year)),
      n(Rule.of("number", SIGNED + NUMBER_END, (m, out) -> out.words(Quantities.signed(m.group())))),
      // references, abbreviations, titles (after the number sets, which look like letters)
      Rule.of("symbol", "[ℝℕℤℚℂ](?!\\p{L})", MathReading::symbol),
      Rule.of("reference", "(" + References.LABEL_WORDS + ")\\s*(\\(\\d+[a-z]?\\)|\\[\\d+(?:\\s*[,–-]\\s*\\d+)*\\]"
          + "|[IVXL]+(?![\\p{L}\\p{N}]))", References::labelled),
      // a bounded look back: an unbounded one is tried back to the sentence's start at every position
      Rule.of("regnal", "(?<=\\b\\p{Lu}\\p{Ll}{1,30}\\s)(II|III|IV|VI{1,3}|IX|XI{0,3}|XI?V)(?![\\p{L}\\p{N}])",
          (m, out) -> out.words("the " + NumberWords.ordinal(References.roman(m.group(1)))))
          .from(c -> c == 'I' || c == 'V' || c == 'X'),
      Rule.of("abbreviation", References.ABBREVIATION, (m, out) -> References.abbreviation(m.group(), out)),
      Rule.of("dotted-acronym", "(?:[A-Z]\\.){2,}", (m, out) -> out.letters(m.group().replace(".", ""))),
      Rule.of("shorthand", "(?i)(?<![\\p{L}])(w/o|w/|vs)(?![\\p{L}/])", (m, out) -> out.words(switch (
          m.group(1).toLowerCase(Locale.ROOT)) {
            case "w/o" -> "without";
            case "w/" -> "with";
            default -> "versus";
          })),
      // mathematics
      Rule.of("big-o", "(?<![\\p{L}])([OΘΩo])\\(([^()]{1,40})\\)", MathReading::bigO),
      Rule.of("function", "(?<![\\p{L}])([a-zA-Z])\\(([\\p{L}\\p{N}](?:\\s?[,|]\\s?[\\p{L}\\p{N}]){0,3})\\)",
          MathReading::function),
      Rule.of("greek", "(" + MathReading.GREEK + ")(?=[^\\p{L}]|\\p{L}(?!\\p{L})|$)",
          (m, s) -> !Units.isSymbolAt(s, m.start()), MathReading::greekLetter),
      // words and compounds
      Rule.of("word", "[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?(?:[-_./+][\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?)*\\+?",
          (m, out) -> Words.compound(m.group(), out)),
      // what is left: citations, punctuation, symbols
      Rule.of("interval", "\\[\\s*([-−]?" + NUM + ")\\s*,\\s*([-−]?" + NUM + ")\\s*\\]",
          (m, s) -> (m.group(1) + m.group(2)).matches(".*[.−-].*"), (m, out) ->
          out.words("from " + Quantities.signed(m.group(1)) + " to " + Quantities.signed(m.group(2)))),
      Rule.of("citation", "\\[(\\d+(?:\\s*[,–-]\\s*\\d+)*)\\]", References::citation),
      Rule.of("per", "(?<=[\\p{N}%)²³])/(" + Units.DENOMINATOR + ")", Units::per),
      Rule.of("over", "(?<=[\\p{L}\\p{N})²³])/(?=[\\p{L}\\p{N}(])", (m, out) -> out.words("over")),
      Rule.of("minus", "(?<=(?:^|[\\s(=])(?:\\d{1,9}(?:\\.\\d{1,9})?|\\p{L}|\\)|[²³])\\s)-"
          + "(?=\\s(?:\\d|\\p{L}(?!\\p{L})|\\())",
          (m, out) -> out.words("minus")),
      Rule.of("pause", "[,;:()\\[\\]{}—–…]|\\.{3}|-{1,3}(?=\\s|$)|(?<=\\s)/(?=\\s)", (m, out) -> out.pause(",")),
      Rule.of("stop", "[.!?]+", (m, out) -> out.pause(m.group().contains("?") ? "?"
          : m.group().contains("!") ? "!" : ".")),
      Rule.of("symbol", MathReading.SYMBOL, MathReading::symbol),
      Rule.of("power", "⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|⁻", (m, out) -> out.words(MathReading.superscript(m.group()))),
      Rule.of("times", "(?<=[\\p{L}\\p{N})]\\s?)·(?=\\s?[\\p{L}\\p{N}(])", (m, out) -> out.words("times")),
      Rule.of("joiner", "(?<=[\\p{L}\\p{N}])[-‐‑](?=[\\p{L}\\p{N}])", (m, out) -> { }),
      Rule.of("quote", "[\"“”„«»'‘’`*_]", (m, out) -> { }));
}
