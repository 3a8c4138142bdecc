package org.paperledge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.bench.PitchEstimator;
import org.paperledge.bench.PitchTrack;
import org.paperledge.cli.Main;
import org.paperledge.model.Pcm;

/** {@code paperledge say}: a sentence or a chapter to an audio file, quickly. */
class SayIT {
  @TempDir
  Path dir;

  @Test
  void speaksASentenceToWav() throws Exception {
    Path wav = dir.resolve("s.wav");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "say",
        "We fine-tuned Qwen2.5-Coder on 64 GPUs.", "-o", wav.toString());
    assertThat(code).as(err.toString()).isZero();
    AudioFileFormat format = AudioSystem.getAudioFileFormat(wav.toFile());
    double seconds = format.getFrameLength() / (double) format.getFormat().getFrameRate();
    assertThat(format.getFormat().getSampleRate()).isEqualTo(48_000f);
    assertThat(seconds).isBetween(2.0, 8.0);
    assertThat(out.toString()).startsWith("wrote " + wav);
  }

  @Test
  void aQuestionEndsRisingWhereTheSameWordsStatedFall() throws Exception {
    // The reading issue 14 started from: "You saw the cat?" ended falling, like "You saw the cat."
    PitchTrack asked = PitchEstimator.track(said("You saw the cat?"));
    PitchTrack stated = PitchEstimator.track(said("You saw the cat."));
    assertThat(asked.endAboveMedian()).isGreaterThanOrEqualTo(3.0);
    assertThat(stated.endAboveMedian()).isNegative();
  }

  private Pcm said(String text) throws Exception {
    Path wav = dir.resolve("said.wav");
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "say", text, "-o",
        wav.toString());
    assertThat(code).as(err.toString()).isZero();
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      byte[] bytes = in.readAllBytes();
      return Pcm.fromBytes(bytes, bytes.length);
    }
  }

  @Test
  void speaksOneChapterOfAScriptToMp3() throws Exception {
    Path script = dir.resolve("x.md");
    Files.writeString(script, "---\ntitle: X\ndate: 2026-01-01\n---\nHello there.\n\n## Second\n\nOnly this.\n");
    Path mp3 = dir.resolve("c.mp3");
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "say", "--script",
        script.toString(), "--chapter", "sec", "-o", mp3.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(new Probe().fields(mp3).get("format.duration")).satisfies(d ->
        assertThat(Double.parseDouble(d)).isBetween(0.5, 3.0));
  }

  @Test
  void unknownChapterIsBadInput() throws Exception {
    Path script = dir.resolve("x.md");
    Files.writeString(script, "---\ntitle: X\ndate: 2026-01-01\n---\nHello there.\n");
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "say", "--script",
        script.toString(), "--chapter", "7");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("paperledge: " + script + ": no chapter '7' (it has 1 chapters)");
  }

  @Test
  void whatSayPlaysIsWhatRenderRendersSampleForSampleEffectsIncluded() throws Exception {
    Path voices = Files.createDirectories(dir.resolve("voices"));
    String effects = "F0Add(f0Add:-20.0)";
    Files.writeString(voices.resolve("lower.yaml"), "speaker: Lower\nmary-voice: cmu-slt-hsmm\neffects: \""
        + effects + "\"\n");
    String sentence = "The trees are thirsty today.";
    Path wav = dir.resolve("say.wav");
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "say", sentence,
        "--voices", voices.toString(), "--voice", "lower", "--no-cache", "-o", wav.toString());
    assertThat(code).as(err.toString()).isZero();

    Path script = dir.resolve("2026-01-01-trees.md");
    Files.writeString(script, "---\ntitle: Trees\ndate: 2026-01-01\nvoice: lower\n---\n" + sentence + "\n");
    Path cache = dir.resolve("cache");
    code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "render", script.toString(),
        "--voices", voices.toString(), "--out", dir.resolve("out").toString(), "--cache", cache.toString());
    assertThat(code).as(err.toString()).isZero();

    java.util.List<org.paperledge.speech.Token> tokens = new org.paperledge.speech.Normalizer(
        org.paperledge.model.Lexicon.EMPTY).tokens(sentence);
    String key = org.paperledge.speech.SegmentKey.of(
        org.paperledge.speech.MarySynthesizer.describe("cmu-slt-hsmm", effects), tokens, 1.0, effects,
        org.paperledge.model.VoiceDesign.NONE, org.paperledge.speech.ProsodyMarks.of(tokens));
    byte[] rendered = org.paperledge.cache.CacheFolder.at(cache).segments().get(key).orElseThrow();
    byte[] said = Files.readAllBytes(wav);
    assertThat(java.util.Arrays.copyOfRange(said, 44, said.length)).isEqualTo(rendered);
  }
}
