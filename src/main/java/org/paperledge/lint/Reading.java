package org.paperledge.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.Token;

/**
 * What one written span of a sentence became: the tokens the normalizer gave for it, the rules that gave them,
 * and why, where a rule chose between readings.
 *
 * @param start where the span starts in the sentence
 * @param end where it ends
 * @param written the span as written
 * @param placed its tokens, in order, each with its rule
 */
record Reading(int start, int end, String written, List<Normalizer.Placed> placed) {
  Reading {
    Objects.requireNonNull(written, "written");
    placed = List.copyOf(placed);
    if (placed.isEmpty()) {
      throw new IllegalArgumentException("a reading has tokens");
    }
  }

  /** Groups a sentence's tokens by the span they were read from. */
  static List<Reading> of(String sentence, List<Normalizer.Placed> placed) {
    List<Reading> readings = new ArrayList<>();
    List<Normalizer.Placed> group = new ArrayList<>();
    for (Normalizer.Placed p : placed) {
      if (!group.isEmpty() && (group.get(0).start() != p.start() || group.get(0).end() != p.end())) {
        readings.add(close(sentence, group));
        group.clear();
      }
      group.add(p);
    }
    if (!group.isEmpty()) {
      readings.add(close(sentence, group));
    }
    return readings;
  }

  private static Reading close(String sentence, List<Normalizer.Placed> group) {
    int start = group.get(0).start();
    int end = group.get(0).end();
    return new Reading(start, end, sentence.substring(start, end), group);
  }

  /** The tokens as {@code check --spoken} prints them. */
  String spoken() {
    return ScriptChecker.spoken(placed.stream().map(Normalizer.Placed::token).toList());
  }

  /** The rules that gave the tokens, each once, in order. */
  Set<String> rules() {
    Set<String> rules = new LinkedHashSet<>();
    placed.forEach(p -> rules.add(p.rule()));
    return rules;
  }

  /** The reasons rules gave for their choices, each once. */
  Set<String> notes() {
    Set<String> notes = new LinkedHashSet<>();
    placed.stream().map(Normalizer.Placed::note).filter(n -> !n.isEmpty()).forEach(notes::add);
    return notes;
  }

  /** The tokens as {@code check --explain} prints them: like {@link #spoken()}, forced phonemes between slashes. */
  String said() {
    StringBuilder out = new StringBuilder();
    for (Normalizer.Placed p : placed) {
      Token token = p.token();
      if (!token.isPunctuation() && out.length() > 0) {
        out.append(' ');
      }
      boolean letter = token.text().matches("\\p{Lu}s?");
      out.append(token.phonemes().isPresent() && !letter ? "/" + token.phonemes().get() + "/" : token.text());
    }
    return out.toString();
  }

  /**
   * Whether a rule changed what is written: the words said differ from the words written (hyphens, slashes and
   * a closing mark aside), or a pronunciation is forced.
   */
  boolean changed() {
    if (Set.of("pause", "stop").containsAll(rules())) {
      return false;
    }
    return !plain(written).equals(plain(spoken())) || placed.stream()
        .anyMatch(p -> p.token().phonemes().isPresent() && !p.token().text().matches("\\p{Lu}s?"));
  }

  private static String plain(String text) {
    return text.replace('’', '\'').replaceAll("[-‐‑–—/]", " ").replaceAll("[.,;:!?]+$", "").strip()
        .replaceAll("\\s+", " ");
  }
}
