package org.paperledge.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperledge.model.Lexicon;

/**
 * Text normalization: turns a written sentence into the words a careful host would say, as tokens for MaryTTS.
 *
 * <p>The sentence is scanned left to right; at each position the first rule of {@link #RULES} whose pattern
 * matches there decides what is said. The rules are in one table, in priority order, each with a name that
 * {@code paperledge check} can cite. A rule whose words cannot say what its pattern matched (a clock time of
 * 3:61, a year 0) declines it, and the next rule is tried. Numbers are turned into words here ({@link NumberWords}) rather than left to
 * MaryTTS, whose English preprocessing misreads model names ("minus"), silences numbers after a parenthesis and
 * fails on dotted dates.
 */
public final class Normalizer {
  /** A token with the span of the sentence it was read from and the rule that produced it. */
  public record Placed(Token token, int start, int end, String rule) {}

  /** How the show wants some things read. */
  public record Options(boolean readUrls) {
    /** URLs read as their domain ("arxiv dot org"). */
    public static final Options DEFAULT = new Options(true);
  }

  private interface Action {
    void apply(Matcher m, Emitter out);
  }

  private record Rule(String name, Pattern pattern, Action action) {}

  private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
  private static final String END = "(?![\\p{L}\\p{N}])";
  private static final Set<String> UNITS = Set.of("tokens", "parameters", "params", "images", "samples",
      "examples", "hours", "seconds", "minutes", "days", "steps", "epochs", "words", "people", "users",
      "papers", "questions", "problems", "tasks", "layers", "times", "dollars", "points", "participants",
      "trees", "files", "pages", "items", "votes", "runs", "models", "languages", "miles", "meters", "kilometers",
      "books", "lines", "characters", "pixels", "frames", "clips", "videos", "recipes", "robots", "sensors");
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("e.g.", "for example"), Map.entry("i.e.", "that is"), Map.entry("vs.", "versus"),
      Map.entry("vs", "versus"), Map.entry("etc.", "et cetera"), Map.entry("et al.", "and colleagues"),
      Map.entry("approx.", "approximately"), Map.entry("fig.", "figure"), Map.entry("figs.", "figures"),
      Map.entry("eq.", "equation"), Map.entry("sec.", "section"), Map.entry("prof.", "professor"),
      Map.entry("dr.", "doctor"), Map.entry("mr.", "mister"), Map.entry("mrs.", "missus"),
      Map.entry("ms.", "miz"), Map.entry("no.", "number"), Map.entry("vol.", "volume"),
      Map.entry("cf.", "compare"), Map.entry("st.", "saint"), Map.entry("jr.", "junior"),
      Map.entry("ph.d.", "P H D"), Map.entry("u.s.", "U S"), Map.entry("u.k.", "U K"));
  private static final Map<Character, String> SYMBOLS = Map.ofEntries(
      Map.entry('&', "and"), Map.entry('+', "plus"), Map.entry('=', "equals"), Map.entry('%', "percent"),
      Map.entry('@', "at"), Map.entry('~', "about"), Map.entry('<', "less than"), Map.entry('>', "greater than"),
      Map.entry('±', "plus or minus"), Map.entry('°', "degrees"), Map.entry('→', "to"), Map.entry('×', "times"),
      Map.entry('≈', "about"), Map.entry('#', "number"));
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  private static final Map<String, String> CURRENCIES = Map.of("$", "dollars", "€", "euros", "£", "pounds");
  private static final Map<String, String> MAGNITUDES = Map.of("k", "thousand", "m", "million", "b", "billion",
      "t", "trillion", "thousand", "thousand", "million", "million", "billion", "billion", "trillion", "trillion");

  /**
   * The most characters one rule may read at once. A longer run without a space (a 10,000-character "word", a
   * pasted hash) is read a piece at a time: Java's regular expressions recurse once per repetition of a group,
   * and a run of thousands overflows the stack, or backtracks for seconds.
   */
  static final int MAX_SPAN = 200;

  /**
   * What a sentence must contain somewhere for these rules to match in it. They read far before they fail (an
   * address can be long), so in a long run of dots, digits or hyphens they are skipped unless they can match.
   */
  private static final Map<String, Pattern> NEEDS = Map.of("url", Pattern.compile("(?i)https?://"),
      "doi", Pattern.compile("10\\."), "email", Pattern.compile("@"),
      "domain", Pattern.compile("(?i)\\.(?:com|org|net|edu|io|ai|gov|dev|info|co|uk|de)"));

  /** The rules, in priority order. */
  private static final List<Rule> RULES = List.of(
      rule("url", "(?i)https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]'’”]", (m, out) -> out.url(m.group())),
      rule("doi", "(?i)(?:doi:?\\s*)?10\\.\\d{4,9}/[^\\s\"<>]+[^\\s\"<>.,;:!?)\\]]", (m, out) -> out.letters("DOI")),
      rule("arxiv-id", "(?i)arxiv:\\s*(\\d{2})(\\d{2})\\.(\\d{4,5})(?:v(\\d+))?" + END, (m, out) -> {
        out.words("archive " + NumberWords.cardinal(Long.parseLong(m.group(1))) + " "
            + twoDigits(m.group(2)) + " point " + NumberWords.digits(m.group(3)));
        if (m.group(4) != null) {
          out.words("version " + NumberWords.cardinal(Long.parseLong(m.group(4))));
        }
      }),
      rule("email", "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", (m, out) -> out.domain(m.group().replace("@", " at "))),
      rule("domain", "(?i)(?:www\\.)?(?:[a-z0-9-]+\\.)+(?:com|org|net|edu|io|ai|gov|dev|info|co|uk|de)"
          + "(?:/[^\\s]*[^\\s.,;:!?)\\]])?" + END, (m, out) -> out.url(m.group())),
      rule("time", "(\\d{1,2}):(\\d{2})(?:\\s*([AaPp])\\.?\\s?[Mm]\\b\\.?)?", (m, out) -> {
        out.words(NumberWords.time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        if (m.group(3) != null) {
          out.letters(m.group(3).toUpperCase(Locale.ROOT) + "M");
        }
      }),
      rule("clock-hour", "(\\d{1,2})\\s*([AaPp])\\.?[Mm]\\b\\.?", (m, out) -> {
        out.words(NumberWords.cardinal(Long.parseLong(m.group(1))));
        out.letters(m.group(2).toUpperCase(Locale.ROOT) + "M");
      }),
      rule("date", "(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})" + END, (m, out) -> {
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
          out.words(MONTHS[month - 1] + " " + NumberWords.ordinal(day));
          out.words(NumberWords.year(Integer.parseInt(m.group(3))));
        } else {
          out.words(NumberWords.cardinal(month) + " slash " + NumberWords.cardinal(day) + " slash "
              + NumberWords.year(Integer.parseInt(m.group(3))));
        }
      }),
      rule("year-range", "(1[1-9]\\d{2}|20\\d{2})\\s*[–—-]\\s*(1[1-9]\\d{2}|20\\d{2})" + END, (m, out) ->
          out.words(NumberWords.year(Integer.parseInt(m.group(1))) + " to "
              + NumberWords.year(Integer.parseInt(m.group(2))))),
      rule("range", "(" + NUM + ")\\s*[–—-]\\s*(" + NUM + ")\\s?(%)?" + END, (m, out) ->
          out.words(number(m.group(1)) + " to " + number(m.group(2)) + (m.group(3) != null ? " percent" : ""))),
      rule("currency", "([$€£])\\s?(" + NUM + ")(?:\\s?(thousand|million|billion|trillion|[KkMmBbTt])" + END
          + ")?", (m, out) -> {
            String magnitude = m.group(3) == null ? "" : " " + MAGNITUDES.get(m.group(3).toLowerCase(Locale.ROOT));
            String amount = m.group(2);
            String unit = CURRENCIES.get(m.group(1));
            if (magnitude.isEmpty() && amount.matches(".*\\.\\d{2}")) {
              String whole = amount.substring(0, amount.length() - 3);
              int cents = Integer.parseInt(amount.substring(amount.length() - 2));
              out.words((whole.isEmpty() ? "zero" : NumberWords.cardinal(whole)) + " " + unit
                  + (cents > 0 ? " and " + NumberWords.cardinal(cents) + (unit.equals("dollars") ? " cents"
                      : unit.equals("pounds") ? " pence" : " cents") : ""));
            } else {
              out.words(number(amount) + magnitude + " " + unit);
            }
          }),
      rule("percent", "(" + NUM + ")\\s?%", (m, out) -> out.words(number(m.group(1)) + " percent")),
      rule("multiplier", "(" + NUM + ")\\s?[×xX]" + END, (m, out) -> out.words(number(m.group(1)) + " times")),
      rule("ordinal", "(\\d+)(?:st|nd|rd|th)" + END, (m, out) ->
          out.words(NumberWords.ordinal(Long.parseLong(m.group(1))))),
      rule("decade", "(?:'|’)?(\\d{2}|1[1-9]\\d0|20\\d0)s" + END, (m, out) ->
          out.words(NumberWords.decade(Integer.parseInt(m.group(1))))),
      rule("magnitude", "(" + NUM + ")([KkMBT])" + END, (m, out) ->
          out.words(number(m.group(1)) + " " + MAGNITUDES.get(m.group(2).toLowerCase(Locale.ROOT)))),
      rule("year", "(1[1-9]\\d{2}|20\\d{2})(?![\\p{L}\\p{N}]|[.,]\\d)", (m, out) -> {
        if (out.nextWordIsQuantity(m.end())) {
          out.words(NumberWords.cardinal(Long.parseLong(m.group(1))));
        } else {
          out.words(NumberWords.year(Integer.parseInt(m.group(1))));
        }
      }),
      rule("number", "(?<![\\p{L}\\p{N}])-?" + NUM + END, (m, out) -> out.words(number(m.group()))),
      rule("abbreviation", "(?i)(?:et al\\.|ph\\.d\\.|u\\.s\\.|u\\.k\\.|[a-z]{1,6}\\.(?:[a-z]\\.)?)(?=[\\s,;:)\\]]|$)",
          (m, out) -> out.abbreviation(m.group())),
      rule("dotted-acronym", "(?:\\p{Lu}\\.){2,}", (m, out) -> out.letters(m.group().replace(".", ""))),
      rule("word", "[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?(?:[-_./+][\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?)*\\+?",
          (m, out) -> out.compound(m.group())),
      rule("pause", "[,;:()\\[\\]{}—–…]|\\.{3}|-{1,3}(?=\\s|$)", (m, out) -> out.pause(",")),
      rule("stop", "[.!?]+", (m, out) -> out.pause(m.group().contains("?") ? "?"
          : m.group().contains("!") ? "!" : ".")),
      rule("symbol", "[&+=%@~<>±°→×≈#]", (m, out) -> out.words(SYMBOLS.get(m.group().charAt(0)))),
      rule("joiner", "(?<=[\\p{L}\\p{N}])[-‐‑](?=[\\p{L}\\p{N}])", (m, out) -> { }),
      rule("quote", "[\"“”„«»'‘’`*_|\\\\/^]", (m, out) -> { }));

  private static Rule rule(String name, String regex, Action action) {
    return new Rule(name, Pattern.compile(regex), action);
  }

  private final Lexicon lexicon;
  private final Options options;

  public Normalizer(Lexicon lexicon, Options options) {
    this.lexicon = lexicon;
    this.options = options;
  }

  public Normalizer(Lexicon lexicon) {
    this(lexicon, Options.DEFAULT);
  }

  /** The tokens to say for {@code sentence}, ending with a punctuation mark. */
  public List<Token> tokens(String sentence) {
    return normalize(sentence, (a, b) -> { }).stream().map(Placed::token).toList();
  }

  /**
   * The tokens to say for {@code sentence}, each with the span it came from.
   *
   * @param dropped told of every span that is not spoken at all (emoji, unknown symbols), with the rule name
   */
  public List<Placed> normalize(String sentence, BiConsumer<Integer, String> dropped) {
    Emitter out = new Emitter(sentence);
    int n = sentence.length();
    Set<String> impossible = new java.util.HashSet<>();
    NEEDS.forEach((rule, needs) -> {
      if (!needs.matcher(sentence).find()) {
        impossible.add(rule);
      }
    });
    int pos = 0;
    while (pos < n) {
      int cp = sentence.codePointAt(pos);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pos += Character.charCount(cp);
        continue;
      }
      boolean matched = false;
      for (Rule rule : RULES) {
        if (impossible.contains(rule.name())) {
          continue;
        }
        Matcher m = rule.pattern().matcher(sentence).region(pos, Math.min(n, pos + MAX_SPAN));
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt() && m.end() > pos) {
          int before = out.size();
          out.begin(pos, m.end(), rule.name());
          try {
            rule.action().apply(m, out);
          } catch (IllegalArgumentException e) {
            out.truncate(before); // its words cannot say this match (3:61, 00/00/0000): the next rule may
            continue;
          }
          pos = m.end();
          matched = true;
          break;
        }
      }
      if (!matched) {
        dropped.accept(pos, new String(Character.toChars(cp)));
        pos += Character.charCount(cp);
      }
    }
    return out.finish();
  }

  private static String number(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    return t.contains(".") ? NumberWords.decimal(t) : NumberWords.cardinal(t);
  }

  private static String twoDigits(String digits) {
    int v = Integer.parseInt(digits);
    return v < 10 ? "oh " + NumberWords.cardinal(v) : NumberWords.cardinal(v);
  }

  /** Collects tokens for one sentence, remembering the span each came from. */
  private final class Emitter {
    private final String sentence;
    private final List<Placed> placed = new ArrayList<>();
    private int start;
    private int end;
    private String rule;

    Emitter(String sentence) {
      this.sentence = sentence;
    }

    int size() {
      return placed.size();
    }

    void truncate(int size) {
      placed.subList(size, placed.size()).clear();
    }

    void begin(int start, int end, String rule) {
      this.start = start;
      this.end = end;
      this.rule = rule;
    }

    void add(Token token) {
      placed.add(new Placed(token, start, end, rule));
    }

    void words(String words) {
      for (String w : words.strip().split("\\s+")) {
        if (!w.isEmpty()) {
          add(Token.of(w));
        }
      }
    }

    void letters(String letters) {
      Letters.spell(letters).forEach(this::add);
    }

    void pause(String mark) {
      add(Token.of(mark));
    }

    void url(String url) {
      if (!options.readUrls()) {
        return;
      }
      String host = url.replaceFirst("(?i)^https?://", "").replaceFirst("[/?#].*$", "")
          .replaceFirst("(?i)^www\\.", "").replaceFirst(":\\d+$", "");
      domain(host);
    }

    void domain(String host) {
      String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          words("dot");
        }
        String part = parts[i];
        Optional<Lexicon.Entry> entry = lexicon.lookup(part);
        if (entry.isPresent()) {
          lexical(part, entry.get());
        } else if (part.length() <= 3 && !part.matches(".*[aeiouy].*") || part.length() <= 2) {
          letters(part.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", ""));
        } else {
          compound(part.replace('-', ' ').strip().replace(' ', '-'));
        }
      }
    }

    void abbreviation(String text) {
      String expansion = ABBREVIATIONS.get(text.toLowerCase(Locale.ROOT));
      Optional<Lexicon.Entry> entry = lexicon.lookup(text);
      if (entry.isPresent()) {
        lexical(text, entry.get());
      } else if (expansion != null) {
        if (expansion.matches("[A-Z]( [A-Z])+")) {
          letters(expansion.replace(" ", ""));
        } else {
          words(expansion);
        }
      } else {
        // an ordinary word ending a sentence: say the word, keep the period as the sentence end
        compound(text.substring(0, text.length() - 1));
        pause(".");
      }
    }

    /** A word, or a compound such as a model name: split into parts, each said by the lexicon or a rule. */
    void compound(String text) {
      Optional<Lexicon.Entry> whole = lexicon.lookup(text);
      if (whole.isPresent()) {
        lexical(text, whole.get());
        return;
      }
      boolean plus = text.endsWith("+");
      String body = plus ? text.substring(0, text.length() - 1) : text;
      if (!plus && (body.endsWith("'s") || body.endsWith("’s")) // first, as the pattern backtracks on long words
          && body.matches(".*[\\p{N}\\p{Lu}][-_/.\\p{L}\\p{N}]*['’]s") && !body.matches("\\p{L}+['’]s")) {
        // a compound's possessive ("ResNet-50's"): say the compound, then the possessive on its last word
        compound(body.substring(0, body.length() - 2));
        possessive();
        return;
      }
      if (body.matches("\\p{L}+(?:['’]\\p{L}+)?")) {
        word(body);
      } else {
        for (String part : body.split("[-_/]+")) {
          if (!part.isEmpty()) {
            part(part);
          }
        }
      }
      if (plus) {
        words("plus");
      }
    }

    /** One part of a compound: letters and digits alternate ("Qwen2.5", "70B", "4o", "GSM8K"). */
    private void part(String part) {
      Optional<Lexicon.Entry> entry = lexicon.lookup(part);
      if (entry.isPresent()) {
        lexical(part, entry.get());
        return;
      }
      Matcher m = Pattern.compile("\\d+(?:\\.\\d+)*|\\p{L}+(?:['’]\\p{L}+)?|\\.").matcher(part);
      while (m.find()) {
        String piece = m.group();
        if (piece.equals(".")) {
          words("dot");
        } else if (Character.isDigit(piece.charAt(0))) {
          words(piece.matches("\\d+\\.\\d+") ? NumberWords.decimal(piece)
              : piece.contains(".") ? piece.replace(".", " dot ").replaceAll("\\d+", " $0 ").strip()
                  .replaceAll("\\d+", "") + NumberWords.digits(piece.replace(".", ""))
              : piece.length() > 4 ? NumberWords.digits(piece) : NumberWords.cardinal(piece));
        } else if (piece.length() == 1) {
          if (piece.equals("o") || piece.equals("O")) {
            words("oh");
          } else {
            letters(piece.toUpperCase(Locale.ROOT));
          }
        } else {
          word(piece);
        }
      }
    }

    /** A word of letters: the lexicon, an acronym spelled out, camel case split, or the word as written. */
    private void word(String w) {
      Optional<Lexicon.Entry> entry = lexicon.lookup(w);
      if (entry.isPresent()) {
        lexical(w, entry.get());
        return;
      }
      if (isAcronym(w)) {
        as("acronym", () -> letters(w));
        return;
      }
      String split = w.replaceAll("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})", " ");
      if (!split.equals(w)) {
        for (String piece : split.split(" ")) {
          word(piece);
        }
        return;
      }
      add(Token.of(w.replace('’', '\'')));
    }

    /** Emits what {@code action} emits under the rule name {@code name}, for diagnostics. */
    private void as(String name, Runnable action) {
      String outer = rule;
      rule = name;
      try {
        action.run();
      } finally {
        rule = outer;
      }
    }

    /** Makes the last word possessive, or leaves letters and phonemes as they are. */
    private void possessive() {
      if (placed.isEmpty()) {
        return;
      }
      Placed last = placed.get(placed.size() - 1);
      if (last.token().phonemes().isEmpty() && !last.token().isPunctuation()) {
        placed.set(placed.size() - 1, new Placed(Token.of(last.token().text() + "'s"), last.start(), end, rule));
      }
    }

    private void lexical(String written, Lexicon.Entry entry) {
      as("lexicon", () -> lexicalEntry(written, entry));
    }

    private void lexicalEntry(String written, Lexicon.Entry entry) {
      if (entry.phonemes().isPresent()) {
        String text = written.replaceAll("[^\\p{L}\\p{N}]", "");
        add(new Token(text.isEmpty() ? "x" : text, entry.phonemes()));
      } else if (entry.spoken().matches("\\p{Lu}( \\p{Lu})*( \\p{Lu}s)?") && entry.spoken().length() > 1) {
        letters(entry.spoken().replace(" ", ""));
      } else {
        words(entry.spoken().replace(",", " , ").replace(".", " . "));
      }
    }

    boolean nextWordIsQuantity(int from) {
      Matcher m = Pattern.compile("\\s+([\\p{L}]+)").matcher(sentence).region(from, sentence.length());
      if (!m.lookingAt()) {
        return false;
      }
      String next = m.group(1);
      return UNITS.contains(next.toLowerCase(Locale.ROOT)) || next.matches("\\p{Lu}{2,}s")
          || next.matches("\\p{Ll}+s") && !next.matches("(?i)was|is|has|does|his|this|its|as|us|yes|plus");
    }

    List<Placed> finish() {
      // drop leading pauses, collapse runs of punctuation (keeping the stronger), end with a stop
      List<Placed> out = new ArrayList<>();
      for (Placed p : placed) {
        boolean punct = p.token().isPunctuation();
        if (punct && out.isEmpty()) {
          continue;
        }
        if (punct && out.get(out.size() - 1).token().isPunctuation()) {
          if (!p.token().text().equals(",")) {
            out.set(out.size() - 1, p);
          }
          continue;
        }
        out.add(p);
      }
      if (!out.isEmpty() && !out.get(out.size() - 1).token().isPunctuation()) {
        Placed last = out.get(out.size() - 1);
        out.add(new Placed(Token.of("."), last.end(), last.end(), "stop"));
      }
      if (!out.isEmpty() && out.get(out.size() - 1).token().text().equals(",")) {
        Placed last = out.remove(out.size() - 1);
        out.add(new Placed(Token.of("."), last.start(), last.end(), "stop"));
      }
      return out;
    }
  }

  /** Whether {@code w} looks like an initialism: two to six capitals, optionally a plural {@code s}. */
  static boolean isAcronym(String w) {
    return w.matches("\\p{Lu}{2,6}s?") && !w.matches("\\p{Lu}\\p{Ll}+");
  }
}
