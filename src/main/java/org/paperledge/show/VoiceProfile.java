package org.paperledge.show;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.paperledge.model.InputException;
import org.paperledge.model.Lexicon;

/**
 * A voice profile from {@code voices/NAME.yaml}: which MaryTTS voice speaks, how, and with which lexicon.
 *
 * @param name the profile name (the file name without {@code .yaml})
 * @param speaker the speaker's name, used in transcripts
 * @param maryVoice the MaryTTS voice name, such as {@code cmu-slt-hsmm}
 * @param rate speaking rate relative to the voice's own, 1.0 unchanged
 * @param effects MaryTTS audio effects, empty for none
 * @param lexicon the pronunciation lexicon
 */
public record VoiceProfile(String name, String speaker, String maryVoice, double rate, String effects,
    Lexicon lexicon) {

  static final Set<String> KEYS = Set.of("speaker", "mary-voice", "rate", "effects", "lexicon");

  public VoiceProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(maryVoice, "maryVoice");
    Objects.requireNonNull(effects, "effects");
    Objects.requireNonNull(lexicon, "lexicon");
  }

  /** What the profile sets, as {@code voices} lists it: each setting's name and value, in a fixed order. */
  public java.util.Map<String, String> settings() {
    java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
    settings.put("speaker", speaker);
    settings.put("mary-voice", maryVoice);
    settings.put("rate", Double.toString(rate));
    settings.put("effects", effects.isBlank() ? "none" : effects);
    settings.put("lexicon", lexicon.size() + " entries");
    return settings;
  }

  /** Whether the folder {@code voices} has a profile named {@code name}. */
  public static boolean exists(Path voices, String name) {
    return Files.isRegularFile(voices.resolve(name + ".yaml"));
  }

  /** Loads profile {@code name} from the folder {@code voices}. */
  public static VoiceProfile load(Path voices, String name) throws InputException {
    if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new InputException(voices, 0, "invalid voice profile name '" + name + "'");
    }
    Path file = voices.resolve(name + ".yaml");
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, 0, "unknown voice profile '" + name + "': no such file");
    }
    YamlFile yaml = YamlFile.read(file, KEYS);
    String maryVoice = yaml.text("mary-voice", "cmu-slt-hsmm");
    String effects = yaml.text("effects", "");
    double rate = yaml.number("rate", 1.0, 0.5, 2.0);
    Lexicon lexicon = Lexicon.EMPTY;
    if (yaml.text("lexicon").isPresent()) {
      Path lexiconFile = voices.resolve(yaml.text("lexicon").get()).normalize();
      if (!lexiconFile.startsWith(voices.normalize())) {
        throw new InputException(file, yaml.line("lexicon"), "lexicon must be a file inside " + voices);
      }
      lexicon = Lexicon.load(lexiconFile);
    }
    return new VoiceProfile(name, yaml.text("speaker", name), maryVoice, rate, effects, lexicon);
  }
}
