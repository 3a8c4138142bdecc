package org.paperledge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;

class BenchScriptsTest {
  static final String SCRIPT = """
      ---
      title: "A test"
      # a YAML comment, not a heading
      date: 2026-01-05
      ---
      Opening words here.

      ## First heading

      First paragraph of one.

      ## Second heading

      Old paragraph, to be replaced. It has two sentences.

      Another paragraph.

      ### Third heading

      - a list item
      """;

  @Test
  void bodyIsEverythingAfterTheFrontMatter() {
    assertThat(BenchScripts.body(SCRIPT)).startsWith("Opening words here.\n\n## First heading")
        .endsWith("- a list item\n");
    assertThat(BenchScripts.body("---\r\ntitle: x\r\n...\r\nBody.\r\n")).isEqualTo("Body.\n");
    assertThatThrownBy(() -> BenchScripts.body("no front matter")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void replacesTheWholeFirstParagraphAfterTheGivenHeading() throws Exception {
    BenchScripts.Edit edit = BenchScripts.replaceParagraphAfterHeading(SCRIPT, 2, "A new paragraph.");
    assertThat(edit.line()).isEqualTo(14);
    assertThat(edit.before()).isEqualTo("Old paragraph, to be replaced. It has two sentences.");
    assertThat(edit.text()).isEqualTo(SCRIPT.replace(edit.before(), "A new paragraph."));
    Script script = new ScriptParser().parse(Path.of("t.md"), edit.text());
    assertThat(script.chapters().get(2).paragraphs()).extracting(Script.Paragraph::text, Script.Paragraph::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A new paragraph.", 14),
            org.assertj.core.groups.Tuple.tuple("Another paragraph.", 16));
  }

  @Test
  void refusesWhatIsNotAOneLinePlainParagraph() {
    assertThatThrownBy(() -> BenchScripts.replaceParagraphAfterHeading(SCRIPT, 3, "x"))
        .hasMessageContaining("not followed by a plain paragraph");
    assertThatThrownBy(() -> BenchScripts.replaceParagraphAfterHeading(SCRIPT, 4, "x"))
        .hasMessageContaining("3 headings, not 4");
    String twoLines = SCRIPT.replace("First paragraph of one.", "First line\nsecond line.");
    assertThatThrownBy(() -> BenchScripts.replaceParagraphAfterHeading(twoLines, 1, "x"))
        .hasMessageContaining("spans more than one line");
    assertThatThrownBy(() -> BenchScripts.replaceParagraphAfterHeading(SCRIPT, 1, "two\nlines"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void headingsInFencedCodeAreNotCounted() {
    String fenced = SCRIPT.replace("## First heading", "```\n## not a heading\n```\n\n## First heading");
    assertThat(BenchScripts.replaceParagraphAfterHeading(fenced, 2, "New.").before())
        .startsWith("Old paragraph");
  }

  @Test
  void partsGetTheirOwnChapterAndUniqueHeadings() {
    assertThat(BenchScripts.part(3, "A test", BenchScripts.body(SCRIPT)))
        .startsWith("# Part 3: A test\n\nOpening words here.\n\n## First heading (part 3)\n")
        .contains("### Third heading (part 3)\n")
        .endsWith("- a list item\n");
  }

  @Test
  void composesSamplesInTurnUntilTheWordTarget() throws Exception {
    ScriptParser parser = new ScriptParser();
    int words = PipelineBenchmark.spokenWords(parser.parse(Path.of("t.md"), SCRIPT));
    assertThat(words).isEqualTo(21);
    List<BenchScripts.Sample> samples = List.of(new BenchScripts.Sample("A test", BenchScripts.body(SCRIPT), words),
        new BenchScripts.Sample("Other", "Just one paragraph here.\n", 4));
    BenchScripts.Composed composed = BenchScripts.compose("title: Long\ndate: 2026-12-28\n", samples, 50);
    assertThat(composed.parts()).isEqualTo(4); // 21 + 4 + 21 + 4
    assertThat(composed.spokenWords()).isEqualTo(50);
    Script script = parser.parse(Path.of("long.md"), composed.text());
    assertThat(script.meta().title()).isEqualTo("Long");
    assertThat(PipelineBenchmark.spokenWords(script)).isEqualTo(50);
    assertThat(script.chapters()).extracting(Script.Chapter::title).doesNotHaveDuplicates()
        .startsWith("Part 1: A test", "First heading (part 1)", "Second heading (part 1)", "Third heading (part 1)",
            "Part 2: Other", "Part 3: A test");
  }
}
