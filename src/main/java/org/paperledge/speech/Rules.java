package org.paperledge.speech;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The normalizer's rules, in priority order: at each position of a sentence, the first rule whose pattern
 * matches there decides what is said. Each rule's name is what {@code paperledge check --explain} cites; its
 * spoken examples are rows of {@code NormalizerTest}.
 */
final class Rules {
  /** A number as written: thousands commas, a decimal point. */
  static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
  /** No letter or digit follows. */
  static final String END = "(?![\\p{L}\\p{N}])";

  private static final Map<Character, String> SYMBOLS = Map.ofEntries(
      Map.entry('&', "and"), Map.entry('+', "plus"), Map.entry('=', "equals"), Map.entry('%', "percent"),
      Map.entry('@', "at"), Map.entry('~', "about"), Map.entry('<', "less than"), Map.entry('>', "greater than"),
      Map.entry('±', "plus or minus"), Map.entry('°', "degrees"), Map.entry('→', "to"), Map.entry('×', "times"),
      Map.entry('≈', "about"), Map.entry('#', "number"));

  private Rules() {}

  /** The table. */
  static final List<Rule> TABLE = List.of(
      Rule.of("url", "(?i)https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]'’”]", (m, out) -> Addresses.url(m.group(), out)),
      Rule.of("doi", "(?i)(?:doi:?\\s*)?10\\.\\d{4,9}/[^\\s\"<>]+[^\\s\"<>.,;:!?)\\]]", (m, out) -> out.letters("DOI")),
      Rule.of("arxiv-id", "(?i)arxiv:\\s*(\\d{2})(\\d{2})\\.(\\d{4,5})(?:v(\\d+))?" + END, Addresses::arxiv),
      Rule.of("email", "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
          (m, out) -> Addresses.domain(m.group().replace("@", " at "), out)),
      Rule.of("domain", "(?i)(?:www\\.)?(?:[a-z0-9-]+\\.)+(?:com|org|net|edu|io|ai|gov|dev|info|co|uk|de)"
          + "(?:/[^\\s]*[^\\s.,;:!?)\\]])?" + END, (m, out) -> Addresses.url(m.group(), out)),
      Rule.of("time", "(\\d{1,2}):(\\d{2})(?:\\s*([AaPp])\\.?\\s?[Mm]\\b\\.?)?", Quantities::time),
      Rule.of("clock-hour", "(\\d{1,2})\\s*([AaPp])\\.?[Mm]\\b\\.?", (m, out) -> {
        out.words(NumberWords.cardinal(Long.parseLong(m.group(1))));
        out.letters(m.group(2).toUpperCase(Locale.ROOT) + "M");
      }),
      Rule.of("date", "(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})" + END, Quantities::date),
      Rule.of("year-range", "(1[1-9]\\d{2}|20\\d{2})\\s*[–—-]\\s*(1[1-9]\\d{2}|20\\d{2})" + END, (m, out) ->
          out.words(CalendarWords.year(Integer.parseInt(m.group(1))) + " to "
              + CalendarWords.year(Integer.parseInt(m.group(2))))),
      Rule.of("range", "(" + NUM + ")\\s*[–—-]\\s*(" + NUM + ")\\s?(%)?" + END, (m, out) ->
          out.words(Quantities.number(m.group(1)) + " to " + Quantities.number(m.group(2))
              + (m.group(3) != null ? " percent" : ""))),
      Rule.of("currency", "([$€£])\\s?(" + NUM + ")(?:\\s?(thousand|million|billion|trillion|[KkMmBbTt])" + END
          + ")?", Quantities::currency),
      Rule.of("percent", "(" + NUM + ")\\s?%", (m, out) -> out.words(Quantities.number(m.group(1)) + " percent")),
      Rule.of("multiplier", "(" + NUM + ")\\s?[×xX]" + END,
          (m, out) -> out.words(Quantities.number(m.group(1)) + " times")),
      Rule.of("ordinal", "(\\d+)(?:st|nd|rd|th)" + END,
          (m, out) -> out.words(NumberWords.ordinal(Long.parseLong(m.group(1))))),
      Rule.of("decade", "(?:'|’)?(\\d{2}|1[1-9]\\d0|20\\d0)s" + END,
          (m, out) -> out.words(CalendarWords.decade(Integer.parseInt(m.group(1))))),
      Rule.of("magnitude", "(" + NUM + ")([KkMBT])" + END, (m, out) -> out.words(Quantities.number(m.group(1))
          + " " + Quantities.MAGNITUDES.get(m.group(2).toLowerCase(Locale.ROOT)))),
      Rule.of("year", "(1[1-9]\\d{2}|20\\d{2})(?![\\p{L}\\p{N}]|[.,]\\d)", Quantities::year),
      Rule.of("number", "(?<![\\p{L}\\p{N}])-?" + NUM + END, (m, out) -> out.words(Quantities.number(m.group()))),
      Rule.of("reference", "(" + References.LABEL_WORDS + ")\\s*(\\(\\d+[a-z]?\\)|\\[\\d+(?:\\s*[,–-]\\s*\\d+)*\\]"
          + "|[IVXL]+(?![\\p{L}\\p{N}]))", (m, out) -> References.labelled(m, out)),
      Rule.of("abbreviation", References.ABBREVIATION, (m, out) -> References.abbreviation(m.group(), out)),
      Rule.of("dotted-acronym", "(?:\\p{Lu}\\.){2,}", (m, out) -> out.letters(m.group().replace(".", ""))),
      Rule.of("word", "[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?(?:[-_./+][\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?)*\\+?",
          (m, out) -> Words.compound(m.group(), out)),
      Rule.of("citation", "\\[(\\d+(?:\\s*[,–-]\\s*\\d+)*)\\]", References::citation),
      Rule.of("pause", "[,;:()\\[\\]{}—–…]|\\.{3}|-{1,3}(?=\\s|$)", (m, out) -> out.pause(",")),
      Rule.of("stop", "[.!?]+", (m, out) -> out.pause(m.group().contains("?") ? "?"
          : m.group().contains("!") ? "!" : ".")),
      Rule.of("symbol", "[&+=%@~<>±°→×≈#]", (m, out) -> out.words(SYMBOLS.get(m.group().charAt(0)))),
      Rule.of("joiner", "(?<=[\\p{L}\\p{N}])[-‐‑](?=[\\p{L}\\p{N}])", (m, out) -> { }),
      Rule.of("quote", "[\"“”„«»'‘’`*_|\\\\/^]", (m, out) -> { }));
}
