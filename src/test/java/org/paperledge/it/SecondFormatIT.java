package org.paperledge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.cli.Main;

/**
 * A show with {@code formats: [mp3, m4a]} and {@code disclose-in-intro: true}, and an episode with its own cover,
 * rendered with real MaryTTS and FFmpeg: the M4A holds the same mix, chapters and cover as the MP3, on the same
 * timeline, and turning the M4A on leaves the MP3 byte for byte as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondFormatIT {
  private static final String SLUG = "two-formats";
  private static final String SCRIPT = """
      ---
      title: Two formats
      date: 2026-03-04
      episode: 3
      cover: art/square.png
      summary: A short test of the second format.
      ---
      Hello from the test. This is the opening chapter.

      ## The middle

      Here is the middle of the episode, long enough to be cut into chunks at the paragraphs.

      A second paragraph follows, so that the episode has a pause to cut at.

      ## The end

      And that is the end.
      """;

  Path dir;
  Path out;
  Path mp3;
  Path m4a;
  Probe probe;

  private String render(Path showFile, Path outDir) throws Exception {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.execute(new PrintWriter(o), new PrintWriter(e), "render", dir.resolve("scripts").toString(),
        "--out", outDir.toString(), "--show", showFile.toString(), "--voices", "voices", "--cache",
        dir.resolve("cache").toString());
    assertThat(code).as("exit code; stderr: %s", e).isZero();
    return o.toString();
  }

  private Path show(String extra) throws Exception {
    Path file = dir.resolve("show-" + Math.abs(extra.hashCode()) + ".yaml");
    Files.writeString(file, Files.readString(Path.of("show.yaml"), StandardCharsets.UTF_8) + "\n" + extra,
        StandardCharsets.UTF_8);
    return file;
  }

  @BeforeAll
  void render(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    Files.createDirectories(dir.resolve("scripts/art"));
    BufferedImage image = new BufferedImage(1400, 1400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x1f6f5c));
    g.fillRect(0, 0, 1400, 1400);
    g.dispose();
    ImageIO.write(image, "png", dir.resolve("scripts/art/square.png").toFile());
    Files.writeString(dir.resolve("scripts/" + SLUG + ".md"), SCRIPT, StandardCharsets.UTF_8);
    out = dir.resolve("out");
    render(show("formats: [mp3, m4a]\ndisclose-in-intro: true\n"), out);
    mp3 = out.resolve(SLUG + ".mp3");
    m4a = out.resolve(SLUG + ".m4a");
    probe = new Probe();
  }

  @Test
  void publishesTheM4aAndTheArtBesideTheMp3() {
    assertThat(out.resolve(SLUG + ".m4a")).isRegularFile();
    assertThat(out.resolve(SLUG + ".png")).isRegularFile();
    assertThat(out.resolve(SLUG + ".html")).isRegularFile();
  }

  @Test
  void theM4aIsAacWithTheMp3sChaptersAndLength() throws Exception {
    Map<String, String> a = probe.fields(mp3);
    Map<String, String> b = probe.fields(m4a);
    assertThat(b.get("streams.stream.0.codec_name")).isEqualTo("aac");
    assertThat(b.get("streams.stream.0.sample_rate")).isEqualTo("48000");
    assertThat(b.get("streams.stream.0.channels")).isEqualTo("1");
    assertThat(b.get("format.tags.title")).isEqualTo("Two formats");
    assertThat(b.get("format.tags.artist")).isEqualTo("Ernis");
    // the whole timeline, to the sample: as long as the MP3 decodes
    long mp3Samples = Math.round(Double.parseDouble(a.get("format.duration")) * 48_000);
    assertThat(Long.parseLong(b.get("streams.stream.0.duration_ts"))).isEqualTo(mp3Samples);
    assertThat(b.get("format.duration")).isEqualTo(a.get("format.duration"));
    for (int i = 0; i < 3; i++) {
      for (String key : List.of("start", "end", "tags.title")) {
        assertThat(b.get("chapters.chapter." + i + "." + key)).as("chapter %d %s", i, key)
            .isEqualTo(a.get("chapters.chapter." + i + "." + key));
      }
    }
    assertThat(b.get("chapters.chapter.1.tags.title")).isEqualTo("The middle");
  }

  @Test
  void bothFilesCarryTheEpisodesOwnCover() throws Exception {
    byte[] art = Files.readAllBytes(dir.resolve("scripts/art/square.png"));
    assertThat(Files.readAllBytes(out.resolve(SLUG + ".png"))).isEqualTo(art);
    for (Path file : List.of(mp3, m4a)) {
      Path picture = dir.resolve(file.getFileName() + ".cover.png");
      probe.tools().runner().run("extracting the cover", probe.tools().ffmpeg(), List.of("-v", "error", "-nostdin",
          "-y", "-i", file.toString(), "-map", "0:v", "-c", "copy", "-f", "image2", picture.toString()),
          Duration.ofMinutes(1));
      assertThat(Files.readAllBytes(picture)).as("the picture in %s", file.getFileName()).isEqualTo(art);
    }
  }

  @Test
  void theM4aSoundsWhereTheMp3Does() throws Exception {
    short[] a = probe.decode(mp3, dir);
    short[] b = probe.decode(m4a, dir);
    assertThat(Math.abs(a.length - b.length)).as("decoded lengths, within one AAC frame").isLessThanOrEqualTo(1024);
    // the lag that best lines up two seconds of speech, looked for within 40 ms either way
    int from = 6 * 48_000;
    int best = 0;
    double bestScore = -1;
    for (int lag = -1920; lag <= 1920; lag++) {
      double dot = 0;
      double na = 0;
      double nb = 0;
      for (int i = from; i < from + 96_000; i += 2) {
        double x = a[i];
        double y = b[i + lag];
        dot += x * y;
        na += x * x;
        nb += y * y;
      }
      double score = dot / Math.sqrt(na * nb + 1e-9);
      if (score > bestScore) {
        bestScore = score;
        best = lag;
      }
    }
    System.out.printf("M4A against MP3: lag %d samples, correlation %.4f, decoded %d and %d samples%n", best,
        bestScore, b.length, a.length);
    assertThat(bestScore).as("correlation of the two decodings").isGreaterThan(0.9);
    assertThat(Math.abs(best)).as("lag of the M4A behind the MP3, samples").isLessThanOrEqualTo(2);
    assertThat(Probe.rms(b, from, 96_000)).isCloseTo(Probe.rms(a, from, 96_000),
        org.assertj.core.api.Assertions.withinPercentage(10));
  }

  @Test
  void theFeedListsTheM4aAsAnAlternateEnclosureWithItsLength() throws Exception {
    String feed = Files.readString(out.resolve("feed.xml"), StandardCharsets.UTF_8);
    assertThat(feed).contains("<podcast:alternateEnclosure bitrate=\"64000\" length=\"" + Files.size(m4a)
        + "\" title=\"AAC (M4A)\" type=\"audio/mp4\">")
        .contains("<podcast:source uri=\"https://paperledge.example/episodes/" + SLUG + ".m4a\"/>")
        .contains("<itunes:image href=\"https://paperledge.example/episodes/" + SLUG + ".png\"/>")
        .contains("<podcast:txt purpose=\"ai-content\">true</podcast:txt>");
    assertThat(Files.readString(out.resolve(SLUG + ".html"), StandardCharsets.UTF_8))
        .contains("href=\"" + SLUG + ".m4a\" download", "src=\"" + SLUG + ".png\"");
  }

  @Test
  void theIntroSaysTheVoicesAreSynthetic() throws Exception {
    List<String> vtt = Files.readAllLines(out.resolve(SLUG + ".vtt"), StandardCharsets.UTF_8);
    List<String> said = vtt.stream().filter(l -> l.startsWith("<v ")).toList();
    assertThat(said.get(0)).startsWith("<v Ernis>This is PaperLedge, episode 3: Two formats.");
    assertThat(said.get(1)).isEqualTo("<v Ernis>Every voice you hear in this episode is synthetic, read from a"
        + " script by text to speech software.");
  }

  @Test
  void anM4aLeavesTheMp3ByteForByteAsItWas() throws Exception {
    Path mp3Only = dir.resolve("mp3-only");
    String said = render(show("disclose-in-intro: true\n"), mp3Only);
    assertThat(said).contains("rendered");
    assertThat(mp3Only.resolve(SLUG + ".m4a")).doesNotExist();
    assertThat(Files.readAllBytes(mp3Only.resolve(SLUG + ".mp3"))).isEqualTo(Files.readAllBytes(mp3));
    // and nothing changed means nothing rendered, M4A included
    assertThat(render(show("formats: [mp3, m4a]\ndisclose-in-intro: true\n"), out)).contains("up to date: ");
    Files.delete(m4a);
    assertThat(render(show("formats: [mp3, m4a]\ndisclose-in-intro: true\n"), out)).contains("rendered");
    assertThat(m4a).isRegularFile();
  }
}
