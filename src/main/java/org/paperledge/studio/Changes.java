package org.paperledge.studio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.paperledge.render.PlannedLine;

/**
 * What an edit changed, found by comparing the plan before it with the plan after it: a line's cache key is a
 * hash of exactly what its voice is given, so a line whose key the studio already holds sounds as it did, and the
 * episode sounds as it did when every line keeps its key, its pause and its chapter. A heading's wording, a
 * comment or a finding changes none of these; a new word, a pronunciation, a voice setting or a pause does.
 *
 * @param toSpeak the lines of the new plan whose audio must be fetched from the segment cache or synthesized:
 *     one per key the studio does not hold, in the plan's order (a sentence said twice is spoken once)
 * @param changed the lines of the new plan whose audio the old plan did not have
 * @param soundChanged whether the episode sounds different: a line, a pause or a chapter boundary differs
 */
record Changes(List<Integer> toSpeak, List<Integer> changed, boolean soundChanged) {
  Changes {
    toSpeak = List.copyOf(toSpeak);
    changed = List.copyOf(changed);
  }

  /**
   * The changes from {@code before} (empty for the first build) to {@code after}.
   *
   * @param held whether the studio holds the audio of a key already
   */
  static Changes between(List<PlannedLine> before, List<PlannedLine> after, Predicate<String> held) {
    Objects.requireNonNull(held, "held");
    Set<String> old = new HashSet<>();
    before.forEach(line -> line.key().ifPresent(old::add));
    Map<String, Integer> missing = new LinkedHashMap<>();
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < after.size(); i++) {
      PlannedLine line = after.get(i);
      if (line.silent()) {
        continue;
      }
      String key = line.key().orElseThrow(() -> new IllegalArgumentException(
          "a line to speak has no cache key: '" + line.text() + "'"));
      if (!old.contains(key)) {
        changed.add(i);
      }
      if (!held.test(key)) {
        missing.putIfAbsent(key, i);
      }
    }
    return new Changes(new ArrayList<>(missing.values()), changed, !sound(before).equals(sound(after)));
  }

  /** What the episode's sound depends on, line by line: the audio, the pause before it, and its chapter. */
  private static List<Sound> sound(List<PlannedLine> lines) {
    return lines.stream().map(l -> new Sound(l.silent() ? Optional.empty() : l.key(), l.pauseSeconds(),
        l.chapter())).toList();
  }

  private record Sound(Optional<String> key, double pause, int chapter) {}
}
