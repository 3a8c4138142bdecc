package org.paperledge.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.audio.Id3v23;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;
import org.paperledge.model.VoiceDesign;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.Synthesizer;
import org.paperledge.speech.SynthesizerPool;
import org.paperledge.speech.Token;
import org.paperledge.testing.TestTools;

/** MaryTTS failing on one segment: the error names the script line and the sentence; nothing is published. */
class SynthesisFailureTest {
  @TempDir
  Path dir;

  /** Speaks a short tone, except for sentences containing "explode". */
  static final class FlakySynthesizer implements Synthesizer {
    @Override
    public Pcm synthesize(List<Token> tokens, double rate) throws ToolException {
      if (tokens.stream().anyMatch(t -> t.text().equalsIgnoreCase("explode"))) {
        throw new ToolException("MaryTTS failed: simulated vocoder crash",
            new IllegalStateException("the root of it"));
      }
      short[] samples = new short[4_800];
      for (int i = 0; i < samples.length; i++) {
        samples[i] = (short) (8_000 * Math.sin(i / 10.0));
      }
      return new Pcm(samples);
    }

    @Override
    public Pcm synthesize(List<Token> tokens, double rate, VoiceDesign design,
        org.paperledge.speech.ProsodyMarks marks) throws ToolException {
      return synthesize(tokens, rate); // a tone: no voice to reshape
    }

    @Override
    public String describe() {
      return "flaky";
    }

    @Override
    public void close() {}
  }

  @Test
  void failureNamesTheLineAndTheSentenceAndPublishesNothing() throws Exception {
    Path file = dir.resolve("ep.md");
    Files.writeString(file, "---\ntitle: T\ndate: 2026-01-02\n---\nFirst line is fine.\n\n## Two\n\n"
        + "This one will explode on purpose.\n");
    Script script = new ScriptParser().parse(file);
    Show show = Show.load(Path.of("show.yaml"));
    VoiceProfile voice = VoiceProfile.load(Path.of("voices"), "ernis");
    // A working FFmpeg: mastering starts (and makes the music) before the first line is spoken.
    FfmpegTools tools = TestTools.ffmpeg();
    Cover cover = new Cover("cover.png", new Id3v23.Picture("image/png", new byte[] {1}));
    Path out = Files.createDirectories(dir.resolve("out"));
    Voices voices = Voices.of((setup, threads) -> SynthesizerPool.of(new FlakySynthesizer()), 1);
    EpisodeRenderer renderer = new EpisodeRenderer(show, voices, tools, cover, null);
    assertThatThrownBy(() -> renderer.render(script, Cast.of(Speaker.of(voice)), out, EpisodeRenderer.Progress.NONE))
        .isInstanceOf(ToolException.class)
        .hasMessage(file + ":9: speech synthesis failed for \"This one will explode on purpose.\": MaryTTS failed:"
            + " simulated vocoder crash")
        // --verbose prints the exception's whole chain: it must reach what the synthesizer was given.
        .rootCause().isInstanceOf(IllegalStateException.class).hasMessage("the root of it");
    try (var files = Files.list(out)) {
      assertThat(files.toList()).isEmpty();
    }
  }
}
