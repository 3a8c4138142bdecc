package org.paperledge.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells numbers the way a careful US podcast host says them.
 *
 * <p>Every result is lowercase English words separated by single spaces, with no hyphens and no "and" inside
 * numbers: {@code 175} is "one hundred seventy five". Only ASCII digits are accepted, a leading {@code -} is read
 * "minus", and malformed or out-of-range input throws {@link IllegalArgumentException} (also for {@code null}).
 */
public final class NumberWords {
  /** The largest magnitude spelled as a number: fifteen nines, just under one quadrillion. */
  private static final long MAX_SPELLED = 999_999_999_999_999L;
  /** Digit strings longer than this are read digit by digit. */
  private static final int MAX_SPELLED_DIGITS = 15;

  private static final String[] ONES = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  };
  /** Scale words by power of one thousand. */
  private static final String[] SCALES = {"", "thousand", "million", "billion", "trillion"};
  private static final long[] SCALE_VALUES = {1L, 1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L};
  /** Cardinal words whose ordinal is not simply the word plus "th" (or "y" to "ieth"). */
  private static final String[][] IRREGULAR_ORDINALS = {
    {"one", "first"}, {"two", "second"}, {"three", "third"}, {"five", "fifth"},
    {"eight", "eighth"}, {"nine", "ninth"}, {"twelve", "twelfth"},
  };

  /** Plain digits, or digits with well-formed thousands commas ("1,234,567"). */
  private static final String UNSIGNED = "\\d{1,3}(?:,\\d{3})+|\\d+";
  private static final Pattern INTEGER = Pattern.compile("(-?)(" + UNSIGNED + ")");
  private static final Pattern DECIMAL = Pattern.compile("(-?)(" + UNSIGNED + ")?\\.(\\d+)");

  private NumberWords() {}

  /**
   * Spells a whole number from minus to plus 999,999,999,999,999, for example "one billion five hundred million".
   *
   * @throws IllegalArgumentException if the magnitude exceeds 999,999,999,999,999
   */
  public static String cardinal(long n) {
    if (n < -MAX_SPELLED || n > MAX_SPELLED) {
      throw new IllegalArgumentException("Number out of range for words: " + n);
    }
    return n < 0 ? "minus " + spell(-n) : spell(n);
  }

  /**
   * Spells a digit string such as "1,234" or "-42", reading strings of more than 15 digits digit by digit.
   *
   * <p>Thousands commas are optional but must be well placed; leading zeros do not change the value.
   *
   * @throws IllegalArgumentException if the text is not an optionally negative, optionally comma-grouped integer
   */
  public static String cardinal(String digits) {
    Matcher m = INTEGER.matcher(require(digits, "number"));
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a whole number: '" + digits + "'");
    }
    return signed(m.group(1), unsignedInteger(m.group(2)));
  }

  /**
   * Spells a decimal number such as "87.4" as "eighty seven point four", reading the digits after the point one by
   * one.
   *
   * <p>The whole part may be omitted (".5" is "point five") and may carry thousands commas; text without a point
   * is spelled as by {@link #cardinal(String)}.
   *
   * @throws IllegalArgumentException if the text is not a well-formed decimal number
   */
  public static String decimal(String text) {
    String value = require(text, "decimal number");
    if (value.indexOf('.') < 0) {
      return cardinal(value);
    }
    Matcher m = DECIMAL.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a decimal number: '" + text + "'");
    }
    String fraction = "point " + digits(m.group(3));
    String words = m.group(2) == null ? fraction : unsignedInteger(m.group(2)) + " " + fraction;
    return signed(m.group(1), words);
  }

  /**
   * Spells an ordinal from "zeroth" to 999,999,999,999,999th, for example 21 as "twenty first".
   *
   * @throws IllegalArgumentException if the number is negative or above 999,999,999,999,999
   */
  public static String ordinal(long n) {
    if (n < 0 || n > MAX_SPELLED) {
      throw new IllegalArgumentException("Ordinal out of range for words: " + n);
    }
    String words = spell(n);
    int lastWord = words.lastIndexOf(' ') + 1;
    return words.substring(0, lastWord) + ordinalWord(words.substring(lastWord));
  }

  /**
   * Reads every digit of a string of ASCII digits, for example "404" as "four zero four".
   *
   * @throws IllegalArgumentException if the text is empty or holds anything but the digits 0 to 9
   */
  public static String digits(String s) {
    String text = require(s, "digit string");
    List<String> words = new ArrayList<>(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("Not a digit string: '" + s + "'");
      }
      words.add(ONES[c - '0']);
    }
    return String.join(" ", words);
  }

  /**
   * Spells a fraction, for example 3/4 as "three quarters" and 5/8 as "five eighths".
   *
   * <p>Halves and quarters have their own names, other denominators use the ordinal ("hundredth" for 100), made
   * plural unless the numerator is one or minus one. A denominator of one is read "over one".
   *
   * @throws IllegalArgumentException if the denominator is zero or negative
   */
  public static String fraction(int numerator, int denominator) {
    if (denominator < 1) {
      throw new IllegalArgumentException("Fraction denominator must be positive: " + numerator + "/" + denominator);
    }
    String count = cardinal(numerator);
    if (denominator == 1) {
      return count + " over one";
    }
    String unit = switch (denominator) {
      case 2 -> "half";
      case 4 -> "quarter";
      default -> denominatorWord(denominator);
    };
    boolean single = numerator == 1 || numerator == -1;
    return count + " " + (single ? unit : plural(unit));
  }

  /** Names a denominator by its ordinal, without the "one" of a round power of ten ("hundredth", not "one"). */
  private static String denominatorWord(int denominator) {
    String words = ordinal(denominator);
    boolean roundScale = words.startsWith("one ") && words.indexOf(' ') == words.lastIndexOf(' ');
    return roundScale ? words.substring("one ".length()) : words;
  }

  /** Spells 0 to {@link #MAX_SPELLED} in words. */
  static String spell(long n) {
    if (n == 0) {
      return ONES[0];
    }
    List<String> words = new ArrayList<>();
    for (int scale = SCALES.length - 1; scale >= 0; scale--) {
      int group = (int) (n / SCALE_VALUES[scale] % 1000);
      if (group != 0) {
        words.add(underThousand(group));
        if (scale > 0) {
          words.add(SCALES[scale]);
        }
      }
    }
    return String.join(" ", words);
  }

  /** Spells 1 to 999. */
  private static String underThousand(int n) {
    int hundreds = n / 100;
    int rest = n % 100;
    if (hundreds == 0) {
      return underHundred(rest);
    }
    String words = ONES[hundreds] + " hundred";
    return rest == 0 ? words : words + " " + underHundred(rest);
  }

  /** Spells 0 to 99. */
  static String underHundred(int n) {
    if (n < 20) {
      return ONES[n];
    }
    return n % 10 == 0 ? TENS[n / 10] : TENS[n / 10] + " " + ONES[n % 10];
  }

  /** Spells unsigned digits that may carry thousands commas, digit by digit when there are too many. */
  private static String unsignedInteger(String grouped) {
    String plain = grouped.replace(",", "");
    return plain.length() > MAX_SPELLED_DIGITS ? digits(plain) : spell(Long.parseLong(plain));
  }

  private static String signed(String sign, String words) {
    return sign.isEmpty() ? words : "minus " + words;
  }

  /** Turns the last cardinal word of a number into its ordinal form. */
  private static String ordinalWord(String word) {
    for (String[] pair : IRREGULAR_ORDINALS) {
      if (pair[0].equals(word)) {
        return pair[1];
      }
    }
    return word.endsWith("y") ? word.substring(0, word.length() - 1) + "ieth" : word + "th";
  }

  /** Makes the last word of a phrase plural ("ninety" to "nineties", "half" to "halves"). */
  static String plural(String words) {
    if (words.endsWith("y")) {
      return words.substring(0, words.length() - 1) + "ies";
    }
    if (words.endsWith("f")) {
      return words.substring(0, words.length() - 1) + "ves";
    }
    return words + "s";
  }

  private static String require(String text, String what) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("Missing " + what + ": " + (text == null ? "null" : "''"));
    }
    return text;
  }
}
