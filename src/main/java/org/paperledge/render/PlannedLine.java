package org.paperledge.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperledge.audio.EpisodeMaster;
import org.paperledge.speech.Token;

/**
 * One line of an episode as planned, before any audio exists: what is said and by whom, what the synthesizer is
 * given, the pause before it, and where it belongs. The host's intro and credit are lines like any other.
 *
 * @param text the line as written, for the transcript
 * @param tokens what the synthesizer is given
 * @param key the segment-cache key of its audio; empty when there is nothing to say or no cache
 * @param speaker who says it
 * @param scriptLine the script line it comes from, 0 for what the host adds (intro, credit)
 * @param chapter the index of its chapter in the script: the intro belongs to the first, the credit to the last
 * @param pauseSeconds the silence before it
 * @param cut whether, and how readily, the episode may be cut into chunks in that silence
 * @param rate the speaking rate, relative to the voice's own (the profile's rate, times a control's)
 * @param stress for each token, 0 (plain), 1 ({@code *emphasis*}) or 2 ({@code **strong**})
 */
public record PlannedLine(String text, List<Token> tokens, Optional<String> key, Speaker speaker, int scriptLine,
    int chapter, double pauseSeconds, EpisodeMaster.Cut cut, double rate, List<Integer> stress) {
  public PlannedLine {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    stress = List.copyOf(stress);
    if (stress.size() != tokens.size() || !(rate > 0)) {
      throw new IllegalArgumentException("a stress per token and a positive rate, for line '" + text + "'");
    }
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cut, "cut");
    if (chapter < 0 || scriptLine < 0 || pauseSeconds < 0) {
      throw new IllegalArgumentException("bad place or pause for line '" + text + "'");
    }
  }

  /** Whether there is nothing to say: only punctuation, or nothing at all. */
  public boolean silent() {
    return tokens.stream().allMatch(Token::isPunctuation);
  }
}
