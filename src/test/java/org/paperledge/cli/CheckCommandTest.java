package org.paperledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paperledge check}: findings, their positions, exit codes, and the spoken text. */
class CheckCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  private Path script(String body) throws IOException {
    Path file = dir.resolve("s.md");
    Files.writeString(file, "---\ntitle: T\ndate: 2026-01-02\n---\n" + body);
    return file;
  }

  @Test
  void plainEnglishGivesNoFindings() throws IOException {
    Path file = script("""
        Hey crew, today we are talking about how researchers trained a small model to listen to trees.
        They recorded thousands of clicks, labelled them carefully, and compared the predictions with
        measurements taken by hand. The results surprised everyone: the forecasts arrived days earlier,
        and the farmers who tested them were delighted. What would you measure if you could hear your garden?

        ## Why it matters

        Water is precious, and wasting it hurts communities that depend on rivers and wells. Better warnings
        mean smarter irrigation, healthier forests, and fewer surprises when summers get hotter and drier.
        """);
    assertThat(run("check", file.toString())).isZero();
    assertThat(out.toString().strip()).isEqualTo("1 scripts checked: 0 errors, 0 warnings");
  }

  @Test
  void reportsUnknownAcronymsAndWordsWithPositionAndASuggestion() throws IOException {
    Path file = script("Hey crew.\n\nThe XQZR team met Okonkwo at the lab.\n");
    assertThat(run("check", file.toString())).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).contains(file + ":7:5: warning: unknown acronym 'XQZR' will be spelled out (its letters do not"
        + " make English syllables); if it is said as a word, give it a lexicon entry in voices/ernis.lexicon"
        + " (suggested lexicon line: XQZR = X Q Z R)");
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .startsWith(file + ":7:19: warning: 'Okonkwo' is not in the voice's lexicon; MaryTTS will guess /")
        .contains("(suggested lexicon line: Okonkwo = /"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("1 scripts checked: 0 errors, 2 warnings");
  }

  @Test
  void knownAcronymsAndLexiconWordsAreNotReported() throws IOException {
    Path file = script("We trained BERT and LoRA adapters on 64 GPUs for NLP, then asked PaperLedge listeners.\n");
    assertThat(run("check", file.toString())).isZero();
    assertThat(out.toString().strip()).isEqualTo("1 scripts checked: 0 errors, 0 warnings");
  }

  @Test
  void strictMakesWarningsFail() throws IOException {
    Path file = script("The XQZR team.\n");
    assertThat(run("check", "--strict", file.toString())).isEqualTo(1);
  }

  @Test
  void errorsAreReportedWithLineAndFailWithTwo() throws IOException {
    Path file = dir.resolve("bad.md");
    Files.writeString(file, "---\ntitle: T\ndate: someday\n---\nHi.\n");
    assertThat(run("check", file.toString())).isEqualTo(2);
    assertThat(out.toString()).contains(file + ":3:1: error: date must be a real date written yyyy-mm-dd, not"
        + " 'someday'");
  }

  @Test
  void headingsWithNothingUnderThemAndCodeBlocksAreReported() throws IOException {
    Path file = script("Hello.\n\n## Empty\n\n## Full\n\nText.\n\n```\ncode\n```\n");
    assertThat(run("check", file.toString())).isZero();
    assertThat(out.toString()).contains(file + ":7:1: warning: heading 'Empty' has nothing under it")
        .contains(file + ":13:1: warning: code block is not read aloud");
  }

  @Test
  void symbolsThatAreNotReadAreReportedWithALineThatNamesThemButEmojiAreNot() throws IOException {
    Path file = script("The ¤ sign and § 3 are fun 🎉.\n");
    run("check", file.toString());
    assertThat(out.toString()).contains(file + ":5:5: warning: '¤' is not read aloud (suggested lexicon line:"
        + " ¤ = currency sign)").doesNotContain("§").doesNotContain("🎉");
  }

  @Test
  void aSymbolTheEpisodeLexiconNamesIsReadAsItSays() throws IOException {
    Path file = dir.resolve("s.md");
    Files.writeString(file, "---\ntitle: T\ndate: 2026-01-02\nlexicon:\n  \"¤\": currency\n---\nThe ¤ sign.\n");
    assertThat(run("check", "--spoken", file.toString())).isZero();
    assertThat(out.toString()).contains(file + ":7: The currency sign.");
  }

  @Test
  void acronymsSaidAsWordsAndSplitCompoundsAreListedWithALineThatPinsThem() throws IOException {
    Path file = script("UNESCO tested WhisperX and OpenVLA.\n");
    assertThat(run("check", file.toString())).isZero();
    assertThat(out.toString().lines().toList()).contains(
        file + ":5:1: warning: acronym 'UNESCO' will be said as the word 'unesco' ('unesco' is a word in MaryTTS's"
            + " dictionary); if it is spelled out, give it a lexicon entry in voices/ernis.lexicon (suggested"
            + " lexicon line: UNESCO = unesco)",
        file + ":5:15: warning: 'WhisperX' is read as a compound, 'whisper X' (split where the case changes:"
            + " Whisper + X); to read it otherwise, give it a lexicon entry in voices/ernis.lexicon (suggested"
            + " lexicon line: WhisperX = whisper X)",
        file + ":5:28: warning: 'OpenVLA' is read as a compound, 'open V L A' (split where the case changes:"
            + " Open + VLA; three capitals are spelled); to read it otherwise, give it a lexicon entry in"
            + " voices/ernis.lexicon (suggested lexicon line: OpenVLA = open V L A)");
  }

  @Test
  void theLexiconFileNamedIsTheOneTheProfileNames() throws IOException {
    Path voices = Files.createDirectories(dir.resolve("voices"));
    Files.writeString(voices.resolve("ernis.yaml"), "speaker: Ernis\nlexicon: words/host.lexicon\n");
    Files.createDirectories(voices.resolve("words"));
    Files.writeString(voices.resolve("words/host.lexicon"), "# empty\n");
    Path file = script("The XQZR team.\n");
    run("check", "--voices", voices.toString(), file.toString());
    assertThat(out.toString()).contains("give it a lexicon entry in " + voices.resolve("words/host.lexicon"));
  }

  @Test
  void explainPrintsEveryChangedSpanWithItsRuleAndReason() throws IOException {
    Path file = script("Hey crew. We ran GPT-4o and UNESCO data at 3.5 GHz, see Eq. (2).\n");
    assertThat(run("check", "--explain", file.toString())).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).containsSubsequence(
        file + ":5:18: 'GPT-4o' -> G P T four oh [lexicon, word]",
        file + ":5:29: 'UNESCO' -> unesco [acronym-word: 'unesco' is a word in MaryTTS's dictionary]",
        file + ":5:44: '3.5 GHz' -> three point five gigahertz [unit]",
        file + ":5:57: 'Eq. (2)' -> equation two [reference]");
    assertThat(lines).noneMatch(line -> line.contains("'crew.'") || line.contains("'ran'"));
    assertThat(lines.get(lines.size() - 1)).startsWith("1 scripts checked: 0 errors,");
  }

  @Test
  void aWordASayOrSpellControlPinsIsNotReportedButTheSameWordElsewhereIs() throws IOException {
    Path file = script("The [xylem](say \"/' z AI - l @ m/\") and [Qwzx](spell), then the xylem.\n");
    assertThat(run("check", file.toString())).isZero();
    // the last word of a sentence is read with its period (the abbreviation rule) and is checked as well
    assertThat(out.toString().lines().filter(l -> l.contains(": warning:")).toList())
        .containsExactly(file + ":5:65: warning: 'xylem' is not in the voice's lexicon; MaryTTS will guess"
            + " /' z AI - l @ m/ (suggested lexicon line: xylem = /' z AI - l @ m/)");
  }

  @Test
  void aLexiconEntryWithPhonemesTheVoiceDoesNotHaveIsAnErrorForCheckAndRender() throws IOException {
    Path voices = Files.createDirectories(dir.resolve("voices"));
    Files.writeString(voices.resolve("ernis.yaml"), "speaker: Ernis\nlexicon: ernis.lexicon\n");
    Path lexicon = voices.resolve("ernis.lexicon");
    Files.writeString(lexicon, "# names\nErnis = /' r= - n I s/\nBob = /b Q b/\n");
    Path file = script("Hello there.\n");
    assertThat(run("check", "--voices", voices.toString(), file.toString())).isEqualTo(2);
    assertThat(out.toString()).contains(lexicon + ":3:7: error: 'Q' is not a phoneme MaryTTS's English voice"
        + " knows in /b Q b/");
    Path output = dir.resolve("out");
    assertThat(run("render", file.toString(), "--voices", voices.toString(), "--out", output.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains(lexicon + ":3:7: 'Q' is not a phoneme");
    assertThat(output).doesNotExist();
  }

  @Test
  void longSentencesAreReported() throws IOException {
    Path file = script("word ".repeat(60).strip() + ".\n");
    run("check", file.toString());
    assertThat(out.toString()).contains(file + ":5:1: warning: sentence of 60 spoken words is long to say in one"
        + " breath");
  }

  @Test
  void spokenPrintsWhatTheVoiceIsGivenParagraphByParagraph() throws IOException {
    Path file = script("Hey PaperLedge crew, Ernis here!\n\n## Numbers\n\nGPT-4o scored 87.4% in 2024 (on 64 GPUs).\n");
    assertThat(run("check", "--spoken", file.toString())).isZero();
    assertThat(out.toString().lines().toList()).containsExactly(
        file + ": (intro) This is paper ledge, T.",
        file + ":5: Hey paper ledge crew, Ernis here!",
        file + ":9: G P T four oh scored eighty seven point four percent in twenty twenty four, on sixty four"
            + " G P Us.",
        file + ": (credit) Thanks for listening to paper ledge.");
  }

  @Test
  void spokenIncludesTheDisclosureWhenTheShowSaysItInTheIntro() throws IOException {
    Path show = dir.resolve("show.yaml");
    Files.writeString(show, Files.readString(Path.of("show.yaml")) + "\ndisclose-in-intro: true\n");
    Path file = script("Hello.\n");
    assertThat(run("check", "--spoken", "--show", show.toString(), "--voices", "voices", file.toString())).isZero();
    assertThat(out.toString().lines().toList()).startsWith(file + ": (intro) This is paper ledge, T.",
        file + ": (intro) Every voice you hear in this episode is synthetic, read from a script by text to speech"
            + " software.");
  }
}
