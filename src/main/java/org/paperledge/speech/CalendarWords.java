package org.paperledge.speech;

/**
 * Years, decades and clock times the way a careful US podcast host says them ("twenty nineteen", "the nineteen
 * nineties", "nine forty five"). Results follow {@link NumberWords}: lowercase words separated by single spaces.
 */
public final class CalendarWords {
  private CalendarWords() {}

  /**
   * Says a year from 1 to 9999 as a host would, for example 1999 as "nineteen ninety nine" and 2009 as "two
   * thousand nine".
   *
   * <p>Years below 100 are plain numbers. Other years are read in pairs ("twenty nineteen", "ten sixty six",
   * "four seventy six"), with "hundred" for round centuries ("nineteen hundred", "eight hundred") and "oh" before a
   * single digit ("nineteen oh five"); round thousands, the first years of a millennium (2001 to 2009) and three
   * digit years ending in 01 to 09 are plain numbers ("two thousand", "two thousand one", "eight hundred five").
   *
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  public static String year(int y) {
    if (y < 1 || y > 9999) {
      throw new IllegalArgumentException("Year out of range for words: " + y);
    }
    int high = y / 100;
    int low = y % 100;
    if (y < 100 || low < 10 && (y < 1000 || high % 10 == 0)) {
      return NumberWords.spell(y);
    }
    if (low == 0) {
      return NumberWords.spell(high) + " hundred";
    }
    if (low < 10) {
      return NumberWords.spell(high) + " oh " + NumberWords.underHundred(low);
    }
    return NumberWords.spell(high) + " " + NumberWords.underHundred(low);
  }

  /**
   * Names a decade, for example 1990 as "nineteen nineties", 2000 as "two thousands" and 80 (as in "the 80s") as
   * "eighties".
   *
   * <p>The decade is the year of {@link #year(int)} made plural, so 1900 is "nineteen hundreds".
   *
   * @throws IllegalArgumentException if the value is not a multiple of ten from 10 to 9990
   */
  public static String decade(int y) {
    if (y < 10 || y > 9990 || y % 10 != 0) {
      throw new IllegalArgumentException("Not a decade: " + y);
    }
    return NumberWords.plural(year(y));
  }

  /**
   * Says a clock time as a host would, for example 9:45 as "nine forty five" and 10:05 as "ten oh five".
   *
   * <p>Minute zero says only the hour ("ten"); adding "a m", "p m" or "o'clock" is the caller's business. Hour 0
   * is read "twelve" and hours 13 to 23 are kept as written ("thirteen thirty").
   *
   * @throws IllegalArgumentException if the hour is outside 0 to 23 or the minute outside 0 to 59
   */
  public static String time(int hour, int minute) {
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      throw new IllegalArgumentException("Not a clock time: " + hour + ":" + minute);
    }
    String h = NumberWords.spell(hour == 0 ? 12 : hour);
    if (minute == 0) {
      return h;
    }
    return h + (minute < 10 ? " oh " : " ") + NumberWords.underHundred(minute);
  }
}
