package org.paperledge.studio;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperledge.lint.Finding;

/**
 * What the page shows at one moment: the last episode that built, the errors of the latest edit when it did not
 * build (the last good audio goes on playing meanwhile), and what the studio is doing.
 *
 * @param version counts the states shown, so that the page knows which is newest
 * @param good the last snapshot that built, if any has yet
 * @param problems why the latest edit did not build, each with its file, line and column; empty when it did
 * @param busy what the studio is doing now ({@code synthesizing 3 of 12}), empty when idle
 * @param warm whether MaryTTS has started and spoken, so that an edit is as quick as it gets
 */
record State(int version, Optional<Snapshot> good, List<Finding> problems, String busy, boolean warm) {
  State {
    Objects.requireNonNull(good, "good");
    problems = List.copyOf(problems);
    Objects.requireNonNull(busy, "busy");
  }

  /** Before the first build. */
  static State initial() {
    return new State(0, Optional.empty(), List.of(), "reading the script", false);
  }

  State built(Snapshot snapshot) {
    return new State(version + 1, Optional.of(snapshot), List.of(), "", warm);
  }

  State failed(List<Finding> why) {
    return new State(version + 1, good, why, "", warm);
  }

  State doing(String what) {
    return new State(version + 1, good, problems, what, warm);
  }

  State warmed() {
    return new State(version + 1, good, problems, busy, true);
  }
}
