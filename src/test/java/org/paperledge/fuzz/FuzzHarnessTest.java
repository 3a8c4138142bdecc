package org.paperledge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The harness itself: a failing case is found, shrunk to its smallest form, and a case that hangs fails. */
class FuzzHarnessTest {
  @Test
  void aFailingCaseIsShrunkToItsSmallestForm() {
    assertThatThrownBy(() -> Fuzz.check("harness", 20_000, Hostile.TEXT,
        text -> assertThat(text).doesNotContain("model"), false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("shrunk in")
        .hasMessageContaining("to\n\"model\"\n");
  }

  @Test
  void aCaseThatHangsFailsWithinTheLimit() {
    long started = System.nanoTime();
    assertThatThrownBy(() -> Fuzz.check("harness", 1, Gen.constant("x"), text -> Thread.sleep(600_000), false))
        .hasMessageContaining("took over " + Fuzz.CASE_LIMIT.toMillis() + " ms");
    assertThat((System.nanoTime() - started) / 1e9).isLessThan(Fuzz.CASE_LIMIT.toSeconds() * 3 + 5);
  }

  @Test
  void literalsCanBePastedIntoATest() {
    assertThat(Fuzz.literal("a\n\t\"\\\u202e\ud800")).isEqualTo("\"a\\n\\t\\\"\\\\\\u202e\\ud800\"");
  }
}
