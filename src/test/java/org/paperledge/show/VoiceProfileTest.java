package org.paperledge.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.model.InputException;
import org.paperledge.model.Lexicon;
import org.paperledge.model.VoiceDesign;

class VoiceProfileTest {

  @TempDir
  Path root;

  Path voices;

  @BeforeEach
  void setUp() throws IOException {
    voices = Files.createDirectories(root.resolve("voices"));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(voices.resolve(name), text, StandardCharsets.UTF_8);
  }

  private InputException failure(String name) {
    InputException e = catchThrowableOfType(InputException.class, () -> VoiceProfile.load(voices, name));
    assertThat(e).as("expected a InputException for profile '%s'", name).isNotNull();
    return e;
  }

  @Test
  void loadsAProfileWithItsLexicon() throws Exception {
    write("ernis.yaml", """
        # Ernis, the host.
        speaker: Ernis
        mary-voice: cmu-slt-hsmm
        rate: 1.1
        effects: "F0Add(f0Add:-20.0)"
        lexicon: ernis.lexicon
        """);
    write("ernis.lexicon", "Ernis = /' r= - n I s/\nsoftmax = soft max\n");

    VoiceProfile profile = VoiceProfile.load(voices, "ernis");

    assertThat(profile.name()).isEqualTo("ernis");
    assertThat(profile.speaker()).isEqualTo("Ernis");
    assertThat(profile.maryVoice()).isEqualTo("cmu-slt-hsmm");
    assertThat(profile.rate()).isEqualTo(1.1);
    assertThat(profile.effects()).isEqualTo("F0Add(f0Add:-20.0)");
    assertThat(profile.lexicon().size()).isEqualTo(2);
    assertThat(profile.lexicon().lookup("SOFTMAX")).isPresent();
  }

  @Test
  void emptyProfileGetsDefaults() throws Exception {
    write("plain.yaml", "# nothing set\n");

    VoiceProfile profile = VoiceProfile.load(voices, "plain");

    assertThat(profile.speaker()).isEqualTo("plain");
    assertThat(profile.maryVoice()).isEqualTo("cmu-slt-hsmm");
    assertThat(profile.rate()).isEqualTo(1.0);
    assertThat(profile.effects()).isEmpty();
    assertThat(profile.lexicon()).isSameAs(Lexicon.EMPTY);
  }

  @Test
  void theProjectVoiceLoads() throws Exception {
    Path shipped = Path.of("voices");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(shipped.resolve("ernis.yaml")));
    VoiceProfile profile = VoiceProfile.load(shipped, "ernis");
    assertThat(profile.lexicon().size()).isPositive();
  }

  @Test
  void unknownProfile() {
    InputException e = failure("nobody");

    assertThat(e.getMessage()).contains("unknown voice profile 'nobody'");
    assertThat(e.file()).isEqualTo(voices.resolve("nobody.yaml"));
  }

  @Test
  void invalidProfileNamesAreRefusedBeforeTouchingTheDisk() {
    for (String name : new String[] {"../etc/passwd", "Ernis", "", "-x", "a b", "a/b", "ernis.yaml"}) {
      assertThat(failure(name).getMessage()).contains("invalid voice profile name");
    }
  }

  @Test
  void unknownKeyNamesItsLine() throws IOException {
    write("x.yaml", "speaker: X\n\nvoice: cmu-slt-hsmm\n");

    InputException e = failure("x");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.file()).isEqualTo(voices.resolve("x.yaml"));
    assertThat(e.getMessage()).contains("unknown key").contains("mary-voice");
  }

  @Test
  void rateOutOfRangeNamesItsLine() throws IOException {
    write("fast.yaml", "speaker: F\nrate: 3\n");
    assertThat(failure("fast").line()).isEqualTo(2);
  }

  @Test
  void lexiconOutsideTheVoicesFolderIsRefused() throws IOException {
    Files.writeString(root.resolve("outside.lexicon"), "a = b\n");
    write("sneaky.yaml", "speaker: S\nlexicon: ../outside.lexicon\n");

    InputException e = failure("sneaky");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("lexicon must be a file inside");
  }

  @Test
  void missingLexiconFile() throws IOException {
    write("lost.yaml", "lexicon: lost.lexicon\n");
    assertThat(failure("lost").file()).isEqualTo(voices.resolve("lost.lexicon"));
  }

  @Test
  void badLexiconLineIsReportedInTheLexiconFile() throws IOException {
    write("bad.yaml", "lexicon: bad.lexicon\n");
    write("bad.lexicon", "# fine\nok = fine\nnot an entry\n");

    InputException e = failure("bad");

    assertThat(e.file()).isEqualTo(voices.resolve("bad.lexicon"));
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void aProfileWithoutDesignKeysHasNone() throws Exception {
    write("plain.yaml", "speaker: P\nrate: 1.1\n");
    VoiceDesign design = VoiceProfile.load(voices, "plain").design();
    assertThat(design).isEqualTo(VoiceDesign.NONE);
    assertThat(design.isIdentity()).isTrue();
    assertThat(design.canonical()).isEmpty();
  }

  @Test
  void readsEveryDesignSetting() throws Exception {
    write("low.yaml", """
        speaker: Low
        pitch: -7 st
        pitch-range: 1.2
        tract: 1.12
        brightness: -0.5
        breathiness: 0.3
        """);
    write("hz.yaml", "pitch: 120 Hz\n");
    write("up.yaml", "pitch: +2.5st\n");

    assertThat(VoiceProfile.load(voices, "low").design()).isEqualTo(new VoiceDesign(-7, 0, 1.2, 1.12, -0.5, 0.3));
    assertThat(VoiceProfile.load(voices, "hz").design()).isEqualTo(new VoiceDesign(0, 120, 1, 1, 0, 0));
    assertThat(VoiceProfile.load(voices, "up").design()).isEqualTo(new VoiceDesign(2.5, 0, 1, 1, 0, 0));
  }

  @Test
  void identitySettingsWrittenOutAreNoDesign() throws Exception {
    write("same.yaml", "pitch: 0 st\npitch-range: 1\ntract: 1.0\nbrightness: 0\nbreathiness: 0.0\n");
    VoiceDesign design = VoiceProfile.load(voices, "same").design();
    assertThat(design.isIdentity()).isTrue();
    assertThat(design.canonical()).isEmpty();
  }

  @Test
  void badDesignSettingsNameTheFileAndLine() throws IOException {
    String[][] cases = {
        {"pitch: -7", "'pitch' must be a shift such as '-7 st'"},
        {"pitch: 120", "'pitch' must be a shift"},
        {"pitch: -7 semitones", "'pitch' must be a shift"},
        {"pitch: 30 st", "from -24.0 to 24.0 semitones"},
        {"pitch: 40 Hz", "from 50.0 to 400.0 Hz"},
        {"pitch: 900 hz", "'pitch' must be a shift"},
        {"pitch-range: 1.2 st", "'pitch-range' must be a number from 0.0 to 3.0"},
        {"pitch-range: -1", "'pitch-range' must be a number"},
        {"tract: 2", "'tract' must be a number from 0.7 to 1.4"},
        {"tract: short", "'tract' must be a number"},
        {"brightness: 1.5", "'brightness' must be a number from -1.0 to 1.0"},
        {"breathiness: -0.1", "'breathiness' must be a number from 0.0 to 1.0"},
    };
    for (String[] c : cases) {
      write("bad.yaml", "# a comment\nspeaker: B\n" + c[0] + "\n");
      InputException e = failure("bad");
      assertThat(e.line()).as(c[0]).isEqualTo(3);
      assertThat(e.file()).isEqualTo(voices.resolve("bad.yaml"));
      assertThat(e.getMessage()).as(c[0]).contains(c[1]).doesNotContain("\n");
      assertThat(e.describe()).startsWith(voices.resolve("bad.yaml") + ":3: ");
    }
  }

  @Test
  void aDesignCannotBeCombinedWithMaryTtsEffects() throws IOException {
    write("both.yaml", "speaker: B\neffects: \"F0Add(f0Add:-20.0)\"\npitch: -3 st\n");
    InputException e = failure("both");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("'effects' cannot be combined with the voice design");
  }

  @Test
  void theShippedProfilesLoadWithTheirDesigns() throws Exception {
    Path shipped = Path.of("voices");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(shipped.resolve("ernis.yaml")));
    for (String name : new String[] {"ernis", "maya", "theo", "paper"}) {
      VoiceProfile profile = VoiceProfile.load(shipped, name);
      assertThat(profile.design().isIdentity()).as(name).isFalse();
      assertThat(profile.lexicon().size()).as(name).isPositive();
    }
    assertThat(VoiceProfile.load(shipped, "ernis").design().semitones()).isNegative();
  }
}
