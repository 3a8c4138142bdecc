package org.paperledge.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.model.InputException;

/** The front matter's {@code cover:} (the episode's own art) and the slugs the show's own files take. */
class FrontMatterCoverTest {
  @TempDir
  Path dir;

  private Script parse(String front) throws InputException {
    return new ScriptParser().parse(dir.resolve("scripts/episode.md"), TestScripts.script(front, "Hello.\n"));
  }

  private InputException failure(String front) {
    try {
      return org.assertj.core.api.Assertions.fail("parsed " + parse(front));
    } catch (InputException e) {
      return e;
    }
  }

  @Test
  void aCoverIsResolvedAgainstTheScriptsFolder() throws Exception {
    Files.createDirectories(dir.resolve("scripts/art"));
    Files.write(dir.resolve("scripts/art/tree.png"), new byte[] {1});
    Script script = parse("title: T\ndate: 2026-01-05\ncover: art/tree.png\n");

    EpisodeMeta.Art art = script.meta().cover().orElseThrow();
    assertThat(art.file()).isEqualTo(dir.resolve("scripts/art/tree.png").toAbsolutePath());
    assertThat(art.line()).isEqualTo(4);
    assertThat(parse("title: T\ndate: 2026-01-05\n").meta().cover()).isEmpty();
  }

  @Test
  void aCoverMustBeAPngOrJpegFileThatExists() throws Exception {
    InputException gif = failure("title: T\ndate: 2026-01-05\ncover: tree.gif\n");
    assertThat(gif.line()).isEqualTo(4);
    assertThat(gif.getMessage()).isEqualTo("cover 'tree.gif' must be a PNG or JPEG file (.png, .jpg or .jpeg)");
    InputException missing = failure("title: T\ndate: 2026-01-05\ncover: nowhere.jpg\n");
    assertThat(missing.line()).isEqualTo(4);
    assertThat(missing.getMessage()).startsWith("cover ").endsWith("nowhere.jpg does not exist");
    assertThat(failure("title: T\ndate: 2026-01-05\ncover: [a.png]\n").getMessage()).contains("single value");
  }

  @Test
  void theShowsOwnFileNamesAreNoSlugs() throws Exception {
    for (String slug : new String[] {"index", "feed", "cover"}) {
      InputException e = failure("title: T\ndate: 2026-01-05\nslug: " + slug + "\n");
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("slug '" + slug + "' is taken by the show's own");
    }
    try {
      new ScriptParser().parse(dir.resolve("index.md"), TestScripts.script("title: T\ndate: 2026-01-05\n", "Hi.\n"));
      org.assertj.core.api.Assertions.fail("index.md parsed");
    } catch (InputException e) {
      assertThat(e.getMessage()).contains("slug 'index' is taken");
    }
    assertThat(parse("title: T\ndate: 2026-01-05\nslug: index-2\n").meta().slug()).isEqualTo("index-2");
  }
}
