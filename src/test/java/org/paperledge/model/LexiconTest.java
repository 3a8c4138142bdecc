package org.paperledge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

  @TempDir
  Path dir;

  private Path file(String text) throws IOException {
    Path file = dir.resolve("test.lexicon");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void loadsEntriesSkippingCommentsAndBlankLines() throws Exception {
    Lexicon lexicon = Lexicon.load(file("""
        # A comment
           # an indented comment

        PaperLedge = paper ledge
          Ernis   =   /' r= - n I s/  \t
        arxiv=archive
        ICML = I C M L
        """));

    assertThat(lexicon.size()).isEqualTo(4);
    assertThat(lexicon.lookup("PaperLedge")).contains(new Lexicon.Entry("PaperLedge", "paper ledge", Optional.empty()));
    assertThat(lexicon.lookup("Ernis")).contains(new Lexicon.Entry("Ernis", "", Optional.of("' r= - n I s")));
    assertThat(lexicon.lookup("arxiv")).map(Lexicon.Entry::spoken).contains("archive");
    assertThat(lexicon.lookup("ICML")).map(Lexicon.Entry::spoken).contains("I C M L");
    assertThat(lexicon.lookup("#")).isEmpty();
  }

  @Test
  void emptyFileIsAnEmptyLexicon() throws Exception {
    assertThat(Lexicon.load(file("")).size()).isZero();
    assertThat(Lexicon.load(file("# only comments\n\n")).size()).isZero();
  }

  @Test
  void theShippedLexiconLoads() throws Exception {
    Path shipped = Path.of("voices", "ernis.lexicon");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(shipped));

    Lexicon lexicon = Lexicon.load(shipped);

    assertThat(lexicon.lookup("Ernis")).flatMap(Lexicon.Entry::phonemes).isPresent();
    assertThat(lexicon.lookup("PyTorch")).map(Lexicon.Entry::spoken).contains("pie torch");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "no equals sign here",
      "= spoken without written",
      "written =",
      "written =   ",
      "two words = spoken",
      "bad = /' p eI",
      "bad = //",
      "bad = <b>bold</b>",
      "bad = semi;colon",
  })
  void badLineIsAConfigExceptionNamingItsLine(String bad) throws IOException {
    Path file = file("# header\n\nfine = okay\n" + bad + "\nalso = fine\n");

    InputException e = catchThrowableOfType(InputException.class, () -> Lexicon.load(file));

    assertThat(e).as("for line '%s'", bad).isNotNull();
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.describe()).startsWith(file + ":4: ");
  }

  @Test
  void missingFileIsAConfigException() {
    Path missing = dir.resolve("nope.lexicon");
    InputException e = catchThrowableOfType(InputException.class, () -> Lexicon.load(missing));
    assertThat(e).isNotNull();
    assertThat(e.file()).isEqualTo(missing);
    assertThat(e.line()).isZero();
    assertThat(e.describe()).startsWith(missing + ": ");
  }

  @Test
  void lowercaseEntriesMatchAnyCase() throws Exception {
    Lexicon lexicon = Lexicon.load(file("softmax = soft max\n"));

    assertThat(lexicon.lookup("softmax")).isPresent();
    assertThat(lexicon.lookup("Softmax")).isPresent();
    assertThat(lexicon.lookup("SOFTMAX")).isPresent();
    assertThat(lexicon.lookup("SoftMax")).map(Lexicon.Entry::spoken).contains("soft max");
    assertThat(lexicon.lookup("softmaxes")).isEmpty();
  }

  @Test
  void mixedCaseEntriesMatchExactSpellingOnly() throws Exception {
    Lexicon lexicon = Lexicon.load(file("US = you ess\nLaTeX = lay tech\n"));

    assertThat(lexicon.lookup("US")).map(Lexicon.Entry::spoken).contains("you ess");
    assertThat(lexicon.lookup("us")).isEmpty();
    assertThat(lexicon.lookup("Us")).isEmpty();
    assertThat(lexicon.lookup("LaTeX")).isPresent();
    assertThat(lexicon.lookup("latex")).isEmpty();
    assertThat(lexicon.lookup("LATEX")).isEmpty();
  }

  @Test
  void exactEntryWinsOverFoldedOneForItsSpelling() throws Exception {
    Lexicon lexicon = Lexicon.load(file("arXiv = archive\narxiv = ar kive\n"));

    assertThat(lexicon.lookup("arXiv")).map(Lexicon.Entry::spoken).contains("archive");
    assertThat(lexicon.lookup("ARXIV")).map(Lexicon.Entry::spoken).contains("ar kive");
    assertThat(lexicon.size()).isEqualTo(2);
  }

  @Test
  void laterDuplicateLineWins() throws Exception {
    Lexicon lexicon = Lexicon.load(file("gpt = g p t\ngpt = jee pee tee\n"));
    assertThat(lexicon.size()).isEqualTo(1);
    assertThat(lexicon.lookup("GPT")).map(Lexicon.Entry::spoken).contains("jee pee tee");
  }

  @Test
  void withAddsEntriesThatTakePrecedence() throws Exception {
    Lexicon base = Lexicon.load(file("softmax = soft max\nGitHub = git hub\n"));
    Map<String, String> additions = new LinkedHashMap<>();
    additions.put("softmax", "soft maximum");
    additions.put("GitHub", "/' g I t - h V b/");
    additions.put("LoRA", "lora");

    Lexicon merged = base.with(additions);

    assertThat(merged.lookup("Softmax")).map(Lexicon.Entry::spoken).contains("soft maximum");
    assertThat(merged.lookup("GitHub")).flatMap(Lexicon.Entry::phonemes).contains("' g I t - h V b");
    assertThat(merged.lookup("LoRA")).map(Lexicon.Entry::spoken).contains("lora");
    assertThat(merged.lookup("lora")).isEmpty();
    assertThat(merged.size()).isEqualTo(3);
    // the base is unchanged
    assertThat(base.lookup("softmax")).map(Lexicon.Entry::spoken).contains("soft max");
    assertThat(base.lookup("LoRA")).isEmpty();
    assertThat(base.size()).isEqualTo(2);
  }

  @Test
  void withALowercaseAdditionOverridesABaseEntryOfAnyCase() throws Exception {
    // The voice lexicon has both "arXiv" (exact) and "arxiv"; an episode that says "arxiv: ar kive" must be
    // obeyed for "arXiv" too, since additions take precedence over the voice's lexicon.
    Lexicon base = Lexicon.load(file("arXiv = archive\narxiv = archive\n"));

    Lexicon merged = base.with(Map.of("arxiv", "ar kive"));

    assertThat(merged.lookup("arxiv")).map(Lexicon.Entry::spoken).contains("ar kive");
    assertThat(merged.lookup("ARXIV")).map(Lexicon.Entry::spoken).contains("ar kive");
    assertThat(merged.lookup("arXiv")).map(Lexicon.Entry::spoken).contains("ar kive");
  }

  @Test
  void withNothingIsTheSameLexicon() {
    assertThat(Lexicon.EMPTY.with(Map.of())).isSameAs(Lexicon.EMPTY);
    assertThat(Lexicon.EMPTY.size()).isZero();
    assertThat(Lexicon.EMPTY.lookup("anything")).isEmpty();
  }

  @Test
  void withRejectsJunk() {
    assertThatIllegalArgumentException().isThrownBy(() -> Lexicon.EMPTY.with(Map.of("x", "<script>")));
    assertThat(Lexicon.EMPTY.size()).isZero();
  }

  @Test
  void entryParsesWordsAndPhonemes() {
    assertThat(Lexicon.entry("NeurIPS", "neur ips")).isEqualTo(new Lexicon.Entry("NeurIPS", "neur ips",
        Optional.empty()));
    assertThat(Lexicon.entry("Ernis", "/ ' r= - n I s /")).isEqualTo(new Lexicon.Entry("Ernis", "",
        Optional.of("' r= - n I s")));
    assertThat(Lexicon.entry("x", "it's a, well - fine. 2 things")).extracting(Lexicon.Entry::spoken)
        .isEqualTo("it's a, well - fine. 2 things");
    assertThat(Lexicon.entry("café", "ka fay")).extracting(Lexicon.Entry::spoken).isEqualTo("ka fay");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "//", "/abc", "abc/", "a=b", "semi;colon", "<b>", "tab\there", "new\nline",
      "\"quoted\"", "a/b", "$5", "emoji 🎧"})
  void entryRejectsJunk(String spoken) {
    assertThatIllegalArgumentException().as("spoken '%s'", spoken).isThrownBy(() -> Lexicon.entry("word", spoken));
  }

  @Test
  void entryRejectsBlankPhonemes() {
    // "/ /" passes the length check but leaves an empty phoneme string, which gives the synthesizer nothing to say
    assertThatIllegalArgumentException().isThrownBy(() -> Lexicon.entry("word", "/ /"));
    assertThatIllegalArgumentException().isThrownBy(() -> Lexicon.entry("word", "/    /"));
  }

  @Test
  void inputExceptionsNameAsMuchOfThePlaceAsIsKnown() {
    assertThat(new InputException(Path.of("f.yaml"), 3, "boom").describe()).isEqualTo("f.yaml:3: boom");
    assertThat(new InputException(Path.of("f.yaml"), 3, 7, "boom").describe()).isEqualTo("f.yaml:3:7: boom");
    assertThat(new InputException(Path.of("f.yaml"), 0, 7, "boom").describe()).isEqualTo("f.yaml: boom");
  }
}
