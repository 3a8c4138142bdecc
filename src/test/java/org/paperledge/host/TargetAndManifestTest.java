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
}
