package org.paperledge.speech;

import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the normalizer's table ({@link Rules#TABLE}): a name {@code paperledge check --explain} can cite,
 * the pattern that must match where the scan stands, a guard for what a pattern cannot see, and what is said.
 *
 * @param name short, stable, lower-case name of the rule
 * @param pattern matched with {@link Matcher#lookingAt()} at the scan position, with transparent bounds
 * @param guard whether a match counts; when it does not, the next rule is tried
 * @param action emits the tokens for a match
 * @param start the characters a match can begin with, so that the scan tries only rules that may match there
 */
record Rule(String name, Pattern pattern, Guard guard, Action action, IntPredicate start) {
  Rule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(start, "start");
    if (!name.matches("[a-z][a-z-]*")) {
      throw new IllegalArgumentException("rule names are lower-case words joined by hyphens: " + name);
    }
  }

  /** A rule from a regular expression. */
  static Rule of(String name, String regex, Action action) {
    return new Rule(name, Pattern.compile(regex), (m, sentence) -> true, action, c -> true);
  }

  /** A rule from a regular expression whose matches count only when {@code guard} says so. */
  static Rule of(String name, String regex, Guard guard, Action action) {
    return new Rule(name, Pattern.compile(regex), guard, action, c -> true);
  }

  /** This rule, tried only where a character {@code start} accepts stands. */
  Rule from(IntPredicate start) {
    return new Rule(name, pattern, guard, action, start);
  }

  /** What a rule says for one match. */
  @FunctionalInterface
  interface Action {
    void apply(Matcher match, Emitter out);
  }

  /** Whether a match counts, given the whole sentence. */
  @FunctionalInterface
  interface Guard {
    boolean test(Matcher match, String sentence);
  }
}
