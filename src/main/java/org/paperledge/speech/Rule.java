package org.paperledge.speech;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the normalizer's table ({@link Rules#TABLE}): a name {@code paperledge check --explain} can cite,
 * the pattern that must match where the scan stands, and what is said when it does.
 *
 * @param name short, stable, lower-case name of the rule
 * @param pattern matched with {@link Matcher#lookingAt()} at the scan position, with transparent bounds
 * @param action emits the tokens for a match
 */
record Rule(String name, Pattern pattern, Action action) {
  Rule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(action, "action");
    if (!name.matches("[a-z][a-z-]*")) {
      throw new IllegalArgumentException("rule names are lower-case words joined by hyphens: " + name);
    }
  }

  /** A rule from a regular expression. */
  static Rule of(String name, String regex, Action action) {
    return new Rule(name, Pattern.compile(regex), action);
  }

  /** What a rule says for one match. */
  @FunctionalInterface
  interface Action {
    void apply(Matcher match, Emitter out);
  }
}
