package org.paperledge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineBenchmarkTest {
  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(PipelineBenchmark.median(List.of(0.9))).isEqualTo(0.9);
    assertThat(PipelineBenchmark.median(List.of(1.3, 0.9, 1.1))).isEqualTo(1.1);
    assertThat(PipelineBenchmark.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThatThrownBy(() -> PipelineBenchmark.median(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEditIsOfSimilarLengthToTheParagraphItReplaces() {
    assertThat(PipelineBenchmark.words(PipelineBenchmark.EDITED_PARAGRAPH)).isBetween(50, 70);
    assertThat(PipelineBenchmark.words("  one  two\nthree ")).isEqualTo(3);
    assertThat(PipelineBenchmark.words(" ")).isZero();
  }

  @Test
  void megabytesAreDecimal() {
    assertThat(PipelineBenchmark.megabytes(1_499_600_000L)).isEqualTo("1,500 MB");
    assertThat(PipelineBenchmark.megabytes(0)).isEqualTo("n/a");
  }

  @Test
  void tailKeepsTheLastFifteenLines() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      text.append("line ").append(i).append('\n');
    }
    assertThat(PipelineBenchmark.tail(text.toString())).startsWith("line 6\n").endsWith("line 20");
  }
}
