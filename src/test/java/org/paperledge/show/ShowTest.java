package org.paperledge.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperledge.model.InputException;

class ShowTest {

  private static final String GOOD = """
      # Show-wide settings.
      name: PaperLedge
      host: Ernis
      author: The PaperLedge team
      owner-name: The Owners
      owner-email: hello@paperledge.example
      description: >-
        Ernis explains new research papers
        in plain words.
      base-url: https://paperledge.example/episodes/
      link: https://paperledge.example/
      language: en-us
      category: Technology
      cover: art/cover.png
      copyright: © 2026 The PaperLedge team
      explicit: yes
      voice: ernis
      sentence-pause: 0.4
      paragraph-pause: 1
      chapter-pause: 2.5
      bitrate: 128
      """;

  private static final String MINIMAL = """
      name: Minimal Show
      host: Hosty
      owner-email: a@b.example
      base-url: http://files.example/podcast
      link: https://show.example/
      """;

  @TempDir
  Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("show.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private InputException failure(String text) throws IOException {
    Path file = write(text);
    InputException e = catchThrowableOfType(InputException.class, () -> Show.load(file));
    assertThat(e).as("expected a InputException for:%n%s", text).isNotNull();
    assertThat(e.file()).isEqualTo(file);
    return e;
  }

  @Test
  void loadsAFullShowFile() throws Exception {
    Show show = Show.load(write(GOOD));

    assertThat(show.name()).isEqualTo("PaperLedge");
    assertThat(show.host()).isEqualTo("Ernis");
    assertThat(show.author()).isEqualTo("The PaperLedge team");
    assertThat(show.ownerName()).isEqualTo("The Owners");
    assertThat(show.ownerEmail()).isEqualTo("hello@paperledge.example");
    assertThat(show.description()).isEqualTo("Ernis explains new research papers in plain words.");
    assertThat(show.baseUrl()).isEqualTo(URI.create("https://paperledge.example/episodes/"));
    assertThat(show.link()).isEqualTo(URI.create("https://paperledge.example/"));
    assertThat(show.language()).isEqualTo("en-us");
    assertThat(show.category()).isEqualTo("Technology");
    assertThat(show.cover()).contains(dir.toAbsolutePath().resolve("art/cover.png").normalize());
    assertThat(show.copyright()).isEqualTo("© 2026 The PaperLedge team");
    assertThat(show.explicit()).isTrue();
    assertThat(show.voice()).isEqualTo("ernis");
    assertThat(show.timing()).isEqualTo(new Show.Timing(0.4, 1.0, 2.5, 0.5));
    assertThat(show.bitrateKbps()).isEqualTo(128);
  }

  @Test
  void minimalFileGetsDefaults() throws Exception {
    Show show = Show.load(write(MINIMAL));

    assertThat(show.description()).isEqualTo("Minimal Show");
    assertThat(show.language()).isEqualTo("en-us");
    assertThat(show.author()).isEqualTo("Hosty");
    assertThat(show.ownerName()).isEqualTo("Hosty");
    assertThat(show.category()).isEqualTo("Science");
    assertThat(show.cover()).isEmpty();
    assertThat(show.copyright()).isEqualTo("© Minimal Show");
    assertThat(show.explicit()).isFalse();
    assertThat(show.voice()).isEqualTo("ernis");
    assertThat(show.timing()).isEqualTo(new Show.Timing(0.35, 0.75, 1.5, 0.5));
    assertThat(show.bitrateKbps()).isEqualTo(96);
    assertThat(show.formats()).containsExactly("mp3");
    assertThat(show.m4a()).isFalse();
    assertThat(show.discloseInIntro()).isFalse();
  }

  @Test
  void formatsAreAListOfMp3AndM4a() throws Exception {
    assertThat(Show.load(write(MINIMAL + "formats: [mp3, m4a]\n")).formats()).containsExactly("mp3", "m4a");
    assertThat(Show.load(write(MINIMAL + "formats:\n  - m4a\n  - MP3\n")).formats()).containsExactly("mp3", "m4a");
    assertThat(Show.load(write(MINIMAL + "formats: mp3\n")).formats()).containsExactly("mp3");
    assertThat(Show.load(write(MINIMAL + "formats: [mp3, m4a]\n")).m4a()).isTrue();
    assertThat(Show.load(write(MINIMAL + "disclose-in-intro: true\n")).discloseInIntro()).isTrue();
  }

  @Test
  void badFormatsNameTheirLine() throws IOException {
    InputException unknown = failure(MINIMAL + "formats:\n  - mp3\n  - ogg\n");
    assertThat(unknown.line()).isEqualTo(8);
    assertThat(unknown.getMessage()).contains("'formats' may list mp3 and m4a, not 'ogg'");
    InputException noMp3 = failure(MINIMAL + "formats: [m4a]\n");
    assertThat(noMp3.line()).isEqualTo(6);
    assertThat(noMp3.getMessage()).contains("must include mp3");
    assertThat(failure(MINIMAL + "formats: [[mp3]]\n").getMessage()).contains("must be a single value");
    assertThat(failure(MINIMAL + "disclose-in-intro: sometimes\n").line()).isEqualTo(6);
    // only formats may be a list
    assertThat(failure(MINIMAL + "voice: [ernis, maya]\n").getMessage()).contains("'voice' must be a single value");
  }

  @Test
  void aShowChecksItsFormats() {
    Show show = new Show("n", "h", "d", URI.create("https://x.example/"), URI.create("https://x.example/"), "en",
        "a", "o", "o@x.example", "c", java.util.Optional.empty(), "c", false, "ernis", java.util.Optional.empty(),
        new Show.Timing(0.3, 0.7, 1.5, 0.5), 96, 1);
    assertThat(show.formats()).containsExactly("mp3");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new Show(show.name(),
        show.host(), show.description(), show.baseUrl(), show.link(), show.language(), show.author(),
        show.ownerName(), show.ownerEmail(), show.category(), show.cover(), show.copyright(), false, show.voice(),
        show.quoteVoice(), show.timing(), 96, 1, java.util.List.of("m4a"), false));
  }

  @Test
  void baseUrlGetsATrailingSlash() throws Exception {
    Show show = Show.load(write(MINIMAL));

    assertThat(show.baseUrl()).isEqualTo(URI.create("http://files.example/podcast/"));
    assertThat(show.baseUrl().resolve("ep.mp3")).isEqualTo(URI.create("http://files.example/podcast/ep.mp3"));
  }

  @Test
  void baseUrlWithoutPathGetsASlash() throws Exception {
    Show show = Show.load(write(MINIMAL.replace("http://files.example/podcast", "https://files.example")));
    assertThat(show.baseUrl()).isEqualTo(URI.create("https://files.example/"));
  }

  @Test
  void theProjectShowFileLoads() throws Exception {
    Path shipped = Path.of("show.yaml");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(shipped));
    assertThat(Show.load(shipped).baseUrl().toString()).endsWith("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "host", "owner-email", "base-url", "link"})
  void missingRequiredKey(String key) throws IOException {
    String text = GOOD.lines().filter(l -> !l.startsWith(key + ":")).reduce("", (a, b) -> a + b + "\n");
    assertThat(text.lines()).noneMatch(l -> l.startsWith(key + ":"));

    InputException e = failure(text);

    assertThat(e.getMessage()).contains("missing required key '" + key + "'");
  }

  @Test
  void blankRequiredValueCountsAsMissing() throws IOException {
    InputException e = failure(MINIMAL.replace("name: Minimal Show", "name: \"  \""));
    assertThat(e.getMessage()).contains("'name'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://files.example/podcast/", "file:///srv/podcast/", "files.example/podcast",
      "https://", "not a url", "mailto:a@b.example"})
  void badBaseUrlNamesItsLine(String url) throws IOException {
    InputException e = failure(MINIMAL.replace("http://files.example/podcast", "\"" + url + "\""));

    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("base-url").contains(url);
    assertThat(e.describe()).contains("show.yaml:4: ");
  }

  @Test
  void badLinkNamesItsLine() throws IOException {
    InputException e = failure(MINIMAL.replace("https://show.example/", "ftp://show.example/"));
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.getMessage()).contains("link");
  }

  @Test
  void unknownKeyNamesItsLine() throws IOException {
    InputException e = failure(MINIMAL + "# comment\n\nbitrat: 96\n");

    assertThat(e.line()).isEqualTo(8);
    assertThat(e.getMessage()).contains("unknown key").contains("bitrate");
  }

  @Test
  void nestedValueIsRejected() throws IOException {
    InputException e = failure(MINIMAL + "category:\n  - Science\n  - Tech\n");
    assertThat(e.line()).isEqualTo(6);
  }

  @Test
  void duplicateKeyIsRejected() throws IOException {
    // YamlFile asks SnakeYAML to refuse duplicate keys; a second 'name' must not silently replace the first
    InputException e = failure(MINIMAL + "name: Again\n");
    assertThat(e.line()).isIn(1, 6);
    assertThat(e.getMessage()).contains("name");
  }

  @Test
  void invalidYamlNamesItsLine() throws IOException {
    InputException e = failure("name: a\nhost: [unclosed\n");
    assertThat(e.line()).isPositive();
  }

  @Test
  void notAMapping() throws IOException {
    InputException e = failure("- just\n- a list\n");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void emptyFileMissesRequiredKeys() throws IOException {
    assertThat(failure("").getMessage()).contains("missing required key");
  }

  @Test
  void badValuesNameTheirLine() throws IOException {
    assertThat(failure(MINIMAL + "language: english!\n").line()).isEqualTo(6);
    assertThat(failure(MINIMAL.replace("a@b.example", "not-an-email")).line()).isEqualTo(3);
    assertThat(failure(MINIMAL + "bitrate: 1000\n").line()).isEqualTo(6);
    assertThat(failure(MINIMAL + "bitrate: fast\n").line()).isEqualTo(6);
    assertThat(failure(MINIMAL + "sentence-pause: -1\n").line()).isEqualTo(6);
    assertThat(failure(MINIMAL + "explicit: maybe\n").line()).isEqualTo(6);
  }

  @Test
  void missingFile() {
    Path missing = dir.resolve("nope.yaml");
    InputException e = catchThrowableOfType(InputException.class, () -> Show.load(missing));
    assertThat(e).isNotNull();
    assertThat(e.file()).isEqualTo(missing);
  }
}
