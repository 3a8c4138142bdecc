package org.paperledge.speech;

import java.util.Map;
import java.util.regex.Matcher;

/**
 * Mathematics and symbols read as words: Greek letters, comparisons, operators, powers, big-O, function
 * notation. A symbol is never dropped without {@code check} saying so; "minus" is said only where the text
 * subtracts, negates or writes "±", never for a hyphen.
 */
final class MathReading {
  private static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("&", "and"), Map.entry("+", "plus"), Map.entry("=", "equals"), Map.entry("==", "equals"),
      Map.entry("%", "percent"), Map.entry("‰", "per mille"), Map.entry("@", "at"), Map.entry("~", "about"),
      Map.entry("∼", "about"), Map.entry("≈", "approximately"), Map.entry("~=", "approximately"),
      Map.entry("<", "less than"), Map.entry(">", "greater than"), Map.entry("≤", "less than or equal to"),
      Map.entry("<=", "less than or equal to"), Map.entry("≥", "greater than or equal to"),
      Map.entry(">=", "greater than or equal to"), Map.entry("≠", "not equal to"), Map.entry("!=", "not equal to"),
      Map.entry("≪", "much less than"), Map.entry("≫", "much greater than"), Map.entry("±", "plus or minus"),
      Map.entry("+/-", "plus or minus"), Map.entry("∓", "minus or plus"), Map.entry("−", "minus"),
      Map.entry("×", "times"), Map.entry("⋅", "times"), Map.entry("∗", "times"), Map.entry("÷", "divided by"),
      Map.entry("°", "degrees"), Map.entry("→", "to"), Map.entry("->", "to"), Map.entry("←", "gets"),
      Map.entry("⇒", "implies"), Map.entry("=>", "implies"), Map.entry("⇔", "if and only if"),
      Map.entry("≡", "is equivalent to"), Map.entry("∝", "is proportional to"), Map.entry("∞", "infinity"),
      Map.entry("√", "the square root of"), Map.entry("∑", "the sum of"), Map.entry("∏", "the product of"),
      Map.entry("∫", "the integral of"), Map.entry("∂", "partial"), Map.entry("∇", "nabla"), Map.entry("∈", "in"),
      Map.entry("∉", "not in"), Map.entry("⊂", "a subset of"), Map.entry("⊆", "a subset of"),
      Map.entry("∪", "union"), Map.entry("∩", "intersection"), Map.entry("∅", "the empty set"),
      Map.entry("∀", "for all"), Map.entry("∃", "there exists"), Map.entry("¬", "not"), Map.entry("∧", "and"),
      Map.entry("∨", "or"), Map.entry("§", "section"), Map.entry("§§", "sections"), Map.entry("¶", "paragraph"),
      Map.entry("#", "number"), Map.entry("′", "prime"), Map.entry("″", "double prime"),
      Map.entry("ℝ", "the reals"), Map.entry("ℕ", "the natural numbers"), Map.entry("ℤ", "the integers"),
      Map.entry("ℚ", "the rationals"), Map.entry("ℂ", "the complex numbers"));
  /** Every symbol above, longest first, for the rule's pattern. */
  static final String SYMBOL = SYMBOLS.keySet().stream()
      .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(java.util.regex.Pattern::quote)
      .collect(java.util.stream.Collectors.joining("|"));
  private static final String GREEK_LETTERS = "αβγδεϵζηθϑικλμνξοπρσςτυφϕχψω";
  private static final String[] GREEK_NAMES = {"alpha", "beta", "gamma", "delta", "epsilon", "epsilon", "zeta",
      "eta", "theta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma",
      "sigma", "tau", "upsilon", "phi", "phi", "chi", "psi", "omega"};
  /** A Greek letter, capital or small. */
  static final String GREEK = "[α-ωΑ-Ωϵϑϕ]";
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

  private MathReading() {}

  /** A symbol by its name ("≥" greater than or equal to). */
  static void symbol(Matcher m, Emitter out) {
    out.words(SYMBOLS.get(m.group()));
  }

  /** The name of a Greek letter ("γ" gamma, "Δ" delta). */
  static String greek(char c) {
    int i = GREEK_LETTERS.indexOf(Character.toLowerCase(c));
    return i < 0 ? "" : GREEK_NAMES[i];
  }

  /** A Greek letter, then what follows it directly: a letter, digits or a power ("Δt", "β1", "σ²"). */
  static void greekLetter(Matcher m, Emitter out) {
    out.words(greek(m.group(1).charAt(0)));
  }

  /** Words for raising to {@code exponent}: "squared", "cubed", "to the sixth", "to the minus third", "to the n". */
  static String power(String exponent) {
    String e = exponent.replace("{", "").replace("}", "").replace('−', '-');
    if (e.equals("2")) {
      return "squared";
    }
    if (e.equals("3")) {
      return "cubed";
    }
    if (e.matches("-?\\d*\\.\\d+")) {
      return "to the power " + (e.startsWith("-") ? "minus " : "") + NumberWords.decimal(e.replace("-", ""));
    }
    if (e.matches("-?\\d{7,}")) {
      return "to the power " + (e.startsWith("-") ? "minus " : "") + NumberWords.digits(e.replace("-", ""));
    }
    if (e.matches("-?\\d{1,6}")) {
      boolean negative = e.startsWith("-");
      return "to the " + (negative ? "minus " : "") + NumberWords.ordinal(Long.parseLong(e.replace("-", "")));
    }
    return "to the " + e.replace("-", "minus ");
  }

  /** Superscript digits as a power ("²" squared, "⁻³" to the minus third); a lone "⁻" is "minus". */
  static String superscript(String text) {
    if (text.equals("⁻")) {
      return "minus";
    }
    StringBuilder digits = new StringBuilder();
    for (char c : text.toCharArray()) {
      digits.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
    }
    return power(digits.toString());
  }

  /** Subscript digits as plain digits ("₁₂" becomes "12"). */
  static String subscript(String text) {
    StringBuilder digits = new StringBuilder();
    for (char c : text.toCharArray()) {
      digits.append((char) ('0' + SUBSCRIPTS.indexOf(c)));
    }
    return digits.toString();
  }

  /** "10^6": ten to the sixth; "x^2": x squared; "2^n": two to the n. */
  static void caret(Matcher m, Emitter out) {
    String base = m.group(1);
    if (base.matches("[\\d.,]+")) {
      out.words(Quantities.number(base));
    } else {
      Words.compound(base, out);
    }
    String exponent = m.group(2).replace("{", "").replace("}", "").replace('−', '-');
    if (exponent.matches("-?\\d+(?:\\.\\d+)?")) {
      out.words(power(exponent));
    } else {
      out.words(exponent.startsWith("-") ? "to the minus" : "to the");
      Words.compound(exponent.replaceFirst("^-", ""), out);
    }
  }

  /** Big-O and its relatives: "O(n log n)" big O of n log n, "Θ(n²)" big theta of n squared. */
  static void bigO(Matcher m, Emitter out) {
    String name = switch (m.group(1)) {
      case "Θ", "θ" -> "big theta of";
      case "Ω" -> "big omega of";
      case "o" -> "little o of";
      default -> "big O of";
    };
    for (String w : name.split(" ")) {
      if (w.equals("O")) {
        out.letters("O");
      } else {
        out.words(w);
      }
    }
    out.scan(m.start(2), m.end(2));
  }

  /** Function notation: "f(x)" f of x, "p(y|x)" p of y given x. */
  static void function(Matcher m, Emitter out) {
    out.letters(m.group(1).toUpperCase(java.util.Locale.ROOT));
    out.words("of");
    String[] args = m.group(2).split("\\|");
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        out.words("given");
      }
      int from = m.start(2) + m.group(2).indexOf(args[i]);
      out.scan(from, from + args[i].length());
    }
  }
}
