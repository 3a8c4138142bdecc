package org.paperledge.speech;

import java.util.List;
import org.paperledge.audio.Pcm;
import org.paperledge.audio.ToolException;

/** Speaks tokens. The production implementation is {@link MarySynthesizer}; tests may substitute a fake. */
public interface Synthesizer extends AutoCloseable {
  /**
   * Synthesizes one segment.
   *
   * @param tokens the tokens of the segment, as produced by {@link Tokenizer}
   * @param rate speaking rate relative to the voice's own, 1.0 unchanged
   * @return mono 16-bit PCM at {@link Pcm#RATE} Hz
   */
  Pcm synthesize(List<Token> tokens, double rate) throws ToolException;

  /**
   * Synthesizes one segment read as {@code marks} ask. This default ignores them, as a synthesizer that cannot
   * shape its reading does; {@link #synthesize(List, double)} reads what the tokens' punctuation marks.
   *
   * @param marks one entry per token
   */
  default Pcm synthesize(List<Token> tokens, double rate, ProsodyMarks marks) throws ToolException {
    return synthesize(tokens, rate);
  }

  /** A short description of the engine and voice, for reports and cache keys. */
  String describe();

  @Override
  void close();
}
