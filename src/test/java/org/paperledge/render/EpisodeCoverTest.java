package org.paperledge.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.audio.Id3v23;
import org.paperledge.model.InputException;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.Show;

/** An episode's own cover art: checked as the show's is, named after the episode, part of its fingerprint. */
class EpisodeCoverTest {
  private static Show show;

  @TempDir
  Path dir;

  @BeforeAll
  static void load() throws Exception {
    show = Show.load(Path.of("show.yaml"));
  }

  private void image(String name, int width, int height, String format) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 4, 0x336699);
    Files.createDirectories(dir.resolve(name).getParent());
    assertThat(ImageIO.write(image, format, dir.resolve(name).toFile())).isTrue();
  }

  private Script script(String cover) throws Exception {
    Path file = dir.resolve("ep-one.md");
    Files.writeString(file, "---\ntitle: One\ndate: 2026-01-05\ncover: " + cover + "\n---\nHello.\n",
        StandardCharsets.UTF_8);
    return new ScriptParser().parse(file);
  }

  private InputException failure(String cover) throws Exception {
    Script script = script(cover);
    InputException e = catchThrowableOfType(InputException.class, () -> Cover.forEpisode(script));
    assertThat(e).isNotNull();
    assertThat(e.file()).isEqualTo(script.file());
    assertThat(e.line()).isEqualTo(4);
    return e;
  }

  @Test
  void aSquareImageBecomesTheEpisodesCoverNamedAfterIt() throws Exception {
    image("art/one.png", 1400, 1400, "png");
    image("art/two.jpg", 3000, 3000, "jpeg");

    Cover png = Cover.forEpisode(script("art/one.png")).orElseThrow();
    assertThat(png.fileName()).isEqualTo("ep-one.png");
    assertThat(png.picture().mimeType()).isEqualTo("image/png");
    assertThat(png.picture().data()).isEqualTo(Files.readAllBytes(dir.resolve("art/one.png")));
    Cover jpeg = Cover.forEpisode(script("art/two.jpg")).orElseThrow();
    assertThat(jpeg.fileName()).isEqualTo("ep-one.jpg");
    assertThat(jpeg.picture().mimeType()).isEqualTo("image/jpeg");
  }

  @Test
  void imagesPodcastAppsRefuseAreOneLineErrorsNamingTheScriptLine() throws Exception {
    image("wide.png", 1500, 1400, "png");
    image("small.jpg", 1000, 1000, "jpeg");
    image("huge.png", 3001, 3001, "png");
    image("real.gif", 1400, 1400, "gif");
    Files.copy(dir.resolve("real.gif"), dir.resolve("gif-named.png"));
    Files.writeString(dir.resolve("text.png"), "not an image");

    assertThat(failure("wide.png").getMessage()).endsWith("wide.png is 1500x1400; it must be square, 1400 to 3000"
        + " pixels a side");
    assertThat(failure("small.jpg").getMessage()).contains("small.jpg is 1000x1000");
    assertThat(failure("huge.png").getMessage()).contains("huge.png is 3001x3001");
    assertThat(failure("gif-named.png").getMessage()).endsWith("gif-named.png is not a PNG or JPEG image");
    assertThat(failure("text.png").getMessage()).endsWith("text.png is not a PNG or JPEG image");
    for (String name : List.of("wide.png", "small.jpg", "text.png")) {
      assertThat(failure(name).describe()).doesNotContain("\n").startsWith(dir.resolve("ep-one.md") + ":4: ");
    }
  }

  @Test
  void withoutItsOwnTheEpisodeHasTheShowsAndPublishesTheUsualFiles() throws Exception {
    Path file = dir.resolve("plain.md");
    Files.writeString(file, "---\ntitle: P\ndate: 2026-01-05\n---\nHello.\n", StandardCharsets.UTF_8);
    Script plain = new ScriptParser().parse(file);

    assertThat(Cover.forEpisode(plain)).isEmpty();
    Cover showCover = new Cover("cover.png", new Id3v23.Picture("image/png", new byte[] {1}));
    assertThat(EpisodeFiles.names(plain.meta(), show, showCover)).containsExactly("plain.mp3", "plain.xml",
        "plain.chapters.json", "plain.vtt", "plain.srt");
    Show m4a = new Show(show.name(), show.host(), show.description(), show.baseUrl(), show.link(), show.language(),
        show.author(), show.ownerName(), show.ownerEmail(), show.category(), show.cover(), show.copyright(), false,
        show.voice(), show.quoteVoice(), show.timing(), show.bitrateKbps(), show.channels(), List.of("mp3", "m4a"),
        false);
    assertThat(EpisodeFiles.names(plain.meta(), m4a, showCover)).endsWith("plain.m4a");
  }

  @Test
  void theEpisodesCoverIsPartOfItsFingerprintAndItsFileOfWhatMustBeThere() throws Exception {
    image("art/one.png", 1400, 1400, "png");
    Script script = script("art/one.png");
    Cover own = Cover.forEpisode(script).orElseThrow();
    Path voices = dir.resolve("voices");
    String before = Fingerprint.of(script.file(), Path.of("show.yaml"), voices, own);
    image("art/one.png", 1400, 1400, "jpeg"); // the same file name, other bytes
    String after = Fingerprint.of(script.file(), Path.of("show.yaml"), voices,
        Cover.forEpisode(script("art/one.png")).orElseThrow());
    assertThat(after).isNotEqualTo(before);

    Path out = dir.resolve("out");
    Files.createDirectories(out);
    List<String> names = EpisodeFiles.names(script.meta(), show, own);
    assertThat(names).contains("ep-one.png");
    for (String name : names) {
      Files.write(out.resolve(name), new byte[] {1});
    }
    Fingerprint.record(out, "ep-one", after);
    assertThat(Fingerprint.upToDate(out, "ep-one", after, names)).isTrue();
    Files.delete(out.resolve("ep-one.png"));
    assertThat(Fingerprint.upToDate(out, "ep-one", after, names)).as("its art is missing").isFalse();
  }
}
