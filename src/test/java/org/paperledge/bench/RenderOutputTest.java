package org.paperledge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderOutputTest {
  static final String LINE = "rendered /tmp/out/x.mp3: 5:08 (307.8 s of audio, 7 chapters) in 40.9 s (speech synthesis"
      + " 34.4 s, 84%; everything else 6.5 s; 46 of 49 segments from the cache; 40 of 43 encoded chunks reused)";

  @Test
  void readsEveryFigureOfTheRenderedLine() {
    RenderOutput out = RenderOutput.parse("paperledge: a warning\n" + LINE + "\nfeed /tmp/out/feed.xml: 1 episodes\n")
        .orElseThrow();
    assertThat(out).isEqualTo(new RenderOutput(307.8, 40.9, 34.4, 46, 49, 40, 43));
    assertThat(out.hasCacheFigures()).isTrue();
    assertThat(out.hasChunkFigures()).isTrue();
  }

  @Test
  void onlyTheAudioDurationIsRequired() {
    RenderOutput out = RenderOutput.parse("rendered x.mp3: 60:12 (3612 s of audio, 91 chapters) in 9.5 min\n")
        .orElseThrow();
    assertThat(out.audioSeconds()).isEqualTo(3612.0);
    assertThat(out.inProcessSeconds()).isNaN();
    assertThat(out.synthesisSeconds()).isNaN();
    assertThat(out.hasCacheFigures()).isFalse();
    assertThat(out.hasChunkFigures()).isFalse();
    assertThat(RenderOutput.parse("rendered x.mp3: done\n")).isEmpty();
    assertThat(RenderOutput.parse("up to date: /tmp/out/x.mp3\n")).isEmpty();
  }

  @Test
  void recognizesAnUpToDateSkip() {
    assertThat(RenderOutput.upToDate("up to date: /tmp/out/x.mp3\n")).isTrue();
    assertThat(RenderOutput.upToDate(LINE + "\n")).isFalse();
  }
}
