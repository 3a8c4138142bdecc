package org.paperledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void showsDoneOfTotalAndTimeLeft() {
    assertThat(ProgressBar.render("ep", 10, 40, 5.0))
        .isEqualTo("ep [########----------------------] 10/40 segments, about 15 s left");
  }

  @Test
  void noEstimateBeforeTheFirstSegmentOrAtTheEnd() {
    assertThat(ProgressBar.render("ep", 0, 4, 0.0)).isEqualTo("ep [------------------------------] 0/4 segments");
    assertThat(ProgressBar.render("ep", 4, 4, 9.0)).isEqualTo("ep [##############################] 4/4 segments");
  }
}
