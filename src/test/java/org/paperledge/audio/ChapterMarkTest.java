package org.paperledge.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ChapterMarkTest {

  @Test
  void acceptsAPositiveSpan() {
    ChapterMark mark = new ChapterMark("Intro", 0, 1);
    assertThat(mark.startMs()).isZero();
    assertThat(mark.endMs()).isEqualTo(1);
  }

  @Test
  void rejectsEmptyReversedOrNegativeSpans() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ChapterMark("A", 5, 5)).withMessageContaining("'A'");
    assertThatIllegalArgumentException().isThrownBy(() -> new ChapterMark("A", 6, 5));
    assertThatIllegalArgumentException().isThrownBy(() -> new ChapterMark("A", -1, 5));
  }
}
