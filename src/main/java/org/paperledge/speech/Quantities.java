package org.paperledge.speech;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers with what they count: money, dates, clock times, years, ranges and magnitudes. */
final class Quantities {
  /** Words after a year-like number that make it a count ("2048 tokens"), not a year. */
  private static final Set<String> COUNTED = Set.of("tokens", "parameters", "params", "images", "samples",
      "examples", "hours", "seconds", "minutes", "days", "steps", "epochs", "words", "people", "users",
      "papers", "questions", "problems", "tasks", "layers", "times", "dollars", "points", "participants",
      "trees", "files", "pages", "items", "votes", "runs", "models", "languages", "miles", "meters", "kilometers",
      "books", "lines", "characters", "pixels", "frames", "clips", "videos", "recipes", "robots", "sensors");
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+([\\p{L}]+)");
  static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  private static final Map<String, String> CURRENCIES = Map.of("$", "dollars", "€", "euros", "£", "pounds");
  static final Map<String, String> MAGNITUDES = Map.of("k", "thousand", "m", "million", "b", "billion",
      "t", "trillion", "thousand", "thousand", "million", "million", "billion", "billion", "trillion", "trillion");

  private Quantities() {}

  /** A number as written, "+" dropped: "1,234" one thousand two hundred thirty four, "87.4" with "point". */
  static String number(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    return t.contains(".") ? NumberWords.decimal(t) : NumberWords.cardinal(t);
  }

  /** "12/25/2021": December twenty fifth twenty twenty one; impossible dates are read with "slash". */
  static void date(Matcher m, Emitter out) {
    int month = Integer.parseInt(m.group(1));
    int day = Integer.parseInt(m.group(2));
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      out.words(MONTHS[month - 1] + " " + NumberWords.ordinal(day));
      out.words(CalendarWords.year(Integer.parseInt(m.group(3))));
    } else {
      out.words(NumberWords.cardinal(month) + " slash " + NumberWords.cardinal(day) + " slash "
          + CalendarWords.year(Integer.parseInt(m.group(3))));
    }
  }

  /** "9:45 p.m.": nine forty five P M. */
  static void time(Matcher m, Emitter out) {
    out.words(CalendarWords.time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    if (m.group(3) != null) {
      out.letters(m.group(3).toUpperCase(Locale.ROOT) + "M");
    }
  }

  /** "$1,234.56": one thousand two hundred thirty four dollars and fifty six cents; "$5M": five million dollars. */
  static void currency(Matcher m, Emitter out) {
    String magnitude = m.group(3) == null ? "" : " " + MAGNITUDES.get(m.group(3).toLowerCase(Locale.ROOT));
    String amount = m.group(2);
    String unit = CURRENCIES.get(m.group(1));
    if (magnitude.isEmpty() && amount.matches(".*\\.\\d{2}")) {
      String whole = amount.substring(0, amount.length() - 3);
      int cents = Integer.parseInt(amount.substring(amount.length() - 2));
      out.words((whole.isEmpty() ? "zero" : NumberWords.cardinal(whole)) + " " + unit
          + (cents > 0 ? " and " + NumberWords.cardinal(cents) + (unit.equals("pounds") ? " pence" : " cents")
              : ""));
    } else {
      out.words(number(amount) + magnitude + " " + unit);
    }
  }

  /** A year-like number: a year ("twenty nineteen"), unless a counted noun follows ("2048 tokens"). */
  static void year(Matcher m, Emitter out) {
    if (countFollows(out.sentence(), m.end())) {
      out.words(NumberWords.cardinal(Long.parseLong(m.group(1))));
    } else {
      out.words(CalendarWords.year(Integer.parseInt(m.group(1))));
    }
  }

  private static boolean countFollows(String sentence, int from) {
    Matcher m = NEXT_WORD.matcher(sentence).region(from, sentence.length());
    if (!m.lookingAt()) {
      return false;
    }
    String next = m.group(1);
    return COUNTED.contains(next.toLowerCase(Locale.ROOT)) || next.matches("\\p{Lu}{2,}s")
        || next.matches("\\p{Ll}+s") && !next.matches("(?i)was|is|has|does|his|this|its|as|us|yes|plus");
  }
}
