package org.paperledge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.paperledge.model.ToolException;

class BatchTest {
  private static final Path SCRIPT = Path.of("scripts/x.md");

  @Test
  void aFailureNamesTheScriptOnce() {
    assertThat(Batch.failure(SCRIPT, new ToolException("making the music: ffmpeg exited with status 1")))
        .isEqualTo("scripts/x.md: making the music: ffmpeg exited with status 1");
    assertThat(Batch.failure(SCRIPT, new ToolException("scripts/x.md:7: speech synthesis failed")))
        .isEqualTo("scripts/x.md:7: speech synthesis failed");
  }

  @Test
  void aFailureWithoutAMessageIsStillOneLineNamingTheScript() {
    assertThat(Batch.failure(SCRIPT, new IOException())).isEqualTo("scripts/x.md: IOException");
  }
}
