package org.paperledge.speech;

import java.util.List;
import org.paperledge.files.Digest;
import org.paperledge.model.VoiceDesign;

/**
 * The key a synthesized segment is cached under: a hash of exactly what the synthesizer is given (the tokens after
 * normalization and lexicon, with any phonemes), the voice and its settings, and the engine's version, so that a
 * segment is reused only when it would sound the same.
 */
public final class SegmentKey {
  /** Bump when anything that shapes the audio outside the key changes. */
  private static final String FORMAT = "paperledge-segment-v1";

  private SegmentKey() {}

  /**
   * @param engine the synthesizer and voice, with versions ({@link Synthesizer#describe()})
   * @param tokens what it is given
   * @param rate the speaking rate
   * @param effects the voice's MaryTTS audio effects, empty for none
   * @param design how the voice is reshaped; a voice without one has the key it had before designs existed
   * @param marks how it is read; plain marks (a statement, nothing stressed) keep the key it had before
   */
  public static String of(String engine, List<Token> tokens, double rate, String effects, VoiceDesign design,
      ProsodyMarks marks) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n').append(engine).append('\n').append(rate)
        .append('\n').append(effects).append('\n');
    if (!design.isIdentity()) {
      text.append(design.canonical()).append('\n');
    }
    for (Token token : tokens) {
      text.append(token.text()).append('\u0001').append(token.phonemes().orElse("")).append('\u0002');
    }
    String prosody = marks.cacheKey();
    if (!prosody.isEmpty()) {
      text.append('\n').append(prosody);
    }
    return Digest.hex(text.toString());
  }
}
