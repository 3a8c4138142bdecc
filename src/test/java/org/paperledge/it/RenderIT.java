package org.paperledge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.cli.Main;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Renders a short script with real MaryTTS and real FFmpeg, then checks the MP3 and its feed item the way a
 * podcast app would see them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderIT {
  static final String SCRIPT = """
      ---
      title: "Tiny test: Q&A <now>"
      date: 2026-03-04
      episode: 7
      season: 2
      paper: https://example.org/paper
      authors: [Ada One, Bo Two, Cy Three, Di Four, Ed Five, Flo Six, Gus Seven]
      summary: A short test episode.
      ---
      Hey PaperLedge crew, Ernis here. This is a short test.

      ## Why it [matters](https://example.org/why)

      Dr. Smith measured 87.4% accuracy at 10:30 on 12/25/2021.

      Second paragraph here.

      ## Q&A: "a=b; c#d" \\ end

      - First item.
      - Second item.
      """;

  Path dir;
  Path out;
  Path script;
  Path mp3;
  Probe probe;
  Map<String, String> fields;
  String stdout;

  @BeforeAll
  void render(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    script = dir.resolve("2026-03-04-tiny-test.md");
    Files.writeString(script, SCRIPT);
    out = dir.resolve("out");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.execute(new PrintWriter(o), new PrintWriter(e), "render", script.toString(),
        "--out", out.toString(), "--show", "show.yaml", "--voices", "voices");
    stdout = o.toString();
    assertThat(code).as("exit code; stderr: %s", e).isZero();
    mp3 = out.resolve("2026-03-04-tiny-test.mp3");
    probe = new Probe();
    fields = probe.fields(mp3);
  }

  @Test
  void printsOneLinePerEpisodeWithDurationAndTimeThenTheFeed() {
    assertThat(stdout.lines().toList()).hasSize(2);
    assertThat(stdout.lines().findFirst().orElseThrow())
        .startsWith("rendered " + mp3).contains(" s of audio").contains("3 chapters");
    assertThat(stdout.lines().skip(1).findFirst().orElseThrow()).isEqualTo("feed " + out.resolve("feed.xml")
        + ": 1 episodes");
  }

  @Test
  void publishesOnlyTheMp3AndItsFeedItem() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
          ".2026-03-04-tiny-test.inputs", "2026-03-04-tiny-test.chapters.json", "2026-03-04-tiny-test.html", "2026-03-04-tiny-test.mp3",
          "2026-03-04-tiny-test.srt",
          "2026-03-04-tiny-test.vtt", "2026-03-04-tiny-test.xml", "cover.png", "feed.xml", "index.html");
    }
  }

  @Test
  void isMonoMp3WithId3v23AndNoId3v1() throws IOException {
    assertThat(fields.get("streams.stream.0.codec_name")).isEqualTo("mp3");
    assertThat(fields.get("streams.stream.0.channels")).isEqualTo("1");
    assertThat(fields.get("streams.stream.0.sample_rate")).isEqualTo("48000");
    byte[] bytes = Files.readAllBytes(mp3);
    assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("ID3");
    assertThat(bytes[3]).as("ID3v2 major version").isEqualTo((byte) 3);
    assertThat(new String(bytes, bytes.length - 128, 3, StandardCharsets.ISO_8859_1)).isNotEqualTo("TAG");
  }

  @Test
  void chaptersFileHasTheSameTimesAndTitlesAsTheMp3() throws IOException {
    String json = Files.readString(out.resolve("2026-03-04-tiny-test.chapters.json"));
    assertThat(json).contains("\"version\": \"1.2.0\"");
    for (int i = 0; i < 3; i++) {
      String start = String.format(java.util.Locale.ROOT, "\"startTime\": %.3f", chapterTime(i, "start_time"));
      assertThat(json).contains(start);
    }
    assertThat(json).contains("\"title\": \"Why it matters\", \"url\": \"https://example.org/why\"");
  }

  @Test
  void transcriptsAreTimedFromTheSynthesis() throws IOException {
    String vtt = Files.readString(out.resolve("2026-03-04-tiny-test.vtt"));
    assertThat(vtt).startsWith("WEBVTT\n").contains("<v Ernis>Dr. Smith measured 87.4% accuracy")
        .contains("NOTE Chapter: Why it matters");
    // the cue that opens a chapter starts when the chapter does
    String cue = vtt.substring(vtt.indexOf("NOTE Chapter: Why it matters"));
    String startTime = cue.lines().skip(3).findFirst().orElseThrow().substring(0, 12);
    long ms = java.time.LocalTime.parse(startTime).toNanoOfDay() / 1_000_000;
    assertThat(ms / 1000.0).isCloseTo(chapterTime(1, "start_time"), within(0.002));
    assertThat(Files.readString(out.resolve("2026-03-04-tiny-test.srt"))).contains("[Why it matters]")
        .contains("Ernis: Second paragraph here.");
  }

  @Test
  void theFeedListsTheEpisodeWithItsSidecars() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document feed = factory.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
    assertThat(feed.getElementsByTagName("item").getLength()).isEqualTo(1);
    String podcast = "https://podcastindex.org/namespace/1.0";
    assertThat(((Element) feed.getElementsByTagNameNS(podcast, "chapters").item(0)).getAttribute("url"))
        .isEqualTo("https://paperledge.example/episodes/2026-03-04-tiny-test.chapters.json");
    assertThat(feed.getElementsByTagNameNS(podcast, "transcript").getLength()).isEqualTo(2);
    assertThat(Files.readString(out.resolve("index.html"))).contains("Tiny test: Q&amp;A &lt;now&gt;")
        .contains("href=\"2026-03-04-tiny-test.html\"").doesNotContain(".mp3");
    String page = Files.readString(out.resolve("2026-03-04-tiny-test.html"));
    assertThat(page).contains("<h1>Tiny test: Q&amp;A &lt;now&gt;</h1>", "src=\"2026-03-04-tiny-test.mp3\"",
        "<span class=\"time\">00:00:00</span> Introduction", "<b class=\"speaker\">Ernis:</b>");
    // the item's show notes: the chapters with their times, the paper, every author
    String item = Files.readString(out.resolve("2026-03-04-tiny-test.xml"));
    assertThat(item).contains("<content:encoded>", "&lt;li&gt;00:00:00 Introduction&lt;/li&gt;",
        "Authors: Ada One, Bo Two, Cy Three, Di Four, Ed Five, Flo Six, Gus Seven",
        "<podcast:txt purpose=\"ai-content\">true</podcast:txt>");
  }

  @Test
  void embedsTheSquareCoverArt() {
    assertThat(fields.get("streams.stream.1.codec_name")).isEqualTo("png");
    assertThat(fields.get("streams.stream.1.width")).isEqualTo("1400");
    assertThat(fields.get("streams.stream.1.height")).isEqualTo("1400");
    assertThat(out.resolve("cover.png")).exists();
  }

  @Test
  void carriesTheTags() {
    assertThat(fields).containsEntry("format.tags.title", "Tiny test: Q&A <now>")
        .containsEntry("format.tags.artist", "Ernis")
        .containsEntry("format.tags.album", "PaperLedge")
        .containsEntry("format.tags.genre", "Podcast")
        .containsEntry("format.tags.date", "2026")
        .containsEntry("format.tags.track", "7");
    assertThat(fields.get("format.tags.comment")).startsWith("A short test episode.")
        .contains("https://example.org/paper").contains("Gus Seven");
  }

  @Test
  void chaptersComeFromTheHeadingsAndCoverTheFile() {
    assertThat(chapterTitles()).containsExactly("Introduction", "Why it matters", "Q&A: \"a=b; c#d\" \\ end");
    double duration = Double.parseDouble(fields.get("format.duration"));
    assertThat(chapterTime(0, "start_time")).isZero();
    for (int i = 1; i < 3; i++) {
      assertThat(chapterTime(i, "start_time")).isEqualTo(chapterTime(i - 1, "end_time"));
    }
    assertThat(chapterTime(2, "end_time")).isCloseTo(duration, within(0.05));
  }

  @Test
  void eachChapterStartsWhereItsFirstSegmentIsSpoken() throws Exception {
    short[] samples = probe.decode(mp3, dir);
    for (int i = 1; i < 3; i++) {
      int start = (int) Math.round(chapterTime(i, "start_time") * 48_000);
      // quiet just before the chapter (the pause), speech within 50 ms after its start
      assertThat(Probe.rms(samples, start - 4_800, 4_500)).as("level before chapter %d", i).isLessThan(60);
      int onset = -1;
      for (int t = start - 2_400; t < start + 4_800; t += 240) {
        if (Probe.rms(samples, t, 240) > 300) {
          onset = t;
          break;
        }
      }
      assertThat(onset).as("speech onset of chapter %d", i).isNotNegative();
      assertThat(Math.abs(onset - start) / 48.0).as("ms between chapter %d start and speech", i)
          .isLessThanOrEqualTo(50);
    }
  }

  @Test
  void decodedDurationMatchesTheHeader() throws Exception {
    short[] samples = probe.decode(mp3, dir);
    double decoded = samples.length / 48_000.0;
    // the header's duration counts the encoder's start delay, which ffprobe reports as the start time
    double header = Double.parseDouble(fields.get("format.duration"))
        - Double.parseDouble(fields.get("format.start_time"));
    assertThat(decoded).as("decoded vs header, within one MP3 frame").isCloseTo(header, within(1152 / 48_000.0));
    assertThat(decoded).as("intro music + speech + outro music").isBetween(20.0, 60.0);
    double planned = Double.parseDouble(stdout.replaceAll("(?s)[^(]*\\(([0-9.]+) s of audio.*", "$1"));
    assertThat(decoded).as("the sum of the parts the renderer laid out").isCloseTo(planned, within(0.051));
  }

  @Test
  void masteredToPodcastLoudness() throws Exception {
    String report = probe.ebur128(mp3);
    String summary = report.substring(report.lastIndexOf("Summary:"));
    double integrated = Double.parseDouble(summary.replaceAll("(?s).*I:\\s+(-?[0-9.]+) LUFS.*", "$1"));
    double peak = Double.parseDouble(summary.replaceAll("(?s).*Peak:\\s+(-?[0-9.]+) dBFS.*", "$1"));
    assertThat(integrated).isCloseTo(-16.0, within(1.0));
    assertThat(peak).isLessThanOrEqualTo(-1.0);
  }

  @Test
  void feedItemParsesAndDescribesTheEnclosureExactly() throws Exception {
    Path itemFile = out.resolve("2026-03-04-tiny-test.xml");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(itemFile)));
    Element item = doc.getDocumentElement();
    assertThat(item.getTagName()).isEqualTo("item");
    assertThat(text(item, "title")).isEqualTo("Tiny test: Q&A <now>");
    Element enclosure = (Element) item.getElementsByTagName("enclosure").item(0);
    assertThat(Long.parseLong(enclosure.getAttribute("length"))).isEqualTo(Files.size(mp3));
    assertThat(enclosure.getAttribute("url"))
        .isEqualTo("https://paperledge.example/episodes/2026-03-04-tiny-test.mp3");
    assertThat(enclosure.getAttribute("type")).isEqualTo("audio/mpeg");
    String itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    long duration = Math.round(Double.parseDouble(fields.get("format.duration")));
    assertThat(Long.parseLong(item.getElementsByTagNameNS(itunes, "duration").item(0).getTextContent()))
        .isCloseTo(duration, within(1L));
    assertThat(item.getElementsByTagNameNS(itunes, "episode").item(0).getTextContent()).isEqualTo("7");
    assertThat(item.getElementsByTagNameNS(itunes, "season").item(0).getTextContent()).isEqualTo("2");
    assertThat(item.getElementsByTagNameNS(itunes, "explicit").item(0).getTextContent()).isEqualTo("false");
    assertThat(text(item, "pubDate")).isEqualTo("Wed, 04 Mar 2026 06:00:00 +0000");
    Element guid = (Element) item.getElementsByTagName("guid").item(0);
    assertThat(guid.getAttribute("isPermaLink")).isEqualTo("false");
    assertThat(text(item, "description")).contains("Ada One, Bo Two, Cy Three, Di Four, Ed Five, Flo Six, Gus Seven");
  }

  @Test
  void reRenderingIsByteIdenticalAndKeepsTheGuidAndUrl() throws Exception {
    Path itemFile = out.resolve("2026-03-04-tiny-test.xml");
    String before = Files.readString(itemFile);
    Path again = dir.resolve("again");
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "render",
        script.toString(), "--out", again.toString(), "--show", "show.yaml", "--voices", "voices");
    assertThat(code).isZero();
    String after = Files.readString(again.resolve("2026-03-04-tiny-test.xml"));
    assertThat(guidOf(after)).isEqualTo(guidOf(before));
    assertThat(after).isEqualTo(before);
    assertThat(Files.readAllBytes(again.resolve("2026-03-04-tiny-test.mp3")))
        .as("the same script renders to the same bytes").isEqualTo(Files.readAllBytes(mp3));
  }

  private static String guidOf(String xml) {
    return xml.replaceAll("(?s).*<guid[^>]*>([^<]*)</guid>.*", "$1");
  }

  private List<String> chapterTitles() {
    List<String> titles = new ArrayList<>();
    for (int i = 0; fields.containsKey("chapters.chapter." + i + ".id"); i++) {
      titles.add(fields.get("chapters.chapter." + i + ".tags.title").replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    return titles;
  }

  private double chapterTime(int index, String key) {
    return Double.parseDouble(fields.get("chapters.chapter." + index + "." + key));
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagName(name).item(0).getTextContent();
  }
}
