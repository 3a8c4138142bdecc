package org.paperledge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.cli.Main;

/**
 * Odd but valid scripts render, with real MaryTTS and FFmpeg: a byte order mark, CRLF line endings, a long
 * paragraph without punctuation, nested lists and quotes, control characters, a 2,000-character heading, and
 * characters hostile to XML, ffmetadata and WebVTT.
 */
class OddInputIT {
  @TempDir
  Path dir;

  @Test
  void rendersAndPublishesWholeFiles() throws Exception {
    String hostile = "Q&A <b> \"quoted\" 'single' ]]> a=b; c#d \\\\ --> \u202Eevil\u202C עברית 🎧";
    String longHeading = "Long " + "heading ".repeat(250);
    String unpunctuated = "and then the model kept going ".repeat(60);
    // YAML itself refuses control and bidi-override characters in the front matter; the body may hold them.
    String script = "\uFEFF---\r\ntitle: 'Q&A <b> \"quoted\" ]]> a=b; c#d --> עברית 🎧'\r\ndate: 2026-05-06\r\n"
        + "authors:\r\n  - \"A & B <C>\"\r\nsummary: \"]]> and <tags> stay text\"\r\n---\r\n"
        + "Hello\u0001 there\u0008, crew.\r\n\r\n"
        + "## " + hostile + "\r\n\r\n"
        + unpunctuated + "\r\n\r\n"
        + "## " + longHeading + "\r\n\r\n"
        + "- one\r\n  - two\r\n    - three\r\n      > quoted inside\r\n        > > deeper still\r\n";
    Path file = dir.resolve("odd.md");
    Files.write(file, script.getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "render", file.toString(),
        "--out", out.toString(), "--no-cache");
    assertThat(code).as(err.toString()).isZero();

    Map<String, String> fields = new Probe().fields(out.resolve("odd.mp3"));
    assertThat(fields.get("chapters.chapter.1.tags.title")).contains("Q&A").contains("]]>").contains("עברית")
        .doesNotContain("<b>"); // raw HTML in Markdown is not text
    assertThat(fields.get("chapters.chapter.2.tags.title")).hasSizeLessThanOrEqualTo(1000).endsWith("...");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
    factory.newDocumentBuilder().parse(out.resolve("odd.xml").toFile());
    String vtt = Files.readString(out.resolve("odd.vtt"));
    assertThat(vtt.lines().filter(l -> l.contains("-->")).allMatch(l -> l.matches("[0-9:.]{12} --> [0-9:.]{12}")))
        .as("only timing lines contain -->").isTrue();
    assertThat(vtt).doesNotContain("\u0001").doesNotContain("\u0008");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList()).isEmpty();
    }
  }
}
