package org.paperledge.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.cache.CacheFolder;
import org.paperledge.cache.ContentStore;
import org.paperledge.model.Pcm;
import org.paperledge.testing.TestTools;

/**
 * Mastering in chunks: the chunks join without a trace, every line plays where it was planned, and a
 * re-render after an edit encodes only the chunk that changed.
 */
class EpisodeMasterIT {
  private static final int LINES = 40;
  private static final double LINE_SECONDS = 2.2;
  private static final double PAUSE_SECONDS = 0.75;
  private static FfmpegTools tools;

  @TempDir
  Path dir;

  @BeforeAll
  static void findFfmpeg() throws Exception {
    tools = TestTools.ffmpeg();
  }

  /** A line: a tone whose pitch and level differ from line to line, with short fades. */
  private static Pcm line(int index, int changed) {
    int n = (int) Pcm.fromSeconds(LINE_SECONDS + (index == changed ? 0.37 : 0));
    short[] s = new short[n];
    double f = 180 + 23 * index + (index == changed ? 200 : 0);
    double amplitude = 4000 + 900 * (index % 7);
    for (int i = 0; i < n; i++) {
      double fade = Math.min(1, Math.min(i, n - 1 - i) / 480.0);
      s[i] = (short) Math.round(amplitude * fade * Math.sin(2 * Math.PI * f * i / Pcm.RATE));
    }
    return new Pcm(s);
  }

  private record Rendered(EpisodeMaster.Result result, byte[] mp3, List<Long> starts) {}

  private Rendered render(Path work, ContentStore cache, int changed) throws Exception {
    Files.createDirectories(work);
    List<Long> starts = new ArrayList<>();
    Path mp3 = work.resolve("episode.mp3");
    try (EpisodeMaster master = new EpisodeMaster(tools, work, cache, null, 96, 1, 2)) {
      for (int i = 0; i < LINES; i++) {
        if (i > 0) {
          master.appendPause(Pcm.fromSeconds(PAUSE_SECONDS), i % 3 == 0 ? EpisodeMaster.Cut.PARAGRAPH
              : EpisodeMaster.Cut.SENTENCE);
        }
        starts.add(master.position());
        master.appendLine(line(i, changed));
      }
      long planned = master.decodedLength();
      EpisodeMaster.Result result = master.finish(new byte[0], Files.createFile(mp3));
      assertThat(result.samples()).isEqualTo(planned);
      return new Rendered(result, Files.readAllBytes(mp3), starts);
    }
  }

  private float[] decode(byte[] mp3) throws Exception {
    Path in = dir.resolve("in-" + System.nanoTime() + ".mp3");
    Path out = dir.resolve("out-" + System.nanoTime() + ".f32");
    Files.write(in, mp3);
    tools.runner().run("decoding", tools.ffmpeg(), List.of("-hide_banner", "-nostdin", "-y", "-i", in.toString(),
        "-f", "f32le", "-c:a", "pcm_f32le", out.toString()), Duration.ofMinutes(2));
    byte[] bytes = Files.readAllBytes(out);
    float[] samples = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(samples);
    return samples;
  }

  @Test
  void chunksJoinInvisiblyAndLinesPlayWherePlanned() throws Exception {
    Rendered r = render(dir.resolve("a"), null, -1);
    assertThat(r.result().chunks()).as("cut into chunks").isGreaterThanOrEqualTo(3);
    assertThat(r.result().mixLufs()).isCloseTo(EpisodeMaster.MIX_LUFS, within(EpisodeMaster.TOLERANCE_LU));
    float[] decoded = decode(r.mp3());
    assertThat((long) decoded.length).isEqualTo(r.result().samples());
    long offset = EpisodeMaster.voiceOffset() + EpisodeMaster.CODEC_DELAY;
    int lineLength = (int) Pcm.fromSeconds(LINE_SECONDS);
    int checked = 0;
    for (int i = 1; i < LINES; i++) {
      long start = offset + r.starts().get(i);
      if (start < Pcm.fromSeconds(Music.INTRO_LENGTH + 1)) {
        continue; // under the intro music
      }
      checked++;
      // past the intro music, the pause before the line is silent: no click where a chunk ends or begins
      long pauseStart = offset + r.starts().get(i - 1) + lineLength;
      for (long p = Math.max(pauseStart + 480, Pcm.fromSeconds(Music.INTRO_LENGTH) + 2000); p < start - 480; p++) {
        if (Math.abs(decoded[(int) p]) > 0.002) {
          throw new AssertionError("sound in the pause before line " + i + " at sample " + p + ": "
              + decoded[(int) p]);
        }
      }
      // the line starts where planned: its first clearly audible sample lies within its 10 ms fade-in
      long onset = start - 480;
      while (Math.abs(decoded[(int) onset]) < 0.01) {
        onset++;
      }
      assertThat(onset - start).as("onset of line " + i).isBetween(-48L, 480L);
    }
    assertThat(checked).isGreaterThan(LINES - 5);
  }

  @Test
  void aReRenderReusesEveryChunkAndAnEditReEncodesOnlyItsOwn() throws Exception {
    ContentStore cache = CacheFolder.at(dir.resolve("cache")).encoded();
    Rendered first = render(dir.resolve("1"), cache, -1);
    assertThat(first.result().chunksFromCache()).isZero();
    Rendered again = render(dir.resolve("2"), cache, -1);
    assertThat(again.result().chunksFromCache()).isEqualTo(again.result().chunks());
    assertThat(again.mp3()).isEqualTo(first.mp3());
    Rendered edited = render(dir.resolve("3"), cache, LINES / 2);
    assertThat(edited.result().chunks()).isEqualTo(first.result().chunks());
    assertThat(edited.result().chunksFromCache()).isEqualTo(first.result().chunks() - 1);
    assertThat(edited.mp3()).isNotEqualTo(first.mp3());
  }

  @Test
  void linesAreLevelledToOneLoudness() {
    short[] quiet = line(3, -1).samples();
    short[] loud = new short[quiet.length];
    for (int i = 0; i < quiet.length; i++) {
      loud[i] = (short) (quiet[i] * 4);
    }
    double q = EpisodeMaster.levelling(quiet);
    double l = EpisodeMaster.levelling(loud);
    assertThat(q - l).isCloseTo(20 * Math.log10(4), within(0.05));
    assertThat(Loudness.of(quiet) + q).isCloseTo(EpisodeMaster.LINE_LUFS, within(0.01));
    assertThat(EpisodeMaster.levelling(new short[4800])).isZero();
    short[] whisper = new short[quiet.length];
    for (int i = 0; i < quiet.length; i++) {
      whisper[i] = (short) (quiet[i] / 100);
    }
    assertThat(EpisodeMaster.levelling(whisper)).isEqualTo(EpisodeMaster.MAX_LINE_GAIN_DB);
  }

  @Test
  void textWithoutPunctuationIsStillCutIntoBoundedChunks() throws Exception {
    Path work = Files.createDirectories(dir.resolve("u"));
    try (EpisodeMaster master = new EpisodeMaster(tools, work, null, null, 96, 1, 2)) {
      for (int i = 0; i < 120; i++) {
        if (i > 0) {
          master.appendPause(Pcm.fromSeconds(0.12), EpisodeMaster.Cut.LAST_RESORT);
        }
        master.appendLine(line(i % 40, -1));
      }
      long planned = master.decodedLength();
      EpisodeMaster.Result result = master.finish(new byte[0], Files.createFile(work.resolve("u.mp3")));
      assertThat(result.samples()).isEqualTo(planned);
      assertThat(result.chunks()).as("about 280 s in chunks of at most about 2 minutes").isGreaterThanOrEqualTo(2);
      assertThat((long) decode(Files.readAllBytes(work.resolve("u.mp3"))).length).isEqualTo(planned);
    }
  }

  @Test
  void pausesSetTooShortToCutAtAreLengthenedOnceAChunkIsOverdue() throws Exception {
    Path work = Files.createDirectories(dir.resolve("s"));
    try (EpisodeMaster master = new EpisodeMaster(tools, work, null, null, 96, 1, 2)) {
      for (int i = 0; i < 100; i++) {
        if (i > 0) {
          master.appendPause(Pcm.fromSeconds(0.03), EpisodeMaster.Cut.PARAGRAPH);
        }
        master.appendLine(line(i % 40, -1));
      }
      long planned = master.decodedLength();
      EpisodeMaster.Result result = master.finish(new byte[0], Files.createFile(work.resolve("s.mp3")));
      assertThat(result.samples()).isEqualTo(planned);
      assertThat(result.chunks()).as("about 223 s: cut once past 3 minutes").isEqualTo(2);
    }
  }
}
