package org.paperledge.show;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paperledge.model.InputException;
import org.paperledge.model.Lexicon;
import org.paperledge.model.VoiceDesign;

/**
 * A voice profile from {@code voices/NAME.yaml}: which MaryTTS voice speaks, how it is reshaped, how fast, and
 * with which lexicon.
 *
 * @param name the profile name (the file name without {@code .yaml})
 * @param speaker the speaker's name, used in transcripts
 * @param maryVoice the MaryTTS voice name, such as {@code cmu-slt-hsmm}
 * @param rate speaking rate relative to the voice's own, 1.0 unchanged
 * @param effects MaryTTS audio effects, empty for none
 * @param lexicon the pronunciation lexicon
 * @param design how the voice is reshaped before PaperLedge's vocoder ({@link VoiceDesign#NONE}: not at all)
 * @param lexiconFile the file its {@code lexicon:} key names, if any (where a new entry goes)
 */
public record VoiceProfile(String name, String speaker, String maryVoice, double rate, String effects,
    Lexicon lexicon, VoiceDesign design, Optional<Path> lexiconFile) {

  static final Set<String> KEYS = Stream.concat(Stream.of("speaker", "mary-voice", "rate", "effects", "lexicon"),
      VoiceDesign.KEYS.stream()).collect(Collectors.toUnmodifiableSet());
  private static final Pattern PITCH = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*(st|hz)",
      Pattern.CASE_INSENSITIVE);

  public VoiceProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(maryVoice, "maryVoice");
    Objects.requireNonNull(effects, "effects");
    Objects.requireNonNull(lexicon, "lexicon");
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(lexiconFile, "lexiconFile");
    if (!effects.isBlank() && !design.isIdentity()) {
      throw new IllegalArgumentException("a voice design and MaryTTS audio effects exclude each other");
    }
  }

  /** What the profile sets, as {@code voices} lists it: each setting's name and value, in a fixed order. */
  public Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("speaker", speaker);
    settings.put("mary-voice", maryVoice);
    settings.put("rate", Double.toString(rate));
    if (design.medianHz() != 0) {
      settings.put("pitch", design.medianHz() + " Hz (median)");
    } else {
      settings.put("pitch", (design.semitones() > 0 ? "+" : "") + design.semitones() + " st");
    }
    settings.put("pitch-range", Double.toString(design.range()));
    settings.put("tract", Double.toString(design.tract()));
    settings.put("brightness", Double.toString(design.brightness()));
    settings.put("breathiness", Double.toString(design.breathiness()));
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
    VoiceDesign design = design(yaml);
    if (!effects.isBlank() && !design.isIdentity()) {
      // MaryTTS applies effects to samples through its own vocoder, where the design is never applied.
      throw new InputException(file, yaml.line("effects"), "'effects' cannot be combined with the voice design"
          + " settings (" + String.join(", ", VoiceDesign.KEYS.stream().sorted().toList()) + "): leave it empty");
    }
    Lexicon lexicon = Lexicon.EMPTY;
    Optional<Path> lexiconFile = Optional.empty();
    if (yaml.text("lexicon").isPresent()) {
      Path named = voices.resolve(yaml.text("lexicon").get()).normalize();
      if (!named.startsWith(voices.normalize())) {
        throw new InputException(file, yaml.line("lexicon"), "lexicon must be a file inside " + voices);
      }
      lexicon = Lexicon.load(named);
      lexiconFile = Optional.of(named);
    }
    return new VoiceProfile(name, yaml.text("speaker", name), maryVoice, rate, effects, lexicon, design,
        lexiconFile);
  }

  /** Reads the design keys of a profile, each checked for its unit and range; absent keys change nothing. */
  private static VoiceDesign design(YamlFile yaml) throws InputException {
    double semitones = 0;
    double medianHz = 0;
    Optional<String> pitch = yaml.text("pitch");
    if (pitch.isPresent()) {
      Matcher m = PITCH.matcher(pitch.get());
      double value = m.matches() ? Double.parseDouble(m.group(1)) : Double.NaN;
      boolean hz = m.matches() && m.group(2).toLowerCase(Locale.ROOT).equals("hz");
      if (hz && value >= VoiceDesign.MIN_MEDIAN_HZ && value <= VoiceDesign.MAX_MEDIAN_HZ) {
        medianHz = value;
      } else if (!hz && value >= -VoiceDesign.MAX_SEMITONES && value <= VoiceDesign.MAX_SEMITONES) {
        semitones = value;
      } else {
        throw new InputException(yaml.file(), yaml.line("pitch"), "'pitch' must be a shift such as '-7 st' (from "
            + -VoiceDesign.MAX_SEMITONES + " to " + VoiceDesign.MAX_SEMITONES + " semitones) or a median such as"
            + " '120 Hz' (from " + VoiceDesign.MIN_MEDIAN_HZ + " to " + VoiceDesign.MAX_MEDIAN_HZ + " Hz), not '"
            + pitch.get() + "'");
      }
    }
    return new VoiceDesign(semitones, medianHz, yaml.number("pitch-range", 1, 0, VoiceDesign.MAX_RANGE),
        yaml.number("tract", 1, VoiceDesign.MIN_TRACT, VoiceDesign.MAX_TRACT), yaml.number("brightness", 0, -1, 1),
        yaml.number("breathiness", 0, 0, 1));
  }
}
