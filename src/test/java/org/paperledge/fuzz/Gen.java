package org.paperledge.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Makes one value from {@link Choices}. Combinators put the simplest option first, so that shrinking (lowering
 * choices towards 0) gives simpler values: the first alternative, shorter lists, fewer pieces.
 */
@FunctionalInterface
interface Gen<T> {
  T make(Choices choices);

  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return c -> f.apply(make(c));
  }

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    return c -> value;
  }

  /** One of {@code values}, the first being the simplest. */
  @SafeVarargs
  static <T> Gen<T> element(T... values) {
    List<T> list = List.of(values);
    return c -> list.get(c.below(list.size()));
  }

  /** One of {@code gens}, chosen evenly, the first being the simplest. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    return c -> gens[c.below(gens.length)].make(c);
  }

  /**
   * One of {@code gens}, chosen with the given weights ({@code weights[i]} for {@code gens[i]}), the first being
   * the simplest.
   */
  @SafeVarargs
  static <T> Gen<T> weighted(int[] weights, Gen<? extends T>... gens) {
    if (weights.length != gens.length) {
      throw new IllegalArgumentException("a weight for each generator");
    }
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int sum = total;
    return c -> {
      int pick = c.below(sum);
      for (int i = 0; i < gens.length; i++) {
        if (pick < weights[i]) {
          return gens[i].make(c);
        }
        pick -= weights[i];
      }
      throw new AssertionError("unreachable");
    };
  }

  /**
   * Up to {@code max} elements. Each element is preceded by a choice to go on, so deleting an element's choices
   * while shrinking removes that element, and a choice lowered to 0 ends the list there.
   */
  static <T> Gen<List<T>> listOf(Gen<T> element, int max, int goOnPercent) {
    return c -> {
      List<T> out = new ArrayList<>();
      while (out.size() < max && c.chance(goOnPercent)) {
        out.add(element.make(c));
      }
      return out;
    };
  }

  /** Elements of {@code piece} joined by separators of {@code separator}. */
  static Gen<String> joined(Gen<String> piece, Gen<String> separator, int max, int goOnPercent) {
    return c -> {
      StringBuilder out = new StringBuilder();
      int n = 0;
      while (n < max && c.chance(goOnPercent)) {
        if (n++ > 0) {
          out.append(separator.make(c));
        }
        out.append(piece.make(c));
      }
      return out.toString();
    };
  }

  /** {@code piece} repeated: from {@code min} to {@code max} times. */
  static Gen<String> repeated(Gen<String> piece, int min, int max) {
    return c -> {
      int n = c.between(min, max);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < n; i++) {
        out.append(piece.make(c));
      }
      return out.toString();
    };
  }
}
