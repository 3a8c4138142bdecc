package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContourTest {
  private static final double NAN = Double.NaN;

  /** 100 frames at 5.0 (log Hz), unvoiced from 40 to 49. */
  private static double[] flat() {
    double[] f = new double[100];
    for (int t = 0; t < f.length; t++) {
      f[t] = t >= 40 && t < 50 ? NAN : 5.0;
    }
    return f;
  }

  @Test
  void statisticsSkipUnvoicedFrames() {
    double[] f = {NAN, 1, 4, NAN, 2, 3, NAN};
    assertThat(Contour.voicedCount(f)).isEqualTo(4);
    assertThat(Contour.median(f, 0, f.length)).isEqualTo(2.5);
    assertThat(Contour.median(f, 0, 3)).isEqualTo(2.5);
    assertThat(Contour.median(f, 1, 2)).isEqualTo(1);
    assertThat(Contour.median(f, 3, 4)).isNaN();
    assertThat(Contour.lastVoiced(f)).isEqualTo(5);
    assertThat(Contour.lastVoiced(new double[] {NAN})).isEqualTo(-1);
  }

  @Test
  void scalingMovesValuesAwayFromTheCentreAndLeavesUnvoicedFrames() {
    double[] f = {4, NAN, 6, 5};
    Contour.scaleAround(f, 0, 3, 5, 2);
    assertThat(f[0]).isEqualTo(3);
    assertThat(f[1]).isNaN();
    assertThat(f[2]).isEqualTo(7);
    assertThat(f[3]).as("outside the range").isEqualTo(5);
  }

  @Test
  void aShiftFadesInAndOut() {
    double[] f = flat();
    Contour.shift(f, 10, 30, -1, 4);
    assertThat(f[9]).isEqualTo(5);
    assertThat(f[30]).isEqualTo(5);
    assertThat(f[20]).isEqualTo(4);
    assertThat(f[10]).isGreaterThan(4).isLessThan(5);
    assertThat(f[29]).isGreaterThan(4).isLessThan(5);
    for (int t = 1; t < 40; t++) {
      assertThat(Math.abs(f[t] - f[t - 1])).as("no jump at %d", t).isLessThan(0.4);
    }
  }

  @Test
  void anAccentIsFullOverItsVowelAndSmoothAround() {
    double[] f = flat();
    Contour.accent(f, 10, 14, 24, 8, 0.3);
    for (int t = 14; t < 24; t++) {
      assertThat(f[t]).isEqualTo(5.3, within(1e-12));
    }
    assertThat(f[9]).as("no more than the decay before the vowel").isEqualTo(5);
    assertThat(f[32]).as("back after the decay").isEqualTo(5);
    for (int t = 1; t < 40; t++) {
      assertThat(Math.abs(f[t] - f[t - 1])).as("no jump at %d", t).isLessThan(0.12);
    }
  }

  @Test
  void anAccentOnAWordOpeningWithItsVowelRisesBeforeIt() {
    double[] f = flat();
    Contour.accent(f, 20, 20, 26, 8, 0.3);
    assertThat(f[16]).isGreaterThan(5);
    assertThat(f[15]).isEqualTo(5);
  }

  @Test
  void aRiseMakesTheEndAverageTheTarget() {
    double[] f = flat();
    for (int t = 90; t < 100; t++) {
      f[t] = NAN;
    }
    Contour.endAt(f, 60, 5.4, true, 6);
    double tail = 0;
    for (int t = 84; t < 90; t++) {
      tail += f[t];
    }
    assertThat(tail / 6).isEqualTo(5.4, within(1e-9));
    assertThat(f[60]).isEqualTo(5);
    assertThat(f[59]).isEqualTo(5);
    assertThat(f[90]).isNaN();
    for (int t = 61; t < 90; t++) {
      assertThat(f[t]).as("rising at %d", t).isGreaterThanOrEqualTo(f[t - 1]);
    }
  }

  @Test
  void aRiseLeavesAnEndThatIsHighEnoughAndAFallOneThatIsLowEnough() {
    double[] f = flat();
    Contour.endAt(f, 60, 4.9, true, 6);
    assertThat(f).isEqualTo(flat());
    // a fall to a target the end is already under still falls a semitone over its stretch
    Contour.endAt(f, 60, 5.1, false, 6);
    assertThat(f[99]).isEqualTo(5 - Contour.FALL, within(1e-9));
    assertThat(f[60]).isEqualTo(5);
    f = flat();
    Contour.endAt(f, 60, 4.8, false, 6);
    assertThat(f[99]).isEqualTo(4.8, within(1e-9));
    assertThat(f[70]).isLessThan(5).isGreaterThan(4.8);
  }
}
