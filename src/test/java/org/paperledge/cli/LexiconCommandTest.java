package org.paperledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperledge.script.ScriptParser;
import org.paperledge.model.Lexicon;

/** {@code paperledge lexicon add}: to the voice's lexicon or an episode's front matter, or nothing at all. */
class LexiconCommandTest {
  @TempDir
  Path dir;

  private Path voices;
  private Path lexicon;
  private Path show;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static final String LEXICON = """
      # The host's words.
      PaperLedge = paper ledge

      # Acronyms said as words
      NASA = nasa
      """;

  @BeforeEach
  void setUp() throws IOException {
    voices = Files.createDirectories(dir.resolve("voices"));
    Files.createDirectories(voices.resolve("words"));
    Files.writeString(voices.resolve("host.yaml"), "speaker: Host\nlexicon: words/host.lexicon\n");
    lexicon = voices.resolve("words/host.lexicon");
    Files.writeString(lexicon, LEXICON);
    show = dir.resolve("show.yaml");
    Files.writeString(show, Files.readString(Path.of("show.yaml")).replace("voice: ernis", "voice: host"));
  }

  private int add(String... args) {
    String[] all = new String[args.length + 6];
    all[0] = "lexicon";
    all[1] = "add";
    System.arraycopy(args, 0, all, 2, args.length);
    all[args.length + 2] = "--show";
    all[args.length + 3] = show.toString();
    all[args.length + 4] = "--voices";
    all[args.length + 5] = voices.toString();
    return Main.execute(new PrintWriter(out), new PrintWriter(err), all);
  }

  @Test
  void addsToTheFileTheProfileNamesKeepingCommentsAndOrder() throws Exception {
    Files.setPosixFilePermissions(lexicon, PosixFilePermissions.fromString("rw-rw-r--"));
    assertThat(add("UNESCO = you nesco")).isZero();
    assertThat(Files.readString(lexicon)).isEqualTo(LEXICON + "UNESCO = you nesco\n");
    assertThat(out.toString().strip()).isEqualTo(lexicon + ": added UNESCO = you nesco");
    assertThat(Lexicon.load(lexicon).lookup("UNESCO").orElseThrow().spoken()).isEqualTo("you nesco");
    assertThat(Files.getPosixFilePermissions(lexicon)).isEqualTo(PosixFilePermissions.fromString("rw-rw-r--"));
    try (var files = Files.list(lexicon.getParent())) {
      assertThat(files).containsExactly(lexicon);
    }
  }

  @Test
  void aFileWithoutAFinalNewlineGetsOneBeforeTheEntry() throws Exception {
    Files.writeString(lexicon, "NASA = nasa");
    assertThat(add("Okonkwo = /' @U - k @ N - k w @U/")).isZero();
    assertThat(Files.readString(lexicon)).isEqualTo("NASA = nasa\nOkonkwo = /' @U - k @ N - k w @U/\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NASA = N A S A", "no equals sign", "two words = x", " = nothing written",
      "GPU =", "Zhao = /dZ aU", "Zhao = sh!ne", "#tag = hashtag"})
  void refusesADuplicateOrAMalformedEntryWithOneLineAndTouchesNothing(String entry) throws Exception {
    long modified = Files.getLastModifiedTime(lexicon).toMillis();
    assertThat(add(entry)).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).allMatch(line -> line.startsWith("paperledge: "));
    assertThat(Files.readString(lexicon)).isEqualTo(LEXICON);
    assertThat(Files.getLastModifiedTime(lexicon).toMillis()).isEqualTo(modified);
    try (var files = Files.list(lexicon.getParent())) {
      assertThat(files).containsExactly(lexicon);
    }
  }

  @Test
  void phonemesTheVoiceDoesNotHaveAreRefusedAndTheFileIsUntouched() throws Exception {
    String before = Files.readString(lexicon);
    assertThat(add("Bob = /b Q b/")).isEqualTo(2);
    assertThat(err.toString().strip()).contains("'Bob = /b Q b/': 'Q' is not a phoneme MaryTTS's English voice"
        + " knows (its phones: @ @U A AI");
    assertThat(Files.readString(lexicon)).isEqualTo(before);
  }

  @Test
  void aDuplicateNamesTheLineItIsOn() {
    assertThat(add("NASA = N A S A")).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("paperledge: " + lexicon + ":5: 'NASA' is already in the lexicon:"
        + " NASA = nasa");
  }

  @Test
  void aProfileWithoutALexiconFileIsAnError() throws Exception {
    Files.writeString(voices.resolve("host.yaml"), "speaker: Host\n");
    assertThat(add("UNESCO = unesco")).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("paperledge: " + voices.resolve("host.yaml")
        + ": names no lexicon file; add 'lexicon: host.lexicon' to it");
  }

  private Path episode(String frontMatter) throws IOException {
    return episode("ep.md", frontMatter);
  }

  private Path episode(String name, String frontMatter) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, "---\ntitle: T # the title\ndate: 2026-01-02\n" + frontMatter + "---\nHello there.\n");
    return file;
  }

  @Test
  void addsTheFirstEntryOfAnEpisodeAsANewMap() throws Exception {
    Path file = episode("");
    assertThat(add("Okonkwo = oh kon kwo", "--episode", file.toString())).isZero();
    assertThat(Files.readString(file)).isEqualTo("---\ntitle: T # the title\ndate: 2026-01-02\nlexicon:\n"
        + "  Okonkwo: oh kon kwo\n---\nHello there.\n");
  }

  @Test
  void addsToTheEndOfAnEpisodesMapInItsIndentationKeepingComments() throws Exception {
    Path file = episode("lexicon:   # names first\n    Zhao: jow\n    # then places\n    Oregon: or eh gun\n"
        + "explicit: false\n");
    assertThat(add("Ernis = /' r= - n I s/", "--episode", file.toString())).isZero();
    String text = Files.readString(file);
    assertThat(text).contains("lexicon:   # names first\n    Zhao: jow\n    # then places\n    Oregon: or eh gun\n"
        + "    Ernis: \"/' r= - n I s/\"\nexplicit: false\n");
    assertThat(new ScriptParser().parse(file).lexicon()).containsOnly(Map.entry("Zhao", "jow"),
        Map.entry("Oregon", "or eh gun"), Map.entry("Ernis", "/' r= - n I s/"));
  }

  @Test
  void anEmptyFlowMapBecomesABlock() throws Exception {
    Path file = episode("lexicon: {}\n");
    assertThat(add("NO = N O", "--episode", file.toString())).isZero();
    assertThat(new ScriptParser().parse(file).lexicon()).containsExactly(Map.entry("NO", "N O"));
    assertThat(Files.readString(file)).contains("lexicon:\n  \"NO\": N O\n");
  }

  @Test
  void refusesAnEpisodeDuplicateAndAOneLineMapTouchingNothing() throws Exception {
    Path file = episode("lexicon:\n  Zhao: jow\n");
    String before = Files.readString(file);
    assertThat(add("Zhao = jao", "--episode", file.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("paperledge: " + file + ": 'Zhao' is already in the episode's"
        + " lexicon: Zhao: jow");
    Path flow = episode("flow.md", "lexicon: {Zhao: jow}\n");
    String flowText = Files.readString(flow);
    assertThat(add("Okonkwo = oh kon kwo", "--episode", flow.toString())).isEqualTo(2);
    assertThat(Files.readString(flow)).isEqualTo(flowText);
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(Files.readString(lexicon)).isEqualTo(LEXICON);
  }

  @Test
  void aBrokenEpisodeIsReportedAndLeftAlone() throws Exception {
    Path file = dir.resolve("broken.md");
    Files.writeString(file, "---\ntitle: T\ndate: someday\n---\nHi.\n");
    assertThat(add("Zhao = jow", "--episode", file.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("paperledge: " + file + ":3: date must be a real date written"
        + " yyyy-mm-dd, not 'someday'");
    assertThat(Files.readString(file)).isEqualTo("---\ntitle: T\ndate: someday\n---\nHi.\n");
  }
}
