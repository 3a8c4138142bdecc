package org.paperledge.bench;

import java.util.List;

/**
 * Distinct short sentences of the kind a generated catalog holds ("Today we look at energy graph vision."): a
 * template filled with three nouns, the {@code i}-th of about 1.2 million, in an order that varies every slot from
 * one sentence to the next, so that consecutive sentences share little.
 */
final class SoakSentences {
  static final List<String> TEMPLATES = List.of("Today we look at %s %s %s.", "The %s of the %s changes the %s.",
      "Why does %s help %s and %s?", "A new %s shows how %s meets %s.", "Nobody expected %s to beat %s at %s.",
      "So the %s learns from %s, not from %s.");
  static final List<String> NOUNS = List.of("energy", "graph", "vision", "model", "data", "light", "water", "sound",
      "tree", "robot", "kitchen", "paper", "memory", "signal", "network", "language", "image", "color", "river",
      "forest", "music", "planet", "ocean", "garden", "window", "city", "engine", "battery", "protein", "cell",
      "brain", "speech", "camera", "sensor", "weather", "climate", "market", "bridge", "road", "school", "teacher",
      "student", "doctor", "patient", "heart", "blood", "bone", "muscle", "story", "history", "number", "letter",
      "question", "answer", "farmer", "satellite", "library", "insect", "glacier", "violin", "vaccine", "harbor");
  /** Steps through all the combinations: coprime with their count, so each index gives a different one. */
  private static final long STRIDE = 7_919;

  private SoakSentences() {}

  /** The number of distinct sentences. */
  static long count() {
    long n = NOUNS.size();
    return TEMPLATES.size() * n * n * n;
  }

  /** The {@code i}-th sentence, {@code 0 <= i < count()}. */
  static String sentence(long i) {
    if (i < 0 || i >= count()) {
      throw new IllegalArgumentException("no sentence " + i + " (there are " + count() + ")");
    }
    long k = i * STRIDE % count();
    int n = NOUNS.size();
    String template = TEMPLATES.get((int) (k % TEMPLATES.size()));
    k /= TEMPLATES.size();
    return String.format(template, NOUNS.get((int) (k % n)), NOUNS.get((int) (k / n % n)),
        NOUNS.get((int) (k / n / n)));
  }
}
