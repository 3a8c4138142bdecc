package org.paperledge.script;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.paperledge.model.InputException;

/** Shared helpers for the script tests. */
public final class TestScripts {
  /** Front matter with the two required keys; the body that follows it starts on line 5. */
  static final String MINIMAL_FRONT = "---\ntitle: Test episode\ndate: 2026-01-05\n---\n";

  private TestScripts() {}

  /** A script with {@link #MINIMAL_FRONT} and {@code body}, whose first line is script line 5. */
  static String withBody(String body) {
    return MINIMAL_FRONT + body;
  }

  /** A script made of {@code frontLines} between fences (line 2 onwards) followed by {@code body}. */
  static String script(String frontLines, String body) {
    return "---\n" + frontLines + "---\n" + body;
  }

  static Script parse(String text) throws InputException {
    return new ScriptParser().parse(Path.of("test-episode.md"), text);
  }

  static Script parse(String fileName, String text) throws InputException {
    return new ScriptParser().parse(Path.of(fileName), text);
  }

  /** Parses {@code text} expecting failure, and returns the exception. */
  static InputException parseFailure(ScriptParser parser, String text) {
    try {
      Script script = parser.parse(Path.of("broken.md"), text);
      return fail("expected a InputException but parsed " + script);
    } catch (InputException e) {
      return e;
    }
  }

  static InputException parseFailure(String text) {
    return parseFailure(new ScriptParser(), text);
  }

  /** All paragraph texts of {@code script}, in order. */
  static List<String> texts(Script script) {
    return script.chapters().stream()
        .flatMap(c -> c.paragraphs().stream())
        .map(Script.Paragraph::text)
        .toList();
  }

  /** All paragraph lines of {@code script}, in order. */
  static List<Integer> lines(Script script) {
    return script.chapters().stream()
        .flatMap(c -> c.paragraphs().stream())
        .map(Script.Paragraph::line)
        .toList();
  }

  static EpisodeMeta meta() {
    return new EpisodeMeta("T", LocalDate.of(2026, 1, 5), "t", OptionalInt.empty(), OptionalInt.empty(),
        Optional.empty(), Optional.empty(), List.of(), "", Optional.empty(), false, Optional.empty(), java.util.Map.of());
  }

  /** A script built directly from chapters, bypassing the parser. */
  static Script scriptOf(Script.Chapter... chapters) {
    return new Script(Path.of("t.md"), meta(), List.of(chapters), Map.of(), List.of());
  }

  public static Script.Chapter chapter(String title, int line, Script.Paragraph... paragraphs) {
    return new Script.Chapter(title, line, List.of(paragraphs), java.util.Optional.empty());
  }

  public static Script.Paragraph paragraph(String text, int line) {
    return new Script.Paragraph(text, line, SourceMap.atLine(line, text.length()), java.util.Optional.empty(), false,
        List.of(), Script.ListPosition.NONE);
  }
}
