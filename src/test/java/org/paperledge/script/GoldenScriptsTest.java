package org.paperledge.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperledge.model.InputException;

/**
 * Golden files under {@code src/test/resources/scripts}.
 *
 * <p>{@code broken/NAME.md} must fail to parse; {@code broken/NAME.expected} holds {@code LINE: FRAGMENT}, the
 * exact line reported and a fragment of the message. {@code good/NAME.md} must parse into the chapter and paragraph
 * outline written in {@code good/NAME.expected}.
 */
class GoldenScriptsTest {
  private static final Pattern EXPECTED = Pattern.compile("(\\d+): (.+)");

  static Path resourceDir(String name) throws URISyntaxException {
    URL url = GoldenScriptsTest.class.getResource("/scripts/" + name);
    assertThat(url).as("test resource directory scripts/%s", name).isNotNull();
    return Path.of(url.toURI());
  }

  static Stream<Path> brokenScripts() throws IOException, URISyntaxException {
    return scripts("broken");
  }

  static Stream<Path> goodScripts() throws IOException, URISyntaxException {
    return scripts("good");
  }

  private static Stream<Path> scripts(String dir) throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(resourceDir(dir))) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
    }
  }

  @Test
  void everyBrokenScriptHasAnExpectation() throws Exception {
    List<Path> scripts = brokenScripts().toList();
    assertThat(scripts).hasSizeGreaterThanOrEqualTo(20);
    for (Path script : scripts) {
      assertThat(expectationFor(script)).as("expectation for %s", script.getFileName()).exists();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenScripts")
  void brokenScriptReportsLineAndMessage(Path script) throws IOException {
    String expected = Files.readString(expectationFor(script), StandardCharsets.UTF_8).strip();
    Matcher m = EXPECTED.matcher(expected);
    assertThat(m.matches()).as("%s must read 'LINE: FRAGMENT', not '%s'", expectationFor(script), expected)
        .isTrue();
    int line = Integer.parseInt(m.group(1));
    String fragment = m.group(2);

    InputException e;
    try {
      Script parsed = new ScriptParser().parse(script);
      e = fail("%s should not parse, but gave %s", script.getFileName(), parsed);
    } catch (InputException thrown) {
      e = thrown;
    }

    assertThat(e.getMessage()).as("message for %s", script.getFileName()).contains(fragment);
    assertThat(e.line()).as("line for %s (%s)", script.getFileName(), e.getMessage()).isEqualTo(line);
    assertThat(e.file()).isEqualTo(script);
    assertThat(e.describe()).isEqualTo(script + ":" + line + ": " + e.getMessage());
  }

  @Test
  void thereAreGoodScripts() throws Exception {
    assertThat(goodScripts()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodScripts")
  void goodScriptHasExpectedOutline(Path script) throws Exception {
    List<String> expected = Files.readAllLines(expectationFor(script), StandardCharsets.UTF_8);
    Script parsed = new ScriptParser().parse(script);
    assertThat(outline(parsed)).containsExactlyElementsOf(expected);
  }

  @Test
  void fullEpisodeFrontMatter() throws Exception {
    Script parsed = new ScriptParser().parse(resourceDir("good").resolve("full-episode.md"));
    EpisodeMeta meta = parsed.meta();
    assertThat(meta.title()).isEqualTo("Attention, Revisited");
    assertThat(meta.date()).hasToString("2026-03-14");
    assertThat(meta.slug()).isEqualTo("full-episode");
    assertThat(meta.episode()).hasValue(12);
    assertThat(meta.season()).hasValue(2);
    assertThat(meta.category()).contains("Machine Learning");
    assertThat(meta.paper()).hasValueSatisfying(uri -> assertThat(uri).hasToString("https://arxiv.org/abs/1706.03762"));
    assertThat(meta.authors()).containsExactly("Ashish Vaswani", "Noam Shazeer");
    assertThat(meta.summary()).isEqualTo("We reread a famous paper.");
    assertThat(meta.explicit()).isFalse();
    assertThat(meta.voice()).isEmpty();
    assertThat(meta.guid()).isEmpty();
  }

  private static List<String> outline(Script script) {
    List<String> out = new ArrayList<>();
    for (Script.Chapter chapter : script.chapters()) {
      out.add("# " + chapter.title() + " @" + chapter.line());
      for (Script.Paragraph p : chapter.paragraphs()) {
        out.add(p.line() + ": " + p.text());
      }
    }
    return out;
  }

  private static Path expectationFor(Path script) {
    String name = script.getFileName().toString();
    return script.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".expected");
  }
}
