package org.paperledge.show;

import org.paperledge.model.Lexicon;
import org.paperledge.model.InputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
