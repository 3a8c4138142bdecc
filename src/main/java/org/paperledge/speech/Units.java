package org.paperledge.speech;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Units after a number ("3.5 GHz", "256 kB", "9.81 m/s²", "-40 °F", "5 µs"), with singular and plural right
 * ("one hertz", "one gigabyte", "two gigabytes"), and rates: a slash between units reads "per".
 */
final class Units {
  /**
   * One unit symbol.
   *
   * @param singular said after exactly one ("gigabyte")
   * @param plural said after any other number ("gigabytes")
   * @param attached whether it may follow the number without a space ("5ms"); single letters may not ("5m")
   * @param length whether a power makes it "square" or "cubic" ("square meters") rather than "squared"
   */
  record Unit(String singular, String plural, boolean attached, boolean length) {}

  private static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("P", "peta"), Map.entry("T", "tera"),
      Map.entry("G", "giga"), Map.entry("M", "mega"), Map.entry("k", "kilo"), Map.entry("K", "kilo"),
      Map.entry("h", "hecto"), Map.entry("c", "centi"), Map.entry("m", "milli"), Map.entry("µ", "micro"),
      Map.entry("μ", "micro"), Map.entry("n", "nano"), Map.entry("p", "pico"), Map.entry("E", "exa"));
  private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

  static {
    base("m", "meter", "meters", "kcmµμn", false, true);
    base("g", "gram", "grams", "kmµμ", false, false);
    base("s", "second", "seconds", "mµμnp", false, false);
    base("Hz", "hertz", "hertz", "kKMGT", true, false);
    base("B", "byte", "bytes", "kKMGTPE", true, false);
    base("b", "bit", "bits", "kKMGT", true, false);
    base("bps", "bit per second", "bits per second", "kKMGT", true, false);
    base("W", "watt", "watts", "kMGmµμ", true, false);
    base("Wh", "watt hour", "watt hours", "kMGT", true, false);
    base("V", "volt", "volts", "kmµμ", true, false);
    base("A", "amp", "amps", "mµμ", true, false);
    base("Ah", "amp hour", "amp hours", "m", true, false);
    base("J", "joule", "joules", "kMG", true, false);
    base("eV", "electron volt", "electron volts", "kMGT", true, false);
    base("Pa", "pascal", "pascals", "hkMG", true, false);
    base("L", "liter", "liters", "mµμ", true, false);
    base("Ω", "ohm", "ohms", "kM", true, false);
    base("FLOPS", "flop", "flops", "GTPE", true, false);
    base("FLOPs", "flop", "flops", "GTPE", true, false);
    // single-letter bases are units only with a prefix, or after a space (see base)
    UNITS.remove("B");
    UNITS.remove("b");
    UNITS.remove("A");
    put("L", "liter", "liters", false, false); // "2 L", "2 L/min"; never "5L"
    put("°C", "degree Celsius", "degrees Celsius", true, false);
    put("°F", "degree Fahrenheit", "degrees Fahrenheit", true, false);
    put("°", "degree", "degrees", true, false);
    put("fps", "frame per second", "frames per second", true, false);
    put("mph", "mile per hour", "miles per hour", true, false);
    put("kph", "kilometer per hour", "kilometers per hour", true, false);
    put("px", "pixel", "pixels", true, false);
    put("dB", "decibel", "decibels", true, false);
    put("h", "hour", "hours", true, false);
    put("hr", "hour", "hours", true, false);
    put("hrs", "hour", "hours", true, false);
    put("min", "minute", "minutes", true, false);
    put("mins", "minute", "minutes", true, false);
    put("sec", "second", "seconds", true, false);
    put("secs", "second", "seconds", true, false);
    put("yr", "year", "years", true, false);
    put("yrs", "year", "years", true, false);
    put("ft", "foot", "feet", false, true);
    put("lb", "pound", "pounds", false, false);
    put("lbs", "pound", "pounds", false, false);
    put("oz", "ounce", "ounces", false, false);
    put("Å", "angstrom", "angstroms", true, true);
    put("ppm", "part per million", "parts per million", true, false);
    put("ppb", "part per billion", "parts per billion", true, false);
    put("tok/s", "token per second", "tokens per second", true, false);
    put("it/s", "iteration per second", "iterations per second", true, false);
    for (String p : new String[] {"Ki", "Mi", "Gi", "Ti"}) {
      String name = Map.of("Ki", "kibi", "Mi", "mebi", "Gi", "gibi", "Ti", "tebi").get(p);
      put(p + "B", name + "byte", name + "bytes", true, false);
    }
  }

  /** Nouns after which a slash reads "per" ("tokens/GPU", "$2/hour"), besides the unit symbols. */
  private static final Set<String> PER = Set.of("second", "minute", "hour", "day", "week", "month", "year",
      "token", "step", "epoch", "sample", "image", "query", "request", "user", "GPU", "TPU", "node", "device",
      "core", "call", "page", "word", "person", "parameter", "run", "iteration", "example", "batch", "frame",
      "dollar", "sentence", "task", "episode", "layer", "head", "watt", "gallon", "liter", "mile", "kilometer");

  /** Any unit symbol, longest first, optionally squared or cubed. */
  static final String SYMBOL = symbols(false);
  /** A unit, then "/" and more units or nouns ("m/s²", "GB/s", "W/m²"). */
  static final String EXPRESSION = SYMBOL + "(?:/(?:" + SYMBOL + "|" + String.join("|", PER) + "))*(?![\\p{L}\\p{N}])";
  /** The same, starting with a unit that may follow a number without a space ("5ms", "3.5GHz"). */
  static final String ATTACHED = symbols(true) + "(?:/(?:" + SYMBOL + "|" + String.join("|", PER)
      + "))*(?![\\p{L}\\p{N}])";
  /** A denominator a slash may read "per" before. */
  static final String DENOMINATOR = "(?:" + SYMBOL + "|" + String.join("|", PER) + ")(?![\\p{L}\\p{N}])";

  private Units() {}

  private static String symbols(boolean attachedOnly) {
    return "(?:" + UNITS.entrySet().stream().filter(e -> !attachedOnly || e.getValue().attached())
        .map(Map.Entry::getKey).sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
        .collect(Collectors.joining("|")) + ")[²³]?";
  }

  private static void base(String symbol, String singular, String plural, String prefixes, boolean attached,
      boolean length) {
    put(symbol, singular, plural, attached, length);
    for (char p : prefixes.toCharArray()) {
      String prefix = PREFIXES.get(String.valueOf(p));
      put(p + symbol, prefix + singular, prefix + plural, true, length);
    }
  }

  private static void put(String symbol, String singular, String plural, boolean attached, boolean length) {
    UNITS.put(symbol, new Unit(singular, plural, attached, length));
  }

  /** The unit written {@code symbol}, without a power. */
  static Optional<Unit> find(String symbol) {
    return Optional.ofNullable(UNITS.get(symbol));
  }

  /**
   * Says a unit expression: the first unit in the plural unless {@code one}, every unit after a slash "per" and
   * in the singular ("meters per second squared", "watts per square meter", "gigabytes per second").
   */
  static String say(String expression, boolean one) {
    if (find(expression).isPresent()) {
      Unit u = find(expression).get();
      return one ? u.singular() : u.plural();
    }
    String[] parts = expression.split("/");
    StringBuilder out = new StringBuilder(name(parts[0], !one));
    for (int i = 1; i < parts.length; i++) {
      out.append(" per ").append(name(parts[i], false));
    }
    return out.toString();
  }

  /** One unit with its power: "square meters", "second squared"; a noun stays as written ("GPU"). */
  static String name(String written, boolean plural) {
    String symbol = written.replaceAll("[²³]$", "");
    String sup = written.substring(symbol.length());
    Optional<Unit> unit = find(symbol);
    if (unit.isEmpty()) {
      return symbol;
    }
    String name = plural ? unit.get().plural() : unit.get().singular();
    if (sup.isEmpty()) {
      return name;
    }
    boolean square = sup.equals("²");
    if (unit.get().length()) {
      return (square ? "square " : "cubic ") + name;
    }
    return name + (square ? " squared" : " cubed");
  }

  /** A number, or a range of numbers, and its unit: "3.5 GHz", "10–20 ms", "-40 °F", "1 GB". */
  static void quantity(Matcher m, Emitter out) {
    String first = m.group(1);
    String second = m.group(2);
    String last = second != null ? second : first;
    StringBuilder words = new StringBuilder(Quantities.signed(first));
    if (second != null) {
      words.append(" to ").append(Quantities.signed(second));
    }
    String before = out.sentence().substring(0, out.start()).stripTrailing().toLowerCase(java.util.Locale.ROOT);
    // "a 0.3 dB gain", "an 8 GB card": a quantity before a noun takes the singular, as a careful host says it
    boolean one = last.replaceFirst("^[-−+]", "").equals("1") || before.matches("(?s)(.*\\W)?an?");
    out.words(words + " " + say(m.group(3) != null ? m.group(3) : m.group(4), one));
  }

  /** "$2/hour", "5%/year": the slash is "per". */
  static void per(Matcher m, Emitter out) {
    out.words("per " + name(m.group(1), false));
  }

  /** Whether a unit symbol of two letters or more is written at {@code at} in {@code sentence} ("μs", "kΩ"). */
  static boolean isSymbolAt(String sentence, int at) {
    int end = at;
    while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
      end++;
    }
    return end - at >= 2 && find(sentence.substring(at, end)).isPresent();
  }

  /** Whether {@code word} is a unit symbol or a noun a slash before it reads "per". */
  static boolean isDenominator(String word) {
    return find(word.replaceAll("[²³]$", "")).isPresent() || PER.contains(word);
  }

  /** A rate written inside a word ("tokens/s", "km/h", "GB/s"): its parts with "per" between them. */
  static String rate(String numerator, String denominator) {
    String top = find(numerator.replaceAll("[²³]$", "")).isPresent() ? name(numerator, true) : numerator;
    return top + " per " + name(denominator, false);
  }
}
