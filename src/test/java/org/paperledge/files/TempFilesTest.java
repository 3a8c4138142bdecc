package org.paperledge.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stopped run deletes its temporary files, makes no new one, and never makes a deleted one again. */
class TempFilesTest {
  @TempDir
  Path dir;

  @AfterEach
  void goOn() {
    TempFiles.resume();
  }

  @Test
  void stopDeletesWhatIsStillTemporaryAndNothingElse() throws Exception {
    Path work = TempFiles.folder(dir, "work-");
    Files.writeString(work.resolve("chunk.f32"), "samples");
    Path part = AtomicFiles.tempBeside(dir.resolve("episode.mp3"));
    AtomicFiles.write(dir.resolve("feed.xml"), "<rss/>".getBytes());
    Path moved = AtomicFiles.tempBeside(dir.resolve("item.xml"));
    AtomicFiles.moveIntoPlace(moved, dir.resolve("item.xml"));

    assertThat(TempFiles.stop()).isEqualTo(2);
    assertThat(work).doesNotExist();
    assertThat(part).doesNotExist();
    assertThat(dir.resolve("feed.xml")).hasContent("<rss/>");
    assertThat(dir.resolve("item.xml")).exists();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("feed.xml", "item.xml");
    }
  }

  @Test
  void onceStoppedNoTemporaryFileIsMade() throws Exception {
    TempFiles.stop();
    assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("feed.xml"), new byte[] {1}))
        .isInstanceOf(InterruptedIOException.class);
    assertThatThrownBy(() -> TempFiles.folder(dir, "work-")).isInstanceOf(InterruptedIOException.class);
    try (var left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aTemporaryFileDeletedByAStopIsNotMadeAgainByItsWriter() throws Exception {
    Path part = AtomicFiles.tempBeside(dir.resolve("episode.mp3"));
    TempFiles.stop();
    assertThatThrownBy(() -> {
      try (OutputStream out = AtomicFiles.openTemp(part)) {
        out.write(1);
      }
    }).isInstanceOf(NoSuchFileException.class);
    assertThat(part).doesNotExist();
  }

  @Test
  void aFolderStillBeingFilledIsDeletedAll() throws Exception {
    Path work = TempFiles.folder(dir, "work-");
    Thread writer = new Thread(() -> {
      for (int i = 0; i < 10_000; i++) {
        try {
          Files.writeString(work.resolve("chunk-" + i), "x");
        } catch (java.io.IOException e) {
          return; // the folder is gone
        }
      }
    });
    writer.start();
    Thread.sleep(5);
    TempFiles.stop();
    writer.join();
    assertThat(work).doesNotExist();
  }
}
