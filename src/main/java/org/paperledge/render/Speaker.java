package org.paperledge.render;

import java.util.Objects;
import org.paperledge.show.VoiceProfile;

/**
 * Who speaks a line: the name listeners see in transcripts, and the voice profile that says it.
 *
 * @param name the speaker's name, such as {@code Ernis}
 * @param voice the profile that speaks for them
 */
public record Speaker(String name, VoiceProfile voice) {
  public Speaker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(voice, "voice");
  }

  /** The speaker a profile describes: its own speaker name. */
  public static Speaker of(VoiceProfile voice) {
    return new Speaker(voice.speaker(), voice);
  }
}
