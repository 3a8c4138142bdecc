package org.paperledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus through the command line: every broken script (the golden corpus in
 * {@code src/test/resources/scripts/broken/} plus binary cases made here) exits 2 with one line
 * {@code paperledge: file:line: message}, never a stack trace, and creates nothing in the output folder.
 */
class BadInputTest {
  @TempDir
  Path dir;

  @TestFactory
  List<DynamicTest> everyBrokenScriptFailsCleanly() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    Path corpus = Path.of("src/test/resources/scripts/broken");
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path script : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String expected = Files.readString(Path.of(script.toString().replaceFirst("\\.md$", ".expected"))).strip();
        int colon = expected.indexOf(':');
        int line = Integer.parseInt(expected.substring(0, colon).strip());
        String fragment = expected.substring(colon + 1).strip();
        tests.add(DynamicTest.dynamicTest(script.getFileName().toString(),
            () -> assertFailsCleanly(script, line, fragment)));
      }
    }
    tests.add(DynamicTest.dynamicTest("unknown voice", () -> assertFailsCleanly(
        write("voice.md", "---\ntitle: V\ndate: 2026-01-02\nvoice: nobody\n---\nHello.\n"), 4,
        "unknown voice 'nobody'")));
    tests.add(DynamicTest.dynamicTest("Latin-1 bytes", () -> assertFailsCleanly(
        write("latin1.md", "---\ntitle: Caf\u00e9\ndate: 2026-01-02\n---\nHello.\n".getBytes(
            StandardCharsets.ISO_8859_1)), 2, "not valid UTF-8")));
    java.awt.image.BufferedImage wide = new java.awt.image.BufferedImage(1500, 1400,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(wide, "png", dir.resolve("wide.png").toFile());
    tests.add(DynamicTest.dynamicTest("a cover podcast apps refuse", () -> assertFailsCleanly(
        write("wide-cover.md", "---\ntitle: W\ndate: 2026-01-02\ncover: wide.png\n---\nHello.\n"), 4,
        "wide.png is 1500x1400; it must be square, 1400 to 3000 pixels a side")));
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    junk[0] = (byte) 0xC3; // an invalid UTF-8 sequence start, followed by junk
    junk[1] = (byte) 0x28;
    tests.add(DynamicTest.dynamicTest("binary junk", () -> assertFailsCleanly(write("junk.md", junk), 1,
        "not valid UTF-8")));
    tests.add(DynamicTest.dynamicTest("NUL bytes", () -> assertFailsCleanly(
        write("nul.md", "---\ntitle: T\ndate: 2026-01-02\n---\nHel\0lo.\n"), 5, "NUL bytes")));
    tests.add(DynamicTest.dynamicTest("over the size limit", () -> assertFailsCleanly(
        write("big.md", "---\ntitle: T\ndate: 2026-01-02\n---\n" + "word ".repeat(220_000)), 0,
        "over the limit of 1048576")));
    return tests;
  }

  @org.junit.jupiter.api.Test
  void phonemesTheVoiceCannotSayAreRefusedAtTheirColumnAndNothingIsWritten() throws IOException {
    Path script = write("phonemes.md", "---\ntitle: P\ndate: 2026-01-02\n---\n"
        + "We met [Ernis](say \"/' @r - n I s/\") and [Bob](say \"/b Q b/\").\n");
    Path out = dir.resolve("out-phonemes");
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    for (String command : List.of("render", "check")) {
      int code = command.equals("render")
          ? Main.execute(new PrintWriter(stdout), new PrintWriter(err), "render", script.toString(), "--out",
              out.toString())
          : Main.execute(new PrintWriter(stdout), new PrintWriter(err), "check", script.toString());
      assertThat(code).as("%s exit code; stderr %s", command, err).isEqualTo(2);
    }
    assertThat(err.toString().lines().findFirst().orElseThrow()).startsWith("paperledge: " + script + ":5:")
        .contains("'Q' is not a phoneme MaryTTS's English voice knows in /b Q b/");
    assertThat(stdout.toString()).contains(script + ":5:42: error: 'Q' is not a phoneme");
    assertThat(out).as("nothing is created in the output folder").doesNotExist();
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private void assertFailsCleanly(Path script, int line, String fragment) {
    Path out = dir.resolve("out-" + script.getFileName());
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(stdout), new PrintWriter(err), "render", script.toString(), "--out",
        out.toString());
    assertThat(code).as("exit code; stderr %s", err).isEqualTo(2);
    List<String> lines = err.toString().lines().toList();
    assertThat(lines).as("one line on stderr").hasSize(1);
    String where = line > 0 ? script + ":" + line + ": " : script + ": ";
    assertThat(lines.get(0)).startsWith("paperledge: " + where).contains(fragment);
    assertThat(err.toString() + stdout).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out).as("nothing is created in the output folder").doesNotExist();
  }
}
