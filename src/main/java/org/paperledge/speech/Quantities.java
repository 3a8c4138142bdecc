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
  /** Words before "m/d" that make it a date ("on 3/14"). */
  private static final Set<String> DATE_WORDS = Set.of("on", "since", "until", "till", "by", "before", "after",
      "from", "through", "thru", "dated");
  /** Words before "n/d" that make it a score ("scored 4/5"). */
  private static final Set<String> SCORE_WORDS = Set.of("scored", "scores", "score", "rated", "rating", "got",
      "gets", "achieved", "solved", "solves", "passed", "passes", "answered", "correct", "won", "wins");
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

  /** A number with its sign: "-40" and "−40" are "minus forty", "+3" is "three". */
  static String signed(String text) {
    if (text.startsWith("-") || text.startsWith("−")) {
      return "minus " + number(text.substring(1));
    }
    return number(text);
  }

  /** "2/2024": February twenty twenty four. */
  static void monthYear(Matcher m, Emitter out) {
    out.words(MONTHS[Integer.parseInt(m.group(1)) - 1] + " " + CalendarWords.year(Integer.parseInt(m.group(2))));
  }

  /** "June 5" and "Jan. 5": the day as an ordinal. */
  static void monthDay(Matcher m, Emitter out) {
    String month = m.group(1).replace(".", "");
    for (String name : MONTHS) {
      if (name.startsWith(month)) {
        month = name;
        break;
      }
    }
    out.words(month + " " + NumberWords.ordinal(Integer.parseInt(m.group(2))));
  }

  /**
   * "1/3" as a fraction ("one third", "three quarters"), "17/20" and "scored 4/5" as "out of", "on 3/14" as a
   * date, "24/7" and "50/50" as said.
   */
  static void fraction(Matcher m, Emitter out) {
    int n = Integer.parseInt(m.group(1));
    int d = Integer.parseInt(m.group(2));
    String before = out.sentence().substring(0, out.start()).stripTrailing().toLowerCase(Locale.ROOT);
    String lastWord = before.replaceAll("^.*[^\\p{L}]", "");
    boolean of = out.sentence().substring(out.end()).matches("(?s)\\s+of\\b.*");
    if (DATE_WORDS.contains(lastWord) && !of && n >= 1 && n <= 12 && d >= 1 && d <= 31) {
      out.words(MONTHS[n - 1] + " " + NumberWords.ordinal(d));
    } else if (n == 24 && d == 7 || n == d) {
      out.words(NumberWords.cardinal(n) + " " + NumberWords.cardinal(d));
    } else if (d == 0 || SCORE_WORDS.contains(lastWord) || d > 10 && n <= d) {
      out.words(NumberWords.cardinal(n) + (d == 0 ? " slash " : " out of ") + NumberWords.cardinal(d));
    } else if (n < d) {
      out.words(NumberWords.fraction(n, d));
    } else {
      out.words(NumberWords.cardinal(n) + " over " + NumberWords.cardinal(d));
    }
  }

  /** "¾" three quarters, "2½" two and a half. */
  static void fractionGlyph(Matcher m, Emitter out) {
    String glyph = m.group(2);
    String value = java.text.Normalizer.normalize(glyph, java.text.Normalizer.Form.NFKD);
    String[] parts = value.split("\u2044");
    String words = NumberWords.fraction(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    if (m.group(1) == null) {
      out.words(words);
    } else {
      out.words(number(m.group(1)) + " and " + words.replaceFirst("^one ", "a "));
    }
  }

  /** "1:4" and "16:9": one to four, sixteen to nine. */
  static void ratio(Matcher m, Emitter out) {
    out.words(number(m.group(1)) + " to " + number(m.group(2)));
  }

  /** Whether "h:mm" is a ratio ("a 1:10 ratio", "80:20") rather than a clock time. */
  static boolean isRatio(String sentence, int start, int end, String first, String second) {
    if (second.length() != 2 || Integer.parseInt(first) > 23 || Integer.parseInt(second) > 59) {
      return true;
    }
    String before = sentence.substring(0, start).stripTrailing().toLowerCase(Locale.ROOT);
    String after = sentence.substring(end).stripLeading().toLowerCase(Locale.ROOT);
    return before.matches("(?s)(.*\\W)?(a|an|of|ratio|ratios)")
        || after.matches("(?s)(ratio|split|mix|odds|scale)\\b.*");
  }

  /** "224×224" and "3x3": two hundred twenty four by two hundred twenty four. */
  static void dimensions(Matcher m, Emitter out) {
    String[] sides = m.group().split("\\s*[×xX]\\s*");
    StringBuilder words = new StringBuilder();
    for (String side : sides) {
      words.append(words.length() > 0 ? " by " : "").append(number(side));
    }
    out.words(words.toString());
  }

  /** "3e-4": three E minus four; "6.02e23": six point zero two E twenty three. */
  static void scientific(Matcher m, Emitter out) {
    out.words(number(m.group(1)));
    out.letters("E");
    out.words(signed(m.group(2)));
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
