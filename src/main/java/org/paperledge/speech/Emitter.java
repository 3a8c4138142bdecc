package org.paperledge.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperledge.model.Lexicon;

/**
 * Collects the tokens said for one sentence, each with the span of the sentence it was read from and the rule
 * that produced it, so that {@code paperledge check} can point at the text and name the rule.
 */
final class Emitter {
  private final String sentence;
  private final Normalizer.Context context;
  private final java.util.function.BiConsumer<Integer, String> dropped;
  private final List<Normalizer.Placed> placed = new ArrayList<>();
  private int start;
  private int end;
  private String rule = "word";
  private String note = "";

  Emitter(String sentence, Normalizer.Context context, java.util.function.BiConsumer<Integer, String> dropped) {
    this.sentence = sentence;
    this.context = context;
    this.dropped = dropped;
  }

  /** Reads {@code sentence[from, to)} with the rules, inside the current match (big-O's argument, say). */
  void scan(int from, int to) {
    int outerStart = start;
    int outerEnd = end;
    String outerRule = rule;
    String outerNote = note;
    Normalizer.scan(sentence, from, to, this, dropped);
    start = outerStart;
    end = outerEnd;
    rule = outerRule;
    note = outerNote;
  }

  String sentence() {
    return sentence;
  }

  Lexicon lexicon() {
    return context.lexicon();
  }

  /** Starts the tokens of a match of {@code rule} over {@code sentence[start, end)}. */
  void begin(int start, int end, String rule) {
    this.start = start;
    this.end = end;
    this.rule = rule;
    this.note = "";
  }

  /** The rule whose tokens are being emitted. */
  String rule() {
    return rule;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** How many tokens have been emitted so far. */
  int size() {
    return placed.size();
  }

  /** Forgets the tokens emitted after the first {@code size}: a rule that declined its match. */
  void truncate(int size) {
    placed.subList(size, placed.size()).clear();
  }

  void add(Token token) {
    placed.add(new Normalizer.Placed(token, start, end, rule, note));
  }

  /** Says plain words, separated by spaces. */
  void words(String words) {
    for (String w : words.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        add(Token.of(w));
      }
    }
  }

  /** Says letters by name ("GPU" as G P U), a final lower-case {@code s} making the last one plural. */
  void letters(String letters) {
    Letters.spell(letters).forEach(this::add);
  }

  /** A punctuation mark: {@code ,} a short pause, {@code . ! ?} the sentence's end. */
  void pause(String mark) {
    add(Token.of(mark));
  }

  /** Emits what {@code action} emits under the rule name {@code name} and the reason {@code why}. */
  void as(String name, String why, Runnable action) {
    String outerRule = rule;
    String outerNote = note;
    rule = name;
    note = why;
    try {
      action.run();
    } finally {
      rule = outerRule;
      note = outerNote;
    }
  }

  /** Emits what {@code action} emits under the rule name {@code name}. */
  void as(String name, Runnable action) {
    as(name, note, action);
  }

  /** Makes the last token possessive ("OpenAI's": the I said "eyes"); a possessive sounds like a plural. */
  void possessive() {
    withS("'s");
  }

  /** Makes the last token plural ("BERTs", "ViTs"): letters, phonemes and words alike. */
  void pluralize() {
    withS("s");
  }

  private void withS(String ending) {
    if (placed.isEmpty() || placed.get(placed.size() - 1).token().isPunctuation()) {
      return;
    }
    Normalizer.Placed last = placed.get(placed.size() - 1);
    Token token = last.token();
    Optional<Token> letter = Letters.withS(token, ending);
    Token changed;
    if (letter.isPresent()) {
      changed = letter.get();
    } else if (token.phonemes().isPresent()) {
      changed = new Token(token.text() + "s", Optional.of(Phonemes.withS(token.phonemes().get())));
    } else if (ending.equals("s") && token.text().matches(".*(?:s|x|z|ch|sh)")) {
      changed = Token.of(token.text() + "es");
    } else if (ending.equals("'s") && Character.isUpperCase(sentence.codePointAt(start))) {
      // the possessive of a name keeps the name's capital, so that MaryTTS's tagger still hears a proper noun
      String text = token.text();
      changed = Token.of(Character.toUpperCase(text.charAt(0)) + text.substring(1) + ending);
    } else {
      changed = Token.of(token.text() + ending);
    }
    placed.set(placed.size() - 1, new Normalizer.Placed(changed, last.start(), end, last.rule(), last.note()));
  }

  /** The lexicon's entry for {@code written}, if it has one. */
  Optional<Lexicon.Entry> lookup(String written) {
    return context.lexicon().lookup(written);
  }

  /** Says a lexicon entry: its phonemes, its letters ("G P U") or its words. */
  void lexical(String written, Lexicon.Entry entry) {
    as("lexicon", () -> {
      if (entry.phonemes().isPresent()) {
        String text = written.replaceAll("[^\\p{L}\\p{N}]", "");
        add(new Token(text.isEmpty() ? "x" : text, entry.phonemes()));
      } else if (entry.spoken().matches("\\p{Lu}( \\p{Lu})*( \\p{Lu}s)?") && entry.spoken().length() > 1) {
        letters(entry.spoken().replace(" ", ""));
      } else {
        for (String w : entry.spoken().replace(",", " , ").replace(".", " . ").strip().split("\\s+")) {
          if (w.matches("\\p{Lu}")) {
            letters(w); // "open A I": a single capital is a letter, never the article
          } else {
            words(w);
          }
        }
      }
    });
  }

  /**
   * The tokens, tidied for MaryTTS: no leading pause, runs of punctuation collapsed to the strongest mark, and a
   * sentence end at the end.
   */
  List<Normalizer.Placed> finish() {
    List<Normalizer.Placed> out = new ArrayList<>();
    for (Normalizer.Placed p : placed) {
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
      Normalizer.Placed last = out.get(out.size() - 1);
      out.add(new Normalizer.Placed(Token.of("."), last.end(), last.end(), "stop", ""));
    }
    if (!out.isEmpty() && out.get(out.size() - 1).token().text().equals(",")) {
      Normalizer.Placed last = out.remove(out.size() - 1);
      out.add(new Normalizer.Placed(Token.of("."), last.start(), last.end(), "stop", ""));
    }
    return out;
  }
}
