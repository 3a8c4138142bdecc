package org.paperledge.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperledge.script.TestScripts.MINIMAL_FRONT;
import static org.paperledge.script.TestScripts.lines;
import static org.paperledge.script.TestScripts.parse;
import static org.paperledge.script.TestScripts.parseFailure;
import static org.paperledge.script.TestScripts.script;
import static org.paperledge.script.TestScripts.texts;
import static org.paperledge.script.TestScripts.withBody;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperledge.model.InputException;

class ScriptParserTest {

  @Nested
  class FrontMatterErrors {
    @Test
    void noFrontMatter() {
      InputException e = parseFailure("Hello.\n\n# Chapter\n\nText.\n");
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.getMessage()).contains("must start with YAML front matter");
    }

    @Test
    void emptyFile() {
      InputException e = parseFailure("");
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.getMessage()).contains("must start with YAML front matter");
    }

    @Test
    void unterminatedFrontMatterPointsAtOpeningFence() {
      InputException e = parseFailure("---\ntitle: T\ndate: 2026-01-05\n\n# Chapter\n\nText.\n");
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.getMessage()).contains("never closed");
    }

    @Test
    void invalidYamlReportsTheOffendingLine() {
      InputException e = parseFailure(script("""
          title: T
          date: 2026-01-05
          authors:
            - Ada
           - Alan
          summary: fine
          """, "Hello.\n"));
      assertThat(e.line()).isEqualTo(6);
      assertThat(e.getMessage()).startsWith("invalid YAML in front matter:");
    }

    @Test
    void tabIndentationIsInvalidYamlOnItsLine() {
      InputException e = parseFailure(script("title: T\n\tdate: 2026-01-05\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.getMessage()).contains("invalid YAML").contains("TAB");
    }

    @Test
    void missingTitle() {
      InputException e = parseFailure(script("date: 2026-01-05\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.getMessage()).contains("lacks the required key 'title'");
    }

    @Test
    void emptyTitleOnItsLine() {
      InputException e = parseFailure(script("date: 2026-01-05\nsummary: x\ntitle: ''\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("'title' must not be empty");
    }

    @Test
    void titleTooLong() {
      InputException e = parseFailure(script("date: 2026-01-05\ntitle: " + "x".repeat(501) + "\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.getMessage()).contains("title is longer than 500");
    }

    @Test
    void missingDate() {
      InputException e = parseFailure(script("title: T\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.getMessage()).contains("lacks the required key 'date'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "26-1-5", "2026-1-5", "2026-13-01", "05/01/2026", "2026-01-05T10:00",
        "tomorrow"})
    void invalidDate(String date) {
      InputException e = parseFailure(script("title: T\nsummary: s\ndate: " + date + "\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("date must be a real date written yyyy-mm-dd").contains(date);
    }

    @Test
    void leapDayIsAccepted() throws InputException {
      Script s = parse(script("title: T\ndate: 2028-02-29\n", "Hello.\n"));
      assertThat(s.meta().date()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void unknownKeyNamesTheTypoAndItsLine() {
      InputException e = parseFailure(script("date: 2026-01-05\ntittle: Typo\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.getMessage()).contains("unknown front matter key 'tittle'").contains("title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Upper-Case", "../evil", "épisode", "a b", "double--hyphen", "-leading", "trailing-",
        "under_score", "dot.ted"})
    void invalidSlug(String slug) {
      InputException e = parseFailure(script("title: T\ndate: 2026-01-05\nslug: '" + slug + "'\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("slug '" + slug + "'").contains("lowercase ASCII");
    }

    @Test
    void slugTooLong() {
      String slug = "a".repeat(Slugs.MAX_LENGTH + 1);
      InputException e = parseFailure(script("title: T\ndate: 2026-01-05\nslug: " + slug + "\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("at most " + Slugs.MAX_LENGTH);
    }

    @Test
    void unknownVoice() {
      ScriptParser parser = new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES, name -> name.equals("ernis"), "Ernis");
      InputException e = parseFailure(parser, script("title: T\ndate: 2026-01-05\nvoice: bob\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("unknown voice 'bob'");
    }

    @Test
    void knownVoiceIsAccepted() throws InputException {
      ScriptParser parser = new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES, name -> name.equals("ernis"), "Ernis");
      Script s = parser.parse(Path.of("x.md"), script("title: T\ndate: 2026-01-05\nvoice: ernis\n", "Hello.\n"));
      assertThat(s.meta().voice()).contains("ernis");
    }

    @Test
    void voiceNameWithPathCharactersIsRejectedBeforeLookup() {
      ScriptParser parser = new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES, name -> true, "Ernis");
      InputException e = parseFailure(parser, script("title: T\ndate: 2026-01-05\nvoice: ../x\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("voice must name a profile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/p.pdf", "file:///etc/passwd", "example.org/paper", "javascript:alert(1)",
        "https://", "not a url"})
    void paperMustBeHttpUrl(String paper) {
      InputException e = parseFailure(script("title: T\ndate: 2026-01-05\npaper: '" + paper + "'\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("paper must be an http(s) URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seven", "1.5", "-1", "12abc"})
    void episodeMustBeANumber(String episode) {
      InputException e = parseFailure(script("title: T\ndate: 2026-01-05\nepisode: " + episode + "\n",
          "Hello.\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("'episode' must be a whole number, not '" + episode + "'");
    }

    @Test
    void explicitMustBeBoolean() {
      InputException e = parseFailure(script("title: T\ndate: 2026-01-05\nexplicit: sometimes\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("'explicit' must be true or false, not 'sometimes'");
    }

    @Test
    void authorsMustBeAList() {
      InputException e = parseFailure(script("title: T\ndate: 2026-01-05\nauthors: {first: Ada}\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("'authors' must be a list of names");
    }

    @Test
    void authorsListItemsMustBeNames() {
      InputException e = parseFailure(script("title: T\ndate: 2026-01-05\nauthors:\n  - Ada\n  - ''\n",
          "Hello.\n"));
      assertThat(e.line()).isEqualTo(6);
      assertThat(e.getMessage()).contains("each author must be a non-empty name");
    }

    @Test
    void duplicateKeyIsRejected() {
      // FrontMatter sets LoaderOptions.setAllowDuplicateKeys(false), so a repeated key must not pass silently.
      InputException e = parseFailure(script("title: First\ndate: 2026-01-05\ntitle: Second\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).containsIgnoringCase("duplicate");
    }

    @Test
    void lexiconMustBeAMap() {
      InputException e = parseFailure(script("title: T\ndate: 2026-01-05\nlexicon: [a, b]\n", "Hello.\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("'lexicon' must map written forms to spoken forms");
    }

    @Test
    void lexiconEntryWithBadSpokenForm() {
      InputException e = parseFailure(script("title: T\ndate: 2026-01-05\nlexicon:\n  SQL: sequel\n  GPU: '<g>'\n",
          "Hello.\n"));
      assertThat(e.line()).isEqualTo(6);
      assertThat(e.getMessage()).contains("lexicon entry 'GPU'");
    }

    @Test
    void emptyBodyReportsClosingFence() {
      InputException e = parseFailure(script("title: T\ndate: 2026-01-05\nsummary: s\n", "\n\n   \n"));
      assertThat(e.line()).isEqualTo(5);
      assertThat(e.getMessage()).contains("script body has nothing to say");
    }

    @Test
    void bodyWithHeadingsOnly() {
      InputException e = parseFailure(withBody("# One\n\n## Two\n\n```\ncode\n```\n"));
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("only headings");
    }

    @Test
    void slugCannotBeDerivedFromFileName() {
      try {
        Script s = new ScriptParser().parse(Path.of("日本語.md"), withBody("Hello.\n"));
        org.assertj.core.api.Assertions.fail("parsed " + s);
      } catch (InputException e) {
        assertThat(e.line()).isZero();
        assertThat(e.getMessage()).contains("cannot derive a slug");
        assertThat(e.describe()).isEqualTo("日本語.md: " + e.getMessage());
      }
    }
  }

  @Nested
  class FileErrors {
    @TempDir
    Path dir;

    @Test
    void nonUtf8BytesReportTheirLine() throws Exception {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(withBody("Hello.\n\nCaf").getBytes(StandardCharsets.UTF_8));
      int badIndex = out.size();
      out.write(0xE9); // Latin-1 'é'
      out.writeBytes(" au lait.\n".getBytes(StandardCharsets.UTF_8));
      Path file = dir.resolve("latin1.md");
      Files.write(file, out.toByteArray());

      InputException e = failOn(file);
      assertThat(e.line()).isEqualTo(7);
      assertThat(e.getMessage()).contains("not valid UTF-8").contains("byte " + (badIndex + 1));
      assertThat(e.file()).isEqualTo(file);
    }

    @Test
    void nonUtf8InFrontMatter() throws Exception {
      byte[] bytes = "---\ntitle: Caf\u0000\n".getBytes(StandardCharsets.UTF_8);
      bytes[bytes.length - 2] = (byte) 0xFF;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(bytes);
      out.writeBytes("date: 2026-01-05\n---\nHello.\n".getBytes(StandardCharsets.UTF_8));
      Path file = dir.resolve("ff.md");
      Files.write(file, out.toByteArray());

      InputException e = failOn(file);
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.getMessage()).contains("not valid UTF-8");
    }

    @Test
    void nulBytesInFile() throws Exception {
      Path file = dir.resolve("nul.md");
      Files.writeString(file, withBody("Hello.\n\nBinary\u0000junk.\n"), StandardCharsets.UTF_8);
      InputException e = failOn(file);
      assertThat(e.line()).isEqualTo(7);
      assertThat(e.getMessage()).contains("NUL bytes");
    }

    @Test
    void nulBytesInTextWithCrlf() {
      InputException e = parseFailure("---\r\ntitle: T\r\ndate: 2026-01-05\r\n\u0000---\r\nHello.\r\n");
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("NUL bytes");
    }

    @Test
    void overTheSizeLimit() throws Exception {
      Path file = dir.resolve("big.md");
      String text = withBody("x".repeat(200) + ".\n");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      InputException e = failOn(new ScriptParser(100, n -> true, "Ernis"), file);
      assertThat(e.line()).isZero();
      assertThat(e.getMessage()).contains(text.length() + " bytes").contains("over the limit of 100");
      assertThat(e.describe()).isEqualTo(file + ": " + e.getMessage());
    }

    @Test
    void exactlyAtTheSizeLimitIsAccepted() throws Exception {
      Path file = dir.resolve("fits.md");
      String head = withBody("");
      String text = head + "y".repeat(100 - head.length() - 2) + ".\n";
      assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(100);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      Script s = new ScriptParser(100, n -> true, "Ernis").parse(file);
      assertThat(texts(s)).hasSize(1);
    }

    @Test
    void missingFile() {
      Path file = dir.resolve("absent.md");
      InputException e = failOn(file);
      assertThat(e.line()).isZero();
      assertThat(e.getMessage()).contains("cannot read script");
    }

    @Test
    void utf8BomInFile() throws Exception {
      Path file = dir.resolve("bom.md");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(0xEF);
      out.write(0xBB);
      out.write(0xBF);
      out.writeBytes(withBody("Héllo.\n").getBytes(StandardCharsets.UTF_8));
      Files.write(file, out.toByteArray());
      Script s = new ScriptParser().parse(file);
      assertThat(s.meta().title()).isEqualTo("Test episode");
      assertThat(s.meta().slug()).isEqualTo("bom");
      assertThat(texts(s)).containsExactly("Héllo.");
      assertThat(lines(s)).containsExactly(5);
    }

    private InputException failOn(Path file) {
      return failOn(new ScriptParser(), file);
    }

    private InputException failOn(ScriptParser parser, Path file) {
      try {
        Script s = parser.parse(file);
        return org.assertj.core.api.Assertions.fail("expected a InputException but parsed " + s);
      } catch (InputException e) {
        return e;
      }
    }
  }

  @Nested
  class Parses {
    @Test
    void utf8BomInText() throws InputException {
      Script s = parse("\uFEFF" + withBody("Hello.\n"));
      assertThat(s.meta().title()).isEqualTo("Test episode");
      assertThat(texts(s)).containsExactly("Hello.");
    }

    @Test
    void crlfLineEndingsKeepLineNumbers() throws InputException {
      String text = "---\r\ntitle: Windows\r\ndate: 2026-01-05\r\n---\r\nFirst words.\r\n\r\n# Chapter\r\n\r\n"
          + "Second\r\nparagraph.\r\n";
      Script s = parse(text);
      assertThat(s.meta().title()).isEqualTo("Windows");
      assertThat(s.chapters()).extracting(Script.Chapter::title, Script.Chapter::line)
          .containsExactly(org.assertj.core.api.Assertions.tuple("Introduction", 5),
              org.assertj.core.api.Assertions.tuple("Chapter", 7));
      assertThat(texts(s)).containsExactly("First words.", "Second paragraph.");
      assertThat(lines(s)).containsExactly(5, 9);
    }

    @Test
    void crlfErrorLineNumbers() {
      InputException e = parseFailure("---\r\ntitle: T\r\nsummary: s\r\ndate: 2026-02-30\r\n---\r\nHello.\r\n");
      assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void bareCarriageReturnLineEndings() throws InputException {
      Script s = parse("---\rtitle: Mac\rdate: 2026-01-05\r---\rOne.\r\r# Two\r\rThree.\r");
      assertThat(texts(s)).containsExactly("One.", "Three.");
      assertThat(lines(s)).containsExactly(5, 9);
    }

    @Test
    void controlCharactersInTextAreRemoved() throws InputException {
      Script s = parse(withBody("Bell\u0007 and esc\u001Bape\u007F and\u0085 del.\n\n# Ti\u0001tle\n\nText.\n"));
      assertThat(texts(s)).containsExactly("Bell and escape and del.", "Text.");
      assertThat(s.chapters().get(1).title()).isEqualTo("Title");
      for (String text : texts(s)) {
        assertThat(text.codePoints().filter(Character::isISOControl).count()).isZero();
      }
    }

    @Test
    void linkReadsItsTextNotItsUrl() throws InputException {
      Script s = parse(withBody("Read [the paper](https://example.org/p.pdf \"Title\") today.\n"));
      assertThat(texts(s)).containsExactly("Read the paper today.");
    }

    @Test
    void referenceLinkReadsItsText() throws InputException {
      Script s = parse(withBody("See [the code][repo] now.\n\n[repo]: https://example.org/repo\n"));
      assertThat(texts(s)).containsExactly("See the code now.");
    }

    @Test
    void inlineMarkupIsReadAsPlainText() throws InputException {
      Script s = parse(withBody("Call `softmax` with *care*, **weight** and _ease_ and ~plain~.\n"));
      assertThat(texts(s)).containsExactly("Call softmax with care, weight and ease and ~plain~.");
    }

    @Test
    void softAndHardLineBreaksBecomeSpaces() throws InputException {
      Script s = parse(withBody("One line\nnext line  \nhard break\\\nlast.\n"));
      assertThat(texts(s)).containsExactly("One line next line hard break last.");
    }

    @Test
    void listsAreReadItemByItem() throws InputException {
      Script s = parse(withBody("Intro.\n\n- first item\n- second item\n\n1. one\n2. two\n"));
      assertThat(texts(s)).containsExactly("Intro.", "first item", "second item", "one", "two");
      assertThat(lines(s)).containsExactly(5, 7, 8, 10, 11);
    }

    @Test
    void nestedListsAndQuotes() throws InputException {
      Script s = parse(withBody("""
          - outer one
            - inner a
            - inner b
          - outer two

          > quoted line
          >
          > > nested quote
          >
          > - list in quote
          """));
      assertThat(texts(s)).containsExactly("outer one", "inner a", "inner b", "outer two", "quoted line",
          "nested quote", "list in quote");
      assertThat(lines(s)).containsExactly(5, 6, 7, 8, 10, 12, 14);
    }

    @Test
    void codeBlocksAndHtmlAreNotSpoken() throws InputException {
      Script s = parse(withBody("""
          Before code.

          ```java
          System.out.println("fenced");
          ```

              indented code

          <div>
          raw html
          </div>

          After code.
          """));
      assertThat(texts(s)).containsExactly("Before code.", "After code.");
      assertThat(lines(s)).containsExactly(5, 17);
    }

    @Test
    void imagesAreNotSpoken() throws InputException {
      Script s = parse(withBody("Look ![a chart](chart.png) here.\n"));
      assertThat(texts(s)).containsExactly("Look here.");
    }

    @Test
    void headingLevelsFourAndDeeperAreParagraphs() throws InputException {
      Script s = parse(withBody("# Chapter\n\n#### Small heading\n\nText.\n\n###### Tiny\n"));
      assertThat(s.chapters()).hasSize(1);
      assertThat(s.chapters().get(0).title()).isEqualTo("Chapter");
      assertThat(texts(s)).containsExactly("Small heading", "Text.", "Tiny");
      assertThat(lines(s)).containsExactly(7, 9, 11);
    }

    @Test
    void headingLevelsOneToThreeStartChapters() throws InputException {
      Script s = parse(withBody("# One\n\na.\n\n## Two\n\nb.\n\n### Three\n\nc.\n\nSetext\n======\n\nd.\n"));
      assertThat(s.chapters()).extracting(Script.Chapter::title)
          .containsExactly("One", "Two", "Three", "Setext");
      assertThat(s.chapters()).extracting(Script.Chapter::line).containsExactly(5, 9, 13, 17);
    }

    @Test
    void textBeforeFirstHeadingIsTheIntroduction() throws InputException {
      Script s = parse(withBody("\n\nOpening words.\n\nMore opening.\n\n# First\n\nBody.\n"));
      assertThat(s.chapters()).hasSize(2);
      Script.Chapter intro = s.chapters().get(0);
      assertThat(intro.title()).isEqualTo("Introduction").isEqualTo(MarkdownBody.OPENING_TITLE);
      assertThat(intro.line()).isEqualTo(7);
      assertThat(intro.paragraphs()).extracting(Script.Paragraph::text)
          .containsExactly("Opening words.", "More opening.");
      assertThat(s.chapters().get(1).title()).isEqualTo("First");
      assertThat(s.chapters().get(1).line()).isEqualTo(11);
    }

    @Test
    void noIntroductionWhenBodyStartsWithHeading() throws InputException {
      Script s = parse(withBody("# First\n\nBody.\n"));
      assertThat(s.chapters()).extracting(Script.Chapter::title).containsExactly("First");
    }

    @Test
    void lineNumbersAccountForLongFrontMatter() throws InputException {
      String front = """
          title: Long front matter
          date: 2026-01-05
          authors:
            - Ada Lovelace
            - Alan Turing
          summary: >
            A folded summary
            over two lines.
          lexicon:
            SQL: sequel
          """;
      // Fences on lines 1 and 12; the body starts on line 13.
      Script s = parse(script(front, "Opening.\n\n## Methods\n\nWe measured\nthings.\n\nAgain.\n"));
      assertThat(s.chapters()).extracting(Script.Chapter::line).containsExactly(13, 15);
      assertThat(lines(s)).containsExactly(13, 17, 20);
      assertThat(s.meta().summary()).isEqualTo("A folded summary over two lines.");
      assertThat(s.lexicon()).isEqualTo(Map.of("SQL", "sequel"));
    }

    @Test
    void veryLongHeadingIsCapped() throws InputException {
      String heading = "word ".repeat(400).strip();
      Script s = parse(withBody("# " + heading + "\n\nText.\n"));
      String title = s.chapters().get(0).title();
      assertThat(title.length()).isBetween(990, 1000);
      assertThat(title).endsWith("...").startsWith("word word");
      assertThat(heading).startsWith(title.substring(0, title.length() - 3).strip());
    }

    @Test
    void cappedHeadingDoesNotSplitASurrogatePair() throws InputException {
      // 996 ASCII characters, then emoji: the cap at 997 characters falls between the halves of a pair.
      String heading = "a".repeat(996) + "\uD83D\uDE00".repeat(20);
      Script s = parse(withBody("# " + heading + "\n\nText.\n"));
      String title = s.chapters().get(0).title();
      assertThat(title).endsWith("...");
      assertThat(hasUnpairedSurrogate(title)).as("unpaired surrogate in capped title").isFalse();
    }

    @Test
    void emptyHeadingGetsANumberedTitle() throws InputException {
      Script s = parse(withBody("Intro.\n\n#\n\nText.\n"));
      assertThat(s.chapters()).extracting(Script.Chapter::title).containsExactly("Introduction", "Chapter 2");
    }

    @Test
    void slugFromFileNameDropsAccents() throws InputException {
      Script s = parse("Épisode Ünö.md", withBody("Hello.\n"));
      assertThat(s.meta().slug()).isEqualTo("episode-uno");
    }

    @Test
    void slugFromDecomposedFileName() throws InputException {
      Script s = parse("E\u0301pisode  2 — Final!.md", withBody("Hello.\n"));
      assertThat(s.meta().slug()).isEqualTo("episode-2-final");
    }

    @Test
    void explicitSlugOverridesFileName() throws InputException {
      Script s = parse("Whatever.md", script("title: T\ndate: 2026-01-05\nslug: my-episode-2\n", "Hi.\n"));
      assertThat(s.meta().slug()).isEqualTo("my-episode-2");
    }

    @Test
    void authorsAsSingleString() throws InputException {
      Script s = parse(script("title: T\ndate: 2026-01-05\nauthors: Ada Lovelace\n", "Hi.\n"));
      assertThat(s.meta().authors()).containsExactly("Ada Lovelace");
    }

    @Test
    void authorsAsListKeepOrder() throws InputException {
      Script s = parse(script("title: T\ndate: 2026-01-05\nauthors: [Zed, Ada, Mia]\n", "Hi.\n"));
      assertThat(s.meta().authors()).containsExactly("Zed", "Ada", "Mia");
    }

    @Test
    void optionalFieldsAbsent() throws InputException {
      Script s = parse(withBody("Hi.\n"));
      EpisodeMeta m = s.meta();
      assertThat(m.title()).isEqualTo("Test episode");
      assertThat(m.date()).isEqualTo(LocalDate.of(2026, 1, 5));
      assertThat(m.slug()).isEqualTo("test-episode");
      assertThat(m.episode()).isEmpty();
      assertThat(m.season()).isEmpty();
      assertThat(m.category()).isEmpty();
      assertThat(m.paper()).isEmpty();
      assertThat(m.authors()).isEmpty();
      assertThat(m.summary()).isEmpty();
      assertThat(m.voice()).isEmpty();
      assertThat(m.explicit()).isFalse();
      assertThat(m.guid()).isEmpty();
      assertThat(s.lexicon()).isEmpty();
    }

    @Test
    void allOptionalFields() throws InputException {
      Script s = parse(script("""
          title: '  Spaced title  '
          date: "2026-01-05"
          episode: 7
          season: 0
          category: Physics
          paper: HTTP://Example.org/paper?id=3
          summary: Short.
          voice: ernis
          explicit: Yes
          guid: urn:uuid:1234
          lexicon:
            Ernis: /' @r - n I s/
          """, "Hi.\n"));
      EpisodeMeta m = s.meta();
      assertThat(m.title()).isEqualTo("Spaced title");
      assertThat(m.episode()).hasValue(7);
      assertThat(m.season()).hasValue(0);
      assertThat(m.category()).contains("Physics");
      assertThat(m.paper()).hasValueSatisfying(u -> assertThat(u.getHost()).isEqualTo("Example.org"));
      assertThat(m.summary()).isEqualTo("Short.");
      assertThat(m.voice()).contains("ernis");
      assertThat(m.explicit()).isTrue();
      assertThat(m.guid()).contains("urn:uuid:1234");
      assertThat(s.lexicon()).containsEntry("Ernis", "/' @r - n I s/");
    }

    @Test
    void closingFenceMayHaveTrailingSpaces() throws InputException {
      Script s = parse("---  \ntitle: T\ndate: 2026-01-05\n---   \nHi.\n");
      assertThat(texts(s)).containsExactly("Hi.");
      assertThat(lines(s)).containsExactly(5);
    }

    @Test
    void thematicBreakInBodyIsNotAFence() throws InputException {
      Script s = parse(MINIMAL_FRONT + "One.\n\n---\n\nTwo.\n");
      assertThat(texts(s)).containsExactly("One.", "Two.");
      assertThat(lines(s)).containsExactly(5, 9);
    }
  }

  static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void describeIncludesFileAndLine() {
    InputException e = new InputException(Path.of("a.md"), 3, "boom");
    assertThat(e.describe()).isEqualTo("a.md:3: boom");
    assertThat(new InputException(Path.of("a.md"), 0, "boom").describe()).isEqualTo("a.md: boom");
    assertThat(List.of(e.line(), e.file())).containsExactly(3, Path.of("a.md"));
  }
}
