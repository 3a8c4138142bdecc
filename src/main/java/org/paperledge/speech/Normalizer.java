package org.paperledge.speech;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import org.paperledge.model.Lexicon;

/**
 * Text normalization: turns a written sentence into the words a careful host would say, as tokens for MaryTTS.
 *
 * <p>The sentence is scanned left to right; at each position the first rule of {@link Rules#TABLE} whose pattern
 * matches there decides what is said. The rules are in one table, in priority order, each with a name that
 * {@code paperledge check} can cite. Numbers are turned into words here ({@link NumberWords}) rather than left to
 * MaryTTS, whose English preprocessing misreads model names ("minus"), silences numbers after a parenthesis and
 * fails on dotted dates.
 */
public final class Normalizer {
  /**
   * A token with the span of the sentence it was read from, the rule that produced it, and why, when the rule
   * chose between readings.
   */
  public record Placed(Token token, int start, int end, String rule, String note) {
    public Placed {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(note, "note");
    }
  }

  /** What the rules may consult. */
  record Context(Lexicon lexicon) {}

  private final Context context;

  public Normalizer(Lexicon lexicon) {
    this.context = new Context(Objects.requireNonNull(lexicon, "lexicon"));
  }

  /**
   * The tokens that spell {@code text} out, character by character: letters by name, digits as digits; anything
   * else is left out.
   */
  public static List<Token> spelled(String text) {
    List<Token> out = new java.util.ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out.add(Token.of(NumberWords.digits(String.valueOf(c))));
      } else {
        Letters.letter(c).ifPresent(out::add);
      }
    }
    return out;
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
    Emitter out = new Emitter(sentence, context, dropped);
    scan(sentence, 0, sentence.length(), out, dropped);
    return out.finish();
  }

  /** Reads {@code sentence[from, to)} rule by rule into {@code out}. */
  static void scan(String sentence, int from, int to, Emitter out, BiConsumer<Integer, String> dropped) {
    int pos = from;
    Matcher[] matchers = new Matcher[Rules.TABLE.size()];
    while (pos < to) {
      int cp = sentence.codePointAt(pos);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pos += Character.charCount(cp);
        continue;
      }
      if (!Character.isLetterOrDigit(cp)) {
        // a symbol the lexicon names ("§ = section sign") is said as it says, before any rule
        String symbol = new String(Character.toChars(cp));
        var entry = out.lookup(symbol);
        if (entry.isPresent()) {
          out.begin(pos, pos + symbol.length(), "lexicon");
          out.lexical(symbol, entry.get());
          pos += symbol.length();
          continue;
        }
      }
      boolean matched = false;
      for (int r = 0; r < Rules.TABLE.size(); r++) {
        Rule rule = Rules.TABLE.get(r);
        if (!rule.start().test(cp)) {
          continue;
        }
        if (matchers[r] == null) {
          matchers[r] = rule.pattern().matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
        }
        Matcher m = matchers[r].region(pos, to);
        if (m.lookingAt() && m.end() > pos && rule.guard().test(m, sentence)) {
          out.begin(pos, m.end(), rule.name());
          rule.action().apply(m, out);
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
  }
}
