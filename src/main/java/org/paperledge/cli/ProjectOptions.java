package org.paperledge.cli;

import java.nio.file.Path;
import org.paperledge.model.InputException;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the commands that speak read: the show file and the folder of voice profiles. */
final class ProjectOptions {
  @Mixin
  ShowOption showOption;

  @Option(names = "--voices", paramLabel = "DIR", description = "Voice profiles. Default: ${DEFAULT-VALUE}")
  Path voices = Path.of("voices");

  /** The show file's path. */
  Path showFile() {
    return showOption.file;
  }

  /** The show file, read (see {@link ShowOption#show()}). */
  Show show() throws InputException {
    return showOption.show();
  }

  /** Whether a voice profile of this name exists. */
  boolean hasVoice(String name) {
    return VoiceProfile.exists(voices, name);
  }
}
