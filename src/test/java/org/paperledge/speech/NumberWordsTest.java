package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {

  /** Lowercase words separated by single spaces: no hyphens, digits, punctuation or stray spaces. */
  private static final String WORDS = "[a-z]+( [a-z]+)*";
  /** Any phrase holding the word "and" (but not "thousand"). */
  private static final String WITH_AND = "(.* )?and( .*)?";

  @ParameterizedTest
  @CsvSource({
    "0, zero",
    "1, one",
    "7, seven",
    "10, ten",
    "11, eleven",
    "15, fifteen",
    "19, nineteen",
    "20, twenty",
    "21, twenty one",
    "40, forty",
    "99, ninety nine",
    "100, one hundred",
    "101, one hundred one",
    "110, one hundred ten",
    "175, one hundred seventy five",
    "999, nine hundred ninety nine",
    "1000, one thousand",
    "1001, one thousand one",
    "1010, one thousand ten",
    "1100, one thousand one hundred",
    "1234, one thousand two hundred thirty four",
    "20000, twenty thousand",
    "100000, one hundred thousand",
    "100001, one hundred thousand one",
    "1000000, one million",
    "1000001, one million one",
    "1001000, one million one thousand",
    "1500000000, one billion five hundred million",
    "2147483647, two billion one hundred forty seven million four hundred eighty three thousand six hundred forty seven",
    "1000000000000, one trillion",
    "1000000000001, one trillion one",
    "123456789012345, one hundred twenty three trillion four hundred fifty six billion seven hundred eighty nine"
        + " million twelve thousand three hundred forty five",
    "999999999999999, nine hundred ninety nine trillion nine hundred ninety nine billion nine hundred ninety nine"
        + " million nine hundred ninety nine thousand nine hundred ninety nine",
    "-1, minus one",
    "-5, minus five",
    "-1000, minus one thousand",
    "-2147483648, minus two billion one hundred forty seven million four hundred eighty three thousand six hundred"
        + " forty eight",
    "-999999999999999, minus nine hundred ninety nine trillion nine hundred ninety nine billion nine hundred ninety"
        + " nine million nine hundred ninety nine thousand nine hundred ninety nine",
  })
  void cardinalSpellsWholeNumbersUsStyle(long n, String expected) {
    assertThat(NumberWords.cardinal(n)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {1_000_000_000_000_000L, -1_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE})
  void cardinalRejectsNumbersOutOfRange(long n) {
    assertThatIllegalArgumentException().isThrownBy(() -> NumberWords.cardinal(n)).withMessageContaining("" + n);
  }

  @Test
  void cardinalAlwaysGivesPlainWordsWithoutAnd() {
    for (long n = -1_000; n <= 30_000; n++) {
      assertThat(NumberWords.cardinal(n)).matches(WORDS).doesNotMatch(WITH_AND);
    }
    for (long n = 1; n <= 999_999_999_999_999L && n > 0; n = n * 7 + 3) {
      assertThat(NumberWords.cardinal(n)).matches(WORDS).doesNotMatch(WITH_AND);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "0, zero",
    "42, forty two",
    "'1,234', one thousand two hundred thirty four",
    "1234, one thousand two hundred thirty four",
    "'1,000,000', one million",
    "'-1,234', minus one thousand two hundred thirty four",
    "-5, minus five",
    "007, seven",
    "'999,999,999,999,999', nine hundred ninety nine trillion nine hundred ninety nine billion nine hundred ninety"
        + " nine million nine hundred ninety nine thousand nine hundred ninety nine",
    "1234567890123456, one two three four five six seven eight nine zero one two three four five six",
    "'1,234,567,890,123,456', one two three four five six seven eight nine zero one two three four five six",
    "-10000000000000000, minus one zero zero zero zero zero zero zero zero zero zero zero zero zero zero zero zero",
  })
  void cardinalReadsDigitStrings(String digits, String expected) {
    assertThat(NumberWords.cardinal(digits)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
    "abc", "1,23", "12,345,67", ",123", "123,", "1,,234", "1234,567", "1.5", "--5", "-", "+5", " 12", "12 ",
    "1_000", "1 000", "٤٢", "12a",
  })
  void cardinalRejectsMalformedDigitStrings(String digits) {
    assertThatIllegalArgumentException().isThrownBy(() -> NumberWords.cardinal(digits));
  }

  @ParameterizedTest
  @CsvSource({
    "87.4, eighty seven point four",
    "0.5, zero point five",
    "3.14159, three point one four one five nine",
    "'1,234.56', one thousand two hundred thirty four point five six",
    ".5, point five",
    "-2.5, minus two point five",
    "-.5, minus point five",
    "-0.5, minus zero point five",
    "2.50, two point five zero",
    "10.05, ten point zero five",
    "87, eighty seven",
    "'1,500', one thousand five hundred",
    "1234567890123456.5, one two three four five six seven eight nine zero one two three four five six point five",
  })
  void decimalReadsDigitsAfterThePointOneByOne(String text, String expected) {
    assertThat(NumberWords.decimal(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
    "5.", ".", "-.", "1.2.3", "1,23.4", "abc", "-", "1.-5", "1e5", "1.5%", "1. 5", "..5", "+1.5",
  })
  void decimalRejectsMalformedNumbers(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> NumberWords.decimal(text));
  }

  @ParameterizedTest
  @CsvSource({
    "0, zeroth",
    "1, first",
    "2, second",
    "3, third",
    "4, fourth",
    "5, fifth",
    "8, eighth",
    "9, ninth",
    "10, tenth",
    "11, eleventh",
    "12, twelfth",
    "13, thirteenth",
    "19, nineteenth",
    "20, twentieth",
    "21, twenty first",
    "22, twenty second",
    "23, twenty third",
    "30, thirtieth",
    "99, ninety ninth",
    "100, one hundredth",
    "101, one hundred first",
    "110, one hundred tenth",
    "112, one hundred twelfth",
    "1000, one thousandth",
    "1001, one thousand first",
    "1000000, one millionth",
    "1000001, one million first",
    "2147483647, two billion one hundred forty seven million four hundred eighty three thousand six hundred forty"
        + " seventh",
    "1000000000000, one trillionth",
  })
  void ordinalSpellsPositions(long n, String expected) {
    assertThat(NumberWords.ordinal(n)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, -21, 1_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE})
  void ordinalRejectsNumbersOutOfRange(long n) {
    assertThatIllegalArgumentException().isThrownBy(() -> NumberWords.ordinal(n));
  }

  @ParameterizedTest
  @CsvSource({
    "1999, nineteen ninety nine",
    "2019, twenty nineteen",
    "2024, twenty twenty four",
    "2000, two thousand",
    "2001, two thousand one",
    "2009, two thousand nine",
    "2010, twenty ten",
    "1900, nineteen hundred",
    "1905, nineteen oh five",
    "1066, ten sixty six",
    "800, eight hundred",
    "2100, twenty one hundred",
    "2105, twenty one oh five",
    "1776, seventeen seventy six",
    "1800, eighteen hundred",
    "1910, nineteen ten",
    "2050, twenty fifty",
    "1000, one thousand",
    "1001, one thousand one",
    "1010, ten ten",
    "1100, eleven hundred",
    "3000, three thousand",
    "476, four seventy six",
    "805, eight hundred five",
    "100, one hundred",
    "99, ninety nine",
    "1, one",
    "9999, ninety nine ninety nine",
  })
  void yearIsSaidTheWayHostsSayIt(int y, String expected) {
    assertThat(CalendarWords.year(y)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, -2024, 10000, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void yearRejectsOutOfRange(int y) {
    assertThatIllegalArgumentException().isThrownBy(() -> CalendarWords.year(y));
  }

  @ParameterizedTest
  @CsvSource({
    "404, four zero four",
    "0, zero",
    "007, zero zero seven",
    "1234567890, one two three four five six seven eight nine zero",
    "12345678901234567890, one two three four five six seven eight nine zero one two three four five six seven eight"
        + " nine zero",
  })
  void digitsReadsEachDigit(String s, String expected) {
    assertThat(NumberWords.digits(s)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"12a", "1,234", "-1", " 1", "1 ", "1.5", "٤"})
  void digitsRejectsAnythingButAsciiDigits(String s) {
    assertThatIllegalArgumentException().isThrownBy(() -> NumberWords.digits(s));
  }

  @ParameterizedTest
  @CsvSource({
    "1990, nineteen nineties",
    "2020, twenty twenties",
    "1900, nineteen hundreds",
    "2000, two thousands",
    "80, eighties",
    "60, sixties",
    "10, tens",
    "20, twenties",
    "90, nineties",
    "1800, eighteen hundreds",
    "1960, nineteen sixties",
    "1910, nineteen tens",
    "2010, twenty tens",
    "2030, twenty thirties",
  })
  void decadeIsThePluralOfItsYear(int y, String expected) {
    assertThat(CalendarWords.decade(y)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, 85, 1995, -10, -1990, 10000, Integer.MIN_VALUE})
  void decadeRejectsNonDecades(int y) {
    assertThatIllegalArgumentException().isThrownBy(() -> CalendarWords.decade(y));
  }

  @ParameterizedTest
  @CsvSource({
    "9, 45, nine forty five",
    "10, 0, ten",
    "10, 5, ten oh five",
    "12, 30, twelve thirty",
    "0, 15, twelve fifteen",
    "0, 0, twelve",
    "12, 0, twelve",
    "1, 1, one oh one",
    "7, 10, seven ten",
    "13, 30, thirteen thirty",
    "23, 59, twenty three fifty nine",
  })
  void timeIsReadAsHourThenMinutes(int hour, int minute, String expected) {
    assertThat(CalendarWords.time(hour, minute)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"-1, 0", "24, 0", "0, 60", "0, -1", "25, 99"})
  void timeRejectsImpossibleClockTimes(int hour, int minute) {
    assertThatIllegalArgumentException().isThrownBy(() -> CalendarWords.time(hour, minute));
  }

  @ParameterizedTest
  @CsvSource({
    "1, 2, one half",
    "3, 4, three quarters",
    "1, 3, one third",
    "2, 3, two thirds",
    "5, 8, five eighths",
    "1, 10, one tenth",
    "3, 2, three halves",
    "1, 4, one quarter",
    "2, 5, two fifths",
    "1, 9, one ninth",
    "1, 12, one twelfth",
    "9, 16, nine sixteenths",
    "7, 10, seven tenths",
    "1, 100, one hundredth",
    "3, 100, three hundredths",
    "1, 1000, one thousandth",
    "7, 1000000, seven millionths",
    "1, 200, one two hundredth",
    "1, 101, one one hundred first",
    "1, 21, one twenty first",
    "0, 5, zero fifths",
    "-1, 2, minus one half",
    "-3, 4, minus three quarters",
    "5, 1, five over one",
  })
  void fractionUsesHalvesQuartersAndOrdinals(int numerator, int denominator, String expected) {
    assertThat(NumberWords.fraction(numerator, denominator)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"1, 0", "1, -2", "0, 0"})
  void fractionRejectsNonPositiveDenominators(int numerator, int denominator) {
    assertThatIllegalArgumentException().isThrownBy(() -> NumberWords.fraction(numerator, denominator));
  }
}
