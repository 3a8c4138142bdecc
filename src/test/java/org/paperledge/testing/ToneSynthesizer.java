package org.paperledge.testing;

import java.util.List;
import org.paperledge.model.Pcm;
import org.paperledge.model.VoiceDesign;
import org.paperledge.render.Voices;
import org.paperledge.speech.ProsodyMarks;
import org.paperledge.speech.Synthesizer;
import org.paperledge.speech.SynthesizerPool;
import org.paperledge.speech.Token;

/**
 * A stand-in for MaryTTS where speech does not matter (the cache, the batch, fuzzed scripts): each token is a
 * tenth of a second of a tone whose pitch follows the token's text, so the same tokens always give the same
 * samples, different tokens different ones, and a line's length follows its words. Thousands of lines a second.
 */
public final class ToneSynthesizer implements Synthesizer {
  /** Samples per token. */
  static final int TOKEN_SAMPLES = Pcm.RATE / 10;

  /** Every voice spoken by tones, on {@code threads} threads. */
  public static Voices voices(int threads) {
    return Voices.of((setup, n) -> SynthesizerPool.of(ToneSynthesizer::new, n, "tone " + setup.maryVoice()),
        threads);
  }

  @Override
  public Pcm synthesize(List<Token> tokens, double rate) {
    short[] samples = new short[tokens.size() * TOKEN_SAMPLES];
    for (int t = 0; t < tokens.size(); t++) {
      double hz = 150 + Math.floorMod(tokens.get(t).text().hashCode(), 250);
      for (int i = 0; i < TOKEN_SAMPLES; i++) {
        double fade = Math.min(1, Math.min(i, TOKEN_SAMPLES - 1 - i) / 240.0);
        samples[t * TOKEN_SAMPLES + i] = (short) Math.round(6_000 * fade * Math.sin(2 * Math.PI * hz * i / Pcm.RATE));
      }
    }
    return new Pcm(samples);
  }

  @Override
  public Pcm synthesize(List<Token> tokens, double rate, VoiceDesign design, ProsodyMarks marks) {
    return synthesize(tokens, rate); // a tone has no voice to reshape and no melody to shape
  }

  @Override
  public String describe() {
    return "tone";
  }

  @Override
  public void close() {}
}
