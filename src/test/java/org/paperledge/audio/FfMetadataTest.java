package org.paperledge.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FfMetadataTest {

  // --- escape -------------------------------------------------------------------------------------------------

  @Test
  void escapesEveryReservedCharacterWithABackslash() {
    assertThat(FfMetadata.escape("a=b")).isEqualTo("a\\=b");
    assertThat(FfMetadata.escape("a;b")).isEqualTo("a\\;b");
    assertThat(FfMetadata.escape("a#b")).isEqualTo("a\\#b");
    assertThat(FfMetadata.escape("a\\b")).isEqualTo("a\\\\b");
    assertThat(FfMetadata.escape("a\nb")).isEqualTo("a\\\nb");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    assertThat(FfMetadata.escape("Plain title: (2026) & co. — ünïcode 🎧 שלום"))
        .isEqualTo("Plain title: (2026) & co. — ünïcode 🎧 שלום");
    assertThat(FfMetadata.escape("")).isEmpty();
  }

  @Test
  void dropsCarriageReturns() {
    assertThat(FfMetadata.escape("line one\r\nline two\r")).isEqualTo("line one\\\nline two");
  }

  @Test
  void dropsControlCharacters() {
    assertThat(FfMetadata.escape("a\u0000b\u0001c\u0007d\u0008e\u001bf\u007fg\u0085h\tI")).isEqualTo("abcdefghI");
  }

  @Test
  void escapesSeveralReservedCharactersInARow() {
    assertThat(FfMetadata.escape("==;;##\\\\")).isEqualTo("\\=\\=\\;\\;\\#\\#\\\\\\\\");
  }

  // --- render -------------------------------------------------------------------------------------------------

  @Test
  void rendersTagsAndThreeChaptersLikeTheGoldenFile() throws IOException {
    Tags tags = new Tags("Can You Hear a Thirsty Tree?", "Ernis", "PaperLedge", "The PaperLedge team", 2026,
        "Trees click; a model listens #drought", 7);
    List<ChapterMark> chapters = List.of(
        new ChapterMark("Intro", 0, 61_500),
        new ChapterMark("Method: 412 trees = 1 forest", 61_500, 185_021),
        new ChapterMark("Results \\ discussion", 185_021, 308_000));

    String rendered = FfMetadata.render(tags.asFfmpegKeys(), chapters);

    assertThat(rendered).isEqualTo(golden("ffmetadata-tags-3-chapters.txt"));
  }

  @Test
  void startsWithTheFfmetadataHeaderEvenWithoutTagsOrChapters() {
    assertThat(FfMetadata.render(Map.of(), List.of())).isEqualTo(";FFMETADATA1\n");
  }

  @Test
  void everyChapterHasMillisecondTimebaseStartEndAndTitle() {
    List<ChapterMark> chapters = List.of(new ChapterMark("A", 0, 10), new ChapterMark("B", 10, 20),
        new ChapterMark("C", 20, 35));
    Parsed parsed = parse(FfMetadata.render(Map.of("title", "T"), chapters));

    assertThat(parsed.global).containsExactly(Map.entry("title", "T"));
    assertThat(parsed.chapters).hasSize(3);
    assertThat(parsed.chapters).extracting(c -> c.get("TIMEBASE")).containsOnly("1/1000");
    assertThat(parsed.chapters).extracting(c -> c.get("START")).containsExactly("0", "10", "20");
    assertThat(parsed.chapters).extracting(c -> c.get("END")).containsExactly("10", "20", "35");
    assertThat(parsed.chapters).extracting(c -> c.get("title")).containsExactly("A", "B", "C");
    assertThat(parsed.chapters).allSatisfy(c -> assertThat(c).containsOnlyKeys("TIMEBASE", "START", "END", "title"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a=b;c#d\\e",
      "x\n[CHAPTER]\ntitle=evil",
      "x\r\n[CHAPTER]\r\nTIMEBASE=1/1\r\nSTART=0\r\nEND=1\r\ntitle=evil",
      "\n[CHAPTER]\n",
      "x\n;comment\n#comment\n=\n",
      "ends with a backslash \\",
      "ends with backslash newline \\\n",
      "\\\n[CHAPTER]\ntitle=evil",
      "\\\\\n[CHAPTER]\n",
      "title=evil\u0000\n[CHAPTER]",
      "x\u2028[CHAPTER]\u2029y\u0085z",
      "[CHAPTER]",
      "[STREAM]\ntitle=evil",
  })
  void hostileChapterTitlesCannotCreateKeysOrSections(String hostile) {
    List<ChapterMark> chapters = List.of(new ChapterMark("first", 0, 1000), new ChapterMark(hostile, 1000, 2000),
        new ChapterMark("last", 2000, 3000));
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("title", hostile);
    tags.put("comment", hostile);

    String rendered = FfMetadata.render(tags, chapters);
    Parsed parsed = parse(rendered);

    assertThat(parsed.sectionLines).as("section header lines in:%n%s", rendered).hasSize(chapters.size())
        .containsOnly("[CHAPTER]");
    assertThat(parsed.global).as("global keys in:%n%s", rendered).containsOnlyKeys("title", "comment");
    assertThat(parsed.chapters).allSatisfy(c -> assertThat(c).containsOnlyKeys("TIMEBASE", "START", "END", "title"));
    String expected = hostile.codePoints().filter(cp -> cp == '\n' || !Character.isISOControl(cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    assertThat(parsed.global.get("title")).isEqualTo(expected);
    assertThat(parsed.global.get("comment")).isEqualTo(expected);
    assertThat(parsed.chapters.get(1).get("title")).isEqualTo(expected);
    assertThat(parsed.chapters.get(1)).containsEntry("START", "1000").containsEntry("END", "2000");
    assertThat(parsed.chapters.get(2)).containsEntry("title", "last");
  }

  @Test
  void newlineInjectionStaysInsideTheTitle() {
    String rendered = FfMetadata.render(Map.of(), List.of(new ChapterMark("x\n[CHAPTER]\ntitle=evil", 0, 5)));

    assertThat(rendered).isEqualTo(";FFMETADATA1\n\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=5\n"
        + "title=x\\\n[CHAPTER]\\\ntitle\\=evil\n");
    assertThat(rendered.lines().filter(l -> l.equals("[CHAPTER]")).count()).isEqualTo(1);
  }

  // --- a reader that follows ffmpeg's libavformat/ffmetadec.c --------------------------------------------------

  /** What ffmpeg would read: global tags, chapter sections (in order) and the raw section header lines. */
  record Parsed(Map<String, String> global, List<Map<String, String>> chapters, List<String> sectionLines) {}

  /**
   * Splits {@code text} into entries as ffmpeg does: a backslash escapes the next character (including a line
   * break), an unescaped line break ends the entry; empty entries and those starting with ';' or '#' are comments;
   * an entry starting with '[' opens a section; otherwise the key ends at the first unescaped '='.
   */
  static Parsed parse(String text) {
    assertThat(text).startsWith(";FFMETADATA1\n");
    List<String> rawLines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        line.append(c).append(text.charAt(++i));
      } else if (c == '\n' || c == '\r') {
        rawLines.add(line.toString());
        line.setLength(0);
      } else {
        line.append(c);
      }
    }
    if (line.length() > 0) {
      rawLines.add(line.toString());
    }
    Map<String, String> global = new LinkedHashMap<>();
    List<Map<String, String>> chapters = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    Map<String, String> current = global;
    for (String raw : rawLines) {
      if (raw.isEmpty() || raw.startsWith(";") || raw.startsWith("#")) {
        continue;
      }
      if (raw.startsWith("[")) {
        sections.add(raw);
        current = new LinkedHashMap<>();
        if (raw.startsWith("[CHAPTER]")) {
          chapters.add(current);
        }
        continue;
      }
      int eq = unescapedEquals(raw);
      assertThat(eq).as("entry without '=': %s", raw).isPositive();
      String key = unescape(raw.substring(0, eq));
      assertThat(current).as("duplicate key %s", key).doesNotContainKey(key);
      current.put(key, unescape(raw.substring(eq + 1)));
    }
    return new Parsed(global, chapters, sections);
  }

  private static int unescapedEquals(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) == '\\') {
        i++;
      } else if (raw.charAt(i) == '=') {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String raw) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length()) {
        c = raw.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  static String golden(String name) throws IOException {
    try (InputStream in = FfMetadataTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
