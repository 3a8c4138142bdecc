package org.paperledge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChapterTest {

  @Test
  void acceptsAPositiveSpan() {
    Chapter mark = new Chapter("Intro", 0, 1, Optional.empty());
    assertThat(mark.startMs()).isZero();
    assertThat(mark.endMs()).isEqualTo(1);
  }

  @Test
  void rejectsEmptyReversedOrNegativeSpans() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Chapter("A", 5, 5, Optional.empty())).withMessageContaining("'A'");
    assertThatIllegalArgumentException().isThrownBy(() -> new Chapter("A", 6, 5, Optional.empty()));
    assertThatIllegalArgumentException().isThrownBy(() -> new Chapter("A", -1, 5, Optional.empty()));
  }
}
