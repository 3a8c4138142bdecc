package org.paperledge.show;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A voice profile from {@code voices/NAME.yaml}: which MaryTTS voice speaks, how, and with which lexicon.
 *
 * @param name the profile name (the file name without {@code .yaml})
 * @param speaker the speaker's name, used in transcripts
 * @param maryVoice the MaryTTS voice name, such as {@code cmu-slt-hsmm}
 * @param rate speaking rate relative to the voice's own, 1.0 unchanged
 * @param effects MaryTTS audio effects, empty for none
 * @param lexicon the pronunciation lexicon
 * @param lexiconFile the file its {@code lexicon:} key names, if it names one
 */
public record VoiceProfile(String name, String speaker, String maryVoice, double rate, String effects,
    Lexicon lexicon, Optional<Path> lexiconFile) {

  static final Set<String> KEYS = Set.of("speaker", "mary-voice", "rate", "effects", "lexicon");

  public VoiceProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(maryVoice, "maryVoice");
    Objects.requireNonNull(effects, "effects");
    Objects.requireNonNull(lexicon, "lexicon");
    Objects.requireNonNull(lexiconFile, "lexiconFile");
  }

  /** Loads profile {@code name} from the folder {@code voices}. */
  public static VoiceProfile load(Path voices, String name) throws ConfigException {
    if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new ConfigException(voices, 0, "invalid voice profile name '" + name + "'");
    }
    Path file = voices.resolve(name + ".yaml");
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file, 0, "unknown voice profile '" + name + "': no such file");
    }
    YamlFile yaml = YamlFile.read(file, KEYS);
    String maryVoice = yaml.text("mary-voice", "cmu-slt-hsmm");
    String effects = yaml.text("effects", "");
    double rate = yaml.number("rate", 1.0, 0.5, 2.0);
    Lexicon lexicon = Lexicon.EMPTY;
    Optional<Path> lexiconFile = Optional.empty();
    if (yaml.text("lexicon").isPresent()) {
      lexiconFile = Optional.of(voices.resolve(yaml.text("lexicon").get()).normalize());
      if (!lexiconFile.get().startsWith(voices.normalize())) {
        throw new ConfigException(file, yaml.line("lexicon"), "lexicon must be a file inside " + voices);
      }
      lexicon = Lexicon.load(lexiconFile.get());
    }
    return new VoiceProfile(name, yaml.text("speaker", name), maryVoice, rate, effects, lexicon, lexiconFile);
  }
}
