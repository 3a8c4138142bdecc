package org.paperledge.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paperledge.audio.EpisodeMaster;
import org.paperledge.model.Lexicon;
import org.paperledge.model.Pcm;
import org.paperledge.model.VoiceDesign;
import org.paperledge.render.PlannedLine;
import org.paperledge.render.Speaker;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.ProsodyMarks;
import org.paperledge.speech.Token;

/** The episode as the studio serves it: lines and pauses where the plan puts them, in any byte range asked for. */
class EpisodeAudioTest {
  private static final Speaker ERNIS = Speaker.of(new VoiceProfile("ernis", "Ernis", "cmu-slt-hsmm", 1.0, "",
      Lexicon.EMPTY, VoiceDesign.NONE, Optional.empty()));

  private static PlannedLine line(String text, int scriptLine, int chapter, double pause) {
    List<Token> tokens = List.of(Token.of(text));
    return new PlannedLine(text, tokens, Optional.of(Integer.toHexString(text.hashCode()) + "0000000000000000"),
        ERNIS, scriptLine, chapter, pause, EpisodeMaster.Cut.SENTENCE, 1.0, ProsodyMarks.of(tokens));
  }

  /** {@code samples} samples of a value that tells the line apart. */
  private static byte[] audio(int samples, int value) {
    ByteBuffer b = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < samples; i++) {
      b.putShort((short) value);
    }
    return b.array();
  }

  private static byte[] bytes(EpisodeAudio.Body body, long offset, long length) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.write(out, offset, length);
    return out.toByteArray();
  }

  @Test
  void linesAndPausesLieWhereThePlanPutsThemAndAnyRangeReadsTheSame() throws Exception {
    List<PlannedLine> lines = List.of(line("intro", 0, 0, 0), line("one", 3, 0, 0.5), line("nothing", 3, 0, 0.35),
        line("two", 5, 1, 1.5), line("credit", 0, 1, 1.5));
    Map<String, byte[]> audio = Map.of("intro", audio(4_800, 100), "one", audio(2_400, 200), "nothing",
        new byte[0], "two", audio(9_600, 300), "credit", audio(1_200, 400));
    EpisodeAudio episode = EpisodeAudio.assemble(7, lines, l -> audio.get(l.text()));
    // a line with nothing to say is left out with its pause, as a render leaves it out
    assertThat(episode.start(1)).isEqualTo(0.6); // the intro (0.1 s), then the pause
    assertThat(episode.start(3) - episode.end(1)).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(episode.end(2)).isEqualTo(episode.start(2));
    assertThat(episode.seconds()).isEqualTo(episode.end(4));
    long samples = Math.round(episode.seconds() * Pcm.RATE);

    EpisodeAudio.Body whole = episode.episode();
    assertThat(whole.size()).isEqualTo(EpisodeAudio.HEADER + samples * 2);
    byte[] wav = bytes(whole, 0, whole.size());
    ByteBuffer read = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(new String(wav, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    assertThat(read.getInt(40)).isEqualTo(samples * 2);
    assertThat(read.getShort(EpisodeAudio.HEADER)).isEqualTo((short) 100);
    int one = EpisodeAudio.HEADER + (int) Math.round(episode.start(1) * Pcm.RATE) * 2;
    assertThat(read.getShort(one - 2)).isZero();
    assertThat(read.getShort(one)).isEqualTo((short) 200);
    Random random = new Random(17);
    for (int k = 0; k < 200; k++) {
      long offset = random.nextInt(wav.length);
      long length = 1 + random.nextInt((int) (wav.length - offset));
      assertThat(bytes(whole, offset, length)).isEqualTo(java.util.Arrays.copyOfRange(wav, (int) offset,
          (int) (offset + length)));
    }

    byte[] line = bytes(episode.line(3), 0, episode.line(3).size());
    assertThat(line).hasSize(EpisodeAudio.HEADER + 9_600 * 2);
    assertThat(java.util.Arrays.copyOfRange(line, EpisodeAudio.HEADER, line.length)).isEqualTo(audio.get("two"));
    // the chapter is the script's lines, without the credit the host adds
    EpisodeAudio.Body chapter = episode.chapter(0);
    assertThat(chapter.size()).isEqualTo(EpisodeAudio.HEADER + 2_400 * 2);
    assertThat(episode.chapter(1).size()).isEqualTo(EpisodeAudio.HEADER + 9_600 * 2);
    assertThat(episode.chapter(2)).isNull();
  }

  @Test
  void levellingRaisesALineButNeverPastMinusOneDecibel() {
    short[] quiet = new short[4_800];
    quiet[100] = 1_000;
    quiet[200] = -20_000;
    ByteBuffer raised = ByteBuffer.wrap(EpisodeAudio.level(new Pcm(quiet), 6.0)).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(raised.getShort(200)).isEqualTo((short) Math.round(1_000 * 32767 * Math.pow(10, -1 / 20.0)
        / 20_000));
    assertThat(raised.getShort(400)).isEqualTo((short) -29_204);
    ByteBuffer lowered = ByteBuffer.wrap(EpisodeAudio.level(new Pcm(quiet), -6.0)).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(lowered.getShort(400)).isEqualTo((short) Math.round(-20_000 * Math.pow(10, -6 / 20.0)));
  }
}
