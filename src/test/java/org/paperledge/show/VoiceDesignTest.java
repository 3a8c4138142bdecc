package org.paperledge.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.paperledge.model.VoiceDesign;

class VoiceDesignTest {
  @Test
  void onlyNoneIsTheIdentity() {
    assertThat(VoiceDesign.NONE.isIdentity()).isTrue();
    assertThat(new VoiceDesign(-0.0, 0, 1, 1, -0.0, 0).isIdentity()).isTrue();
    assertThat(new VoiceDesign(0.5, 0, 1, 1, 0, 0).isIdentity()).isFalse();
    assertThat(new VoiceDesign(0, 120, 1, 1, 0, 0).isIdentity()).isFalse();
    assertThat(new VoiceDesign(0, 0, 0.9, 1, 0, 0).isIdentity()).isFalse();
    assertThat(new VoiceDesign(0, 0, 1, 1.01, 0, 0).isIdentity()).isFalse();
    assertThat(new VoiceDesign(0, 0, 1, 1, 0.1, 0).isIdentity()).isFalse();
    assertThat(new VoiceDesign(0, 0, 1, 1, 0, 0.1).isIdentity()).isFalse();
  }

  @Test
  void theCanonicalLineNamesEverySettingAndTellsDesignsApart() {
    VoiceDesign ernis = new VoiceDesign(-7, 0, 1.1, 1.1, 0, 0);
    assertThat(ernis.canonical())
        .isEqualTo("design-v1 pitch=-7.0st range=1.1 tract=1.1 brightness=0.0 breathiness=0.0");
    assertThat(new VoiceDesign(0, 140, 0.6, 1.04, 0.5, 0).canonical())
        .isEqualTo("design-v1 pitch=140.0Hz range=0.6 tract=1.04 brightness=0.5 breathiness=0.0");
    assertThat(new VoiceDesign(-7, 0, 1.1, 1.1, -0.0, 0).canonical()).isEqualTo(ernis.canonical());
    assertThat(new VoiceDesign(-7, 0, 1.1, 1.1, 0, 0.01).canonical()).isNotEqualTo(ernis.canonical());
    assertThat(VoiceDesign.NONE.canonical()).isEmpty();
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> new VoiceDesign(25, 0, 1, 1, 0, 0)).hasMessageContaining("semitones");
    assertThatThrownBy(() -> new VoiceDesign(0, 20, 1, 1, 0, 0)).hasMessageContaining("medianHz");
    assertThatThrownBy(() -> new VoiceDesign(-3, 120, 1, 1, 0, 0)).hasMessageContaining("exclude each other");
    assertThatThrownBy(() -> new VoiceDesign(0, 0, Double.NaN, 1, 0, 0)).hasMessageContaining("range");
    assertThatThrownBy(() -> new VoiceDesign(0, 0, 1, 0.5, 0, 0)).hasMessageContaining("tract");
    assertThatThrownBy(() -> new VoiceDesign(0, 0, 1, 1, -2, 0)).hasMessageContaining("brightness");
    assertThatThrownBy(() -> new VoiceDesign(0, 0, 1, 1, 0, 1.5)).hasMessageContaining("breathiness");
  }
}
