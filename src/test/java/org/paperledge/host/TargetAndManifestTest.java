package org.paperledge.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetAndManifestTest {
  private static final String SUM = "0".repeat(63) + "1";

  @Test
  void targetsAreReadFromTheirAddresses() {
    assertThat(Target.parse("sftp://ernis@host.example.org/srv/www/"))
        .isEqualTo(new Target.Sftp("ernis", "host.example.org", 22, "/srv/www"));
    assertThat(Target.parse("sftp://ernis@127.0.0.1:2222/~/www"))
        .isEqualTo(new Target.Sftp("ernis", "127.0.0.1", 2222, "www"));
    assertThat(Target.parse("sftp://ernis@127.0.0.1:2222/~/www").display())
        .isEqualTo("sftp://ernis@127.0.0.1:2222/~/www");
    assertThat(Target.parse("s3://my-podcast/shows/paperledge"))
        .isEqualTo(new Target.S3("my-podcast", "shows/paperledge/"));
    assertThat(Target.parse("s3://my-podcast")).isEqualTo(new Target.S3("my-podcast", ""));
    assertThat(Target.parse("file:///var/www")).isEqualTo(new Target.Folder(Path.of("/var/www")));
    assertThat(Target.parse("site/out")).isEqualTo(new Target.Folder(Path.of("site/out")));
    assertThatThrownBy(() -> Target.parse("s3://No_Such/")).hasMessageContaining("bucket name");
    assertThatThrownBy(() -> Target.parse("sftp://host.example.org/www")).hasMessageContaining("sftp://user@host");
    assertThatThrownBy(() -> Target.parse("sftp://ernis@host.example.org/")).hasMessageContaining("names no folder");
  }

  @Test
  void theManifestRoundTripsAndRefusesWhatIsNotAPlainFileName() throws IOException {
    Manifest manifest = Manifest.of(Map.of("a.mp3", new Manifest.Entry(SUM, 12), "feed.xml",
        new Manifest.Entry(SUM, 3)), Set.of("old-one"));
    assertThat(Manifest.parse(manifest.bytes())).isEqualTo(manifest);
    assertThat(new String(manifest.bytes(), StandardCharsets.UTF_8))
        .contains("file " + SUM + " 12 a.mp3\n", "retired old-one\n");
    for (String bad : new String[] {"file " + SUM + " 1 ../etc", "file " + SUM + " 1 .hidden", "file 12 1 a.mp3",
        "file " + SUM + " -1 a.mp3", "retired ../x", "delete a.mp3"}) {
      assertThatThrownBy(() -> Manifest.parse((bad + "\n").getBytes(StandardCharsets.UTF_8))).as(bad)
          .isInstanceOf(IOException.class).hasMessageStartingWith(Manifest.FILE + ":1: ");
    }
  }

  @Test
  void everyPublishedFileHasItsKindTypeAndCaching() {
    Object[][] cases = {
        {"ep-1.mp3", FileKind.AUDIO, "audio/mpeg"},
        {"ep-1.m4a", FileKind.AUDIO, "audio/mp4"},
        {"ep-1.png", FileKind.SIDECAR, "image/png"},
        {"ep-1.jpg", FileKind.SIDECAR, "image/jpeg"},
        {"ep-1.chapters.json", FileKind.SIDECAR, "application/json"},
        {"ep-1.vtt", FileKind.SIDECAR, "text/vtt;charset=utf-8"},
        {"ep-1.xml", FileKind.ITEM, "application/xml;charset=utf-8"},
        {"ep-1.html", FileKind.FEED, "text/html"},
        {"page_2.html", FileKind.FEED, "text/html"},
        {"index.html", FileKind.FEED, "text/html"},
        {"feed.xml", FileKind.FEED, "application/rss+xml;charset=utf-8"}};
    for (Object[] c : cases) {
      String name = (String) c[0];
      assertThat(FileKind.of(name)).as(name).contains((FileKind) c[1]);
      assertThat(FileKind.contentType(name)).as(name).isEqualTo(c[2]);
    }
    assertThat(FileKind.of("ep-1.html").orElseThrow().cacheControl()).isEqualTo("public, max-age=300");
    assertThat(FileKind.of("ep-1.m4a").orElseThrow().cacheControl()).isEqualTo("public, max-age=604800");
    assertThat(FileKind.of("notes.txt")).isEmpty();
  }
}
