package org.paperledge.speech;

import java.util.List;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;
import org.paperledge.model.VoiceDesign;

/** Speaks tokens. The production implementation is {@link MarySynthesizer}; tests may substitute a fake. */
public interface Synthesizer extends AutoCloseable {
  /**
   * Synthesizes one segment.
   *
   * @param tokens the tokens of the segment, as {@link Normalizer} gives them
   * @param rate speaking rate relative to the voice's own, 1.0 unchanged
   * @return mono 16-bit PCM at {@link Pcm#RATE} Hz
   */
  Pcm synthesize(List<Token> tokens, double rate) throws ToolException;

  /**
   * Synthesizes one segment in the voice reshaped by {@code design}, read as {@code marks} ask. This default is
   * for a synthesizer that can do neither: it refuses a design and reads what the tokens' punctuation marks.
   *
   * @param marks one entry per token
   */
  default Pcm synthesize(List<Token> tokens, double rate, VoiceDesign design, ProsodyMarks marks)
      throws ToolException {
    if (design.isIdentity()) {
      return synthesize(tokens, rate);
    }
    throw new ToolException(describe() + " cannot apply a voice design");
  }

  /** A short description of the engine and voice, for reports and cache keys. */
  String describe();

  @Override
  void close();
}
