package org.paperledge.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.model.Pcm;

class VoiceTrackWriterTest {

  @TempDir
  Path dir;

  @Test
  void writesA48kHzMono16BitWavWithEverySample() throws IOException, UnsupportedAudioFileException {
    Path wav = dir.resolve("voice.wav");
    short[] first = new short[3000];
    for (int i = 0; i < first.length; i++) {
      first[i] = (short) ((i * 37) % 65_536 - 32_768);
    }
    short[] second = {1, -1, Short.MAX_VALUE, Short.MIN_VALUE, 0x1234, (short) 0xfedc};
    long silence = 10_000; // more than the writer's 0.1 s silence buffer

    try (VoiceTrackWriter writer = new VoiceTrackWriter(wav)) {
      assertThat(writer.position()).isZero();
      writer.append(new Pcm(first));
      assertThat(writer.position()).isEqualTo(3000);
      writer.appendSilence(silence);
      assertThat(writer.position()).isEqualTo(13_000);
      writer.append(new Pcm(second));
      writer.appendSilence(0);
      writer.append(new Pcm(new short[0]));
      assertThat(writer.position()).isEqualTo(13_006);
    }

    long total = first.length + silence + second.length;
    assertThat(Files.size(wav)).isEqualTo(44 + 2 * total);

    AudioFileFormat fileFormat = AudioSystem.getAudioFileFormat(wav.toFile());
    assertThat(fileFormat.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      AudioFormat format = in.getFormat();
      assertThat(format.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
      assertThat(format.getSampleRate()).isEqualTo(48_000f);
      assertThat(format.getChannels()).isEqualTo(1);
      assertThat(format.getSampleSizeInBits()).isEqualTo(16);
      assertThat(format.getFrameSize()).isEqualTo(2);
      assertThat(format.isBigEndian()).isFalse();
      assertThat(in.getFrameLength()).isEqualTo(total);

      short[] read = new short[(int) total];
      ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(read);
      short[] expected = new short[(int) total];
      System.arraycopy(first, 0, expected, 0, first.length);
      System.arraycopy(second, 0, expected, (int) (first.length + silence), second.length);
      assertThat(read).isEqualTo(expected);
    }
  }

  @Test
  void riffHeaderSizesAreExact() throws IOException {
    Path wav = dir.resolve("h.wav");
    try (VoiceTrackWriter writer = new VoiceTrackWriter(wav)) {
      writer.append(new Pcm(new short[] {5, 6, 7}));
    }
    ByteBuffer h = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);

    assertThat(h.limit()).isEqualTo(50);
    assertThat(h.getInt(4)).isEqualTo(36 + 6); // RIFF chunk size
    assertThat(h.getShort(20)).isEqualTo((short) 1); // PCM
    assertThat(h.getInt(24)).isEqualTo(48_000);
    assertThat(h.getInt(28)).isEqualTo(96_000); // byte rate
    assertThat(h.getShort(32)).isEqualTo((short) 2); // block align
    assertThat(h.getInt(40)).isEqualTo(6); // data size
  }

  @Test
  void emptyTrackIsAValidEmptyWav() throws IOException, UnsupportedAudioFileException {
    Path wav = dir.resolve("empty.wav");
    new VoiceTrackWriter(wav).close();

    assertThat(Files.size(wav)).isEqualTo(44);
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      assertThat(in.getFrameLength()).isZero();
    }
  }

  @Test
  void overwritesAnOlderLongerFile() throws IOException, UnsupportedAudioFileException {
    Path wav = dir.resolve("again.wav");
    Files.write(wav, new byte[100_000]);

    try (VoiceTrackWriter writer = new VoiceTrackWriter(wav)) {
      writer.appendSilence(10);
    }

    assertThat(Files.size(wav)).isEqualTo(64);
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      assertThat(in.getFrameLength()).isEqualTo(10);
    }
  }
}
