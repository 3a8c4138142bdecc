package org.paperledge.studio;

import java.util.List;
import org.paperledge.model.Pcm;
import org.paperledge.model.VoiceDesign;
import org.paperledge.speech.ProsodyMarks;
import org.paperledge.speech.Synthesizer;
import org.paperledge.speech.Token;

/** A synthesizer for tests: a tone of 4,800 samples (0.1 s) per word, noting what it was given. */
final class Tone implements Synthesizer {
  private final List<String> said;

  /** @param said where each sentence's words (and phonemes, between slashes) are noted */
  Tone(List<String> said) {
    this.said = said;
  }

  @Override
  public Pcm synthesize(List<Token> tokens, double rate) {
    said.add(String.join(" ", tokens.stream().filter(t -> !t.isPunctuation()).map(Token::text).toList())
        + tokens.stream().flatMap(t -> t.phonemes().stream()).map(p -> " /" + p + "/").reduce("", String::concat));
    int words = (int) tokens.stream().filter(t -> !t.isPunctuation()).count();
    short[] samples = new short[4_800 * words];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) (6_000 * Math.sin(i / 9.0));
    }
    return new Pcm(samples);
  }

  @Override
  public Pcm synthesize(List<Token> tokens, double rate, VoiceDesign design, ProsodyMarks marks) {
    return synthesize(tokens, rate);
  }

  @Override
  public String describe() {
    return "tone";
  }

  @Override
  public void close() {}
}
