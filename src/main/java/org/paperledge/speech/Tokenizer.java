package org.paperledge.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.paperledge.show.Lexicon;

/**
 * Turns a sentence into the tokens MaryTTS is given, keeping whole what MaryTTS's English preprocessing expands
 * (numbers, times, dates, domains, dotted acronyms, known abbreviations) and applying the voice's lexicon.
 *
 * <p>It also steers around MaryTTS pitfalls: a lone hyphen is read "minus", a {@code )} makes the next number
 * silent, and a dotted date ({@code 12.25.2020}) fails the whole request. Parentheses and dashes therefore
 * become commas, and dotted dates are rewritten with slashes.
 */
public final class Tokenizer {
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?%?|[+-]?\\d+(\\.\\d+)?%?");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?");
  private static final Pattern DATE = Pattern.compile("\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}");
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(\\p{L}\\.){2,}");
  private static final Pattern DOMAIN = Pattern.compile("(?i)([a-z0-9-]+\\.)+[a-z]{2,6}(/\\S*)?");
  private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

  /** Abbreviations that MaryTTS would misread or leave alone, with what a host says. */
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("e.g.", "for example"),
      Map.entry("i.e.", "that is"),
      Map.entry("vs.", "versus"),
      Map.entry("vs", "versus"),
      Map.entry("etc.", "et cetera"),
      Map.entry("approx.", "approximately"),
      Map.entry("fig.", "figure"),
      Map.entry("figs.", "figures"),
      Map.entry("eq.", "equation"),
      Map.entry("sec.", "section"),
      Map.entry("prof.", "professor"),
      Map.entry("dr.", "doctor"),
      Map.entry("mr.", "mister"),
      Map.entry("mrs.", "missus"),
      Map.entry("ms.", "miz"),
      Map.entry("no.", "number"),
      Map.entry("vol.", "volume"),
      Map.entry("cf.", "compare"),
      Map.entry("al.", "al"));

  private final Lexicon lexicon;

  public Tokenizer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The tokens of one sentence (or sentence piece), ending in a punctuation mark. */
  public List<Token> tokens(String sentence) {
    List<Token> out = new ArrayList<>();
    String text = normalizePunctuation(sentence);
    String[] words = text.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (word.isEmpty()) {
        continue;
      }
      // "et al." reads as "and colleagues"
      if (word.equalsIgnoreCase("et") && i + 1 < words.length && words[i + 1].toLowerCase(Locale.ROOT)
          .startsWith("al.")) {
        addWords(out, "and colleagues");
        String rest = words[i + 1].substring(3);
        trailing(out, rest);
        i++;
        continue;
      }
      word(out, word);
    }
    while (!out.isEmpty() && out.get(0).isPunctuation()) {
      out.remove(0);
    }
    collapsePunctuation(out);
    if (!out.isEmpty() && !out.get(out.size() - 1).isPunctuation()) {
      out.add(Token.of("."));
    }
    return out;
  }

  private void word(List<Token> out, String word) {
    int start = 0;
    int end = word.length();
    while (start < end && isOpening(word.charAt(start))) {
      if (word.charAt(start) == '(' || word.charAt(start) == '[') {
        out.add(Token.of(","));
      }
      start++;
    }
    int coreEnd = end;
    while (coreEnd > start && isClosing(word.charAt(coreEnd - 1))) {
      coreEnd--;
    }
    String core = word.substring(start, coreEnd);
    String trail = word.substring(coreEnd);
    // A period belongs to the core when the core is an abbreviation or a dotted acronym.
    if (trail.startsWith(".") && !core.isEmpty()) {
      String withDot = core + ".";
      if (ABBREVIATIONS.containsKey(withDot.toLowerCase(Locale.ROOT)) || DOTTED_ACRONYM.matcher(withDot).matches()
          || lexicon.lookup(withDot).isPresent()) {
        core = withDot;
        trail = trail.substring(1);
      }
    }
    if (!core.isEmpty()) {
      core(out, core);
    }
    trailing(out, trail);
  }

  private void trailing(List<Token> out, String trail) {
    for (char c : trail.toCharArray()) {
      switch (c) {
        case '.', ',', ';', ':', '!', '?' -> out.add(Token.of(String.valueOf(c)));
        case ')', ']' -> out.add(Token.of(","));
        default -> { } // quotes and other closers are not spoken
      }
    }
  }

  private void core(List<Token> out, String core) {
    Optional<Lexicon.Entry> entry = lexicon.lookup(core);
    if (entry.isPresent()) {
      Lexicon.Entry e = entry.get();
      if (e.phonemes().isPresent()) {
        out.add(new Token(core.replaceAll("[^\\p{L}\\p{N}]", ""), e.phonemes()));
      } else {
        addWords(out, e.spoken());
      }
      return;
    }
    String abbreviation = ABBREVIATIONS.get(core.toLowerCase(Locale.ROOT));
    if (abbreviation != null) {
      addWords(out, abbreviation);
      return;
    }
    if (NUMBER.matcher(core).matches() || TIME.matcher(core).matches() || ORDINAL.matcher(core).matches()
        || DOTTED_ACRONYM.matcher(core).matches()) {
      out.add(Token.of(core));
      return;
    }
    if (DATE.matcher(core).matches()) {
      out.add(Token.of(core.replace('.', '/')));
      return;
    }
    if (DOMAIN.matcher(core).matches() && !core.matches("\\d+(\\.\\d+)+")) {
      out.add(Token.of(core.toLowerCase(Locale.ROOT)));
      return;
    }
    if (core.startsWith("$") && core.length() > 1) {
      out.add(Token.of("$"));
      core(out, core.substring(1));
      return;
    }
    if (core.equals("&")) {
      out.add(Token.of("and"));
      return;
    }
    // Split inner punctuation MaryTTS would drop or misread; keep hyphens and apostrophes inside words.
    String cleaned = core.replaceAll("[\"“”«»]", "");
    for (String part : cleaned.split("(?<=[/+])|(?=[/+])")) {
      if (part.equals("/")) {
        out.add(Token.of("slash"));
      } else if (part.equals("+")) {
        out.add(Token.of("plus"));
      } else if (part.matches("-+")) {
        out.add(Token.of(","));
      } else if (!part.isBlank()) {
        String token = part.replaceAll("^[-']+|[-']+$", "");
        if (!token.isEmpty() && token.chars().anyMatch(Character::isLetterOrDigit)) {
          out.add(Token.of(token.length() > 100 ? token.substring(0, 100) : token));
        }
      }
    }
  }

  private static void addWords(List<Token> out, String words) {
    for (String w : words.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(Token.of(w));
      }
    }
  }

  private static boolean isOpening(char c) {
    return c == '(' || c == '[' || c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«' || c == '¿'
        || c == '¡' || c == '*' || c == '_';
  }

  private static boolean isClosing(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
        || c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == '*' || c == '_';
  }

  /** Maps typographic punctuation to what the tokenizer handles; drops emoji and other symbols. */
  static String normalizePunctuation(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '“', '”', '„', '«', '»' -> out.append('"');
        case '‘', '’', '‚', '′' -> out.append('\'');
        case '—', '–', '―' -> out.append(" , ");
        case '…' -> out.append(", ");
        case '×' -> out.append(" times ");
        case '&' -> out.append(" & ");
        case '\u00A0', '\u2009', '\u202F', '\u2007' -> out.append(' ');
        default -> {
          int type = Character.getType(cp);
          if (type == Character.OTHER_SYMBOL || type == Character.SURROGATE || type == Character.PRIVATE_USE
              || type == Character.UNASSIGNED || type == Character.FORMAT || cp == 0xFE0F) {
            out.append(' ');
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.toString().replace(" -- ", " , ").replace("...", ", ");
  }

  /** Removes repeated or dangling punctuation tokens, which MaryTTS would otherwise turn into long pauses. */
  private static void collapsePunctuation(List<Token> tokens) {
    for (int i = tokens.size() - 1; i > 0; i--) {
      if (tokens.get(i).isPunctuation() && tokens.get(i - 1).isPunctuation()) {
        // keep the stronger mark: sentence-final over comma
        boolean keepLater = !tokens.get(i).text().equals(",");
        tokens.remove(keepLater ? i - 1 : i);
      }
    }
  }
}
