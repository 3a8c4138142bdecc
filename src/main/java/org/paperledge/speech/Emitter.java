package org.paperledge.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperledge.show.Lexicon;

/**
 * Collects the tokens said for one sentence, each with the span of the sentence it was read from and the rule
 * that produced it, so that {@code paperledge check} can point at the text and name the rule.
 */
final class Emitter {
  private final String sentence;
  private final Normalizer.Context context;
  private final List<Normalizer.Placed> placed = new ArrayList<>();
  private int start;
  private int end;
  private String rule = "word";
  private String note = "";

  Emitter(String sentence, Normalizer.Context context) {
    this.sentence = sentence;
    this.context = context;
  }

  String sentence() {
    return sentence;
  }

  Lexicon lexicon() {
    return context.lexicon();
  }

  Normalizer.Options options() {
    return context.options();
  }

  /** Starts the tokens of a match of {@code rule} over {@code sentence[start, end)}. */
  void begin(int start, int end, String rule) {
    this.start = start;
    this.end = end;
    this.rule = rule;
    this.note = "";
  }

  int start() {
    return start;
  }

  int end() {
    return end;
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

  /** Makes the last word possessive, or leaves letters and phonemes as they are. */
  void possessive() {
    if (placed.isEmpty()) {
      return;
    }
    Normalizer.Placed last = placed.get(placed.size() - 1);
    if (last.token().phonemes().isEmpty() && !last.token().isPunctuation()) {
      placed.set(placed.size() - 1, new Normalizer.Placed(Token.of(last.token().text() + "'s"), last.start(),
          end, rule, note));
    }
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
        words(entry.spoken().replace(",", " , ").replace(".", " . "));
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
