package org.paperledge.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Pcm;

/** The chunk arithmetic alone: cuts in pauses, whole frames, and a decoded length that adds up. */
class ChunkPlanTest {
  private static final long START = EpisodeMaster.voiceOffset();

  /** A made-up episode: lines of {@code line} samples with pauses of {@code pause}, cut kinds in turn. */
  private record Episode(List<long[]> pauses, List<ChunkPlan.Cut> cuts, long end, ChunkPlan plan) {}

  private static Episode lay(int lines, long line, long pause, EpisodeMaster.Cut... kinds) {
    ChunkPlan plan = new ChunkPlan();
    List<long[]> pauses = new ArrayList<>();
    List<ChunkPlan.Cut> cuts = new ArrayList<>();
    long at = START;
    for (int i = 0; i < lines; i++) {
      if (i > 0) {
        long length = plan.pause(at, pause, kinds[i % kinds.length]);
        pauses.add(new long[] {at, at + length});
        at += length;
        cuts.addAll(plan.settle(at));
      }
      at += line + 7 * i; // lines of uneven lengths
      cuts.addAll(plan.settle(at));
    }
    return new Episode(pauses, cuts, at, plan);
  }

  @Test
  void pausesWhereACutMayFallEndOnAFrameBoundary() {
    ChunkPlan plan = new ChunkPlan();
    long at = START + 12_345;
    long length = plan.pause(at, Pcm.fromSeconds(0.35), EpisodeMaster.Cut.SENTENCE);
    assertThat((at + length) % ChunkPlan.FRAME).isZero();
    assertThat(length - Pcm.fromSeconds(0.35)).isBetween(0L, (long) ChunkPlan.FRAME - 1);
    assertThat(plan.pause(at, Pcm.fromSeconds(0.35), EpisodeMaster.Cut.NEVER)).isEqualTo(Pcm.fromSeconds(0.35));
    assertThat(plan.pause(at, Pcm.fromSeconds(0.05), EpisodeMaster.Cut.PARAGRAPH)).isEqualTo(Pcm.fromSeconds(0.05));
  }

  @Test
  void chunksAreWholeFramesOneFrameLongerWhenDecodedAndCutOnlyInsidePauses() {
    Episode e = lay(60, Pcm.fromSeconds(2.2), Pcm.fromSeconds(0.75), EpisodeMaster.Cut.SENTENCE,
        EpisodeMaster.Cut.PARAGRAPH);
    assertThat(e.cuts()).hasSizeGreaterThan(5);
    long position = 0;
    for (ChunkPlan.Cut cut : e.cuts()) {
      assertThat(cut.samples() % ChunkPlan.FRAME).isZero();
      assertThat(cut.frames()).isEqualTo(cut.samples() / ChunkPlan.FRAME + 1);
      assertThat(cut.drop()).isEqualTo(ChunkPlan.FRAME);
      long dropFrom = position + cut.samples();
      long dropTo = dropFrom + cut.drop();
      assertThat(e.pauses()).as("the frame left out at %d lies in a pause", dropFrom)
          .anyMatch(p -> p[0] + ChunkPlan.CUT_MARGIN <= dropFrom && dropTo <= p[1]);
      assertThat(dropFrom).isGreaterThanOrEqualTo(Pcm.fromSeconds(Music.INTRO_LENGTH));
      position = dropTo;
    }
    assertThat(e.plan().chunkStart()).isEqualTo(position);
  }

  @Test
  void theDecodedLengthIsTheSumOfEveryChunksFrames() {
    Episode e = lay(40, Pcm.fromSeconds(3.1), Pcm.fromSeconds(0.75), EpisodeMaster.Cut.PARAGRAPH);
    long total = e.end() + Pcm.fromSeconds(5);
    long planned = e.plan().decodedLength(total);
    long frames = e.cuts().stream().mapToLong(ChunkPlan.Cut::frames).sum();
    ChunkPlan.Cut last = e.plan().last(total);
    frames += last.frames();
    assertThat(last.drop()).isZero();
    assertThat(planned).isEqualTo(frames * ChunkPlan.FRAME);
    long kept = e.cuts().stream().mapToLong(c -> c.samples() + c.drop()).sum() + last.samples();
    assertThat(kept).isEqualTo(total);
  }

  @Test
  void paragraphsCutAfterTenSecondsSentencesOnlyAfterAMinute() {
    Episode paragraphs = lay(30, Pcm.fromSeconds(2), Pcm.fromSeconds(0.75), EpisodeMaster.Cut.PARAGRAPH);
    Episode sentences = lay(30, Pcm.fromSeconds(2), Pcm.fromSeconds(0.35), EpisodeMaster.Cut.SENTENCE);
    assertThat(paragraphs.cuts()).allMatch(c -> c.samples() >= ChunkPlan.MIN_CHUNK - ChunkPlan.LEAD
        - ChunkPlan.FRAME);
    assertThat(sentences.cuts()).hasSizeLessThan(paragraphs.cuts().size());
    assertThat(sentences.cuts()).allMatch(c -> c.samples() >= ChunkPlan.MAX_CHUNK - 2 * ChunkPlan.FRAME);
  }

  @Test
  void aChunkThatWouldGrowVeryLongIsCutEvenAtPausesTooShortToCutAt() {
    Episode e = lay(120, Pcm.fromSeconds(3), Pcm.fromSeconds(0.05), EpisodeMaster.Cut.LAST_RESORT);
    assertThat(e.cuts()).isNotEmpty();
    assertThat(e.cuts()).allMatch(c -> c.samples() <= 3 * ChunkPlan.MAX_CHUNK + Pcm.fromSeconds(10));
  }

  @Test
  void nothingIsCutWhileTheVoiceHasNotGonePastThePause() {
    ChunkPlan plan = new ChunkPlan();
    long at = START + Pcm.fromSeconds(30);
    long length = plan.pause(at, Pcm.fromSeconds(0.75), EpisodeMaster.Cut.PARAGRAPH);
    assertThat(plan.settle(at + length)).isEmpty();
    assertThat(plan.settle(at + length + Pcm.fromSeconds(Music.OUTRO_LEAD + 1.0))).hasSize(1);
  }
}
