package org.paperledge.fuzz;

import java.util.Arrays;
import java.util.Random;

/**
 * The random choices a generated case is made of: drawn from a seeded {@link Random}, or replayed from a list
 * while a failing case is shrunk. Every choice is recorded, so a case can be made again from its list, and
 * generators are written so that a smaller number is a simpler case (0: the first option, the end of a list),
 * which is what lets shrinking work on the list alone: delete some of it, or lower a number, and make the case
 * again.
 */
final class Choices {
  private final Random random;
  private final int[] replay;
  private int at;
  private int[] drawn = new int[64];
  private int count;

  private Choices(Random random, int[] replay) {
    this.random = random;
    this.replay = replay;
  }

  /** Fresh choices from {@code random}. */
  static Choices from(Random random) {
    return new Choices(random, null);
  }

  /** The choices of {@code recorded}, then zeros (the simplest option) once they run out. */
  static Choices replaying(int[] recorded) {
    return new Choices(null, recorded.clone());
  }

  /** A number from 0 to {@code bound - 1}. */
  int below(int bound) {
    if (bound <= 1) {
      return 0;
    }
    int value;
    if (random != null) {
      value = random.nextInt(bound);
    } else {
      value = at < replay.length ? Math.floorMod(replay[at], bound) : 0;
      at++;
    }
    record(value);
    return value;
  }

  /** A number from {@code low} to {@code high}, both included; {@code low} is the simplest. */
  int between(int low, int high) {
    return low + below(high - low + 1);
  }

  /** True {@code percent} times in a hundred; false (the simplest) when shrunk to 0. */
  boolean chance(int percent) {
    return below(100) >= 100 - percent;
  }

  /** The choices made so far. */
  int[] recorded() {
    return Arrays.copyOf(drawn, count);
  }

  private void record(int value) {
    if (count == drawn.length) {
      drawn = Arrays.copyOf(drawn, count * 2);
    }
    drawn[count++] = value;
  }
}
