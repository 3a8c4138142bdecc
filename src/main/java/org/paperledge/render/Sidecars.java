package org.paperledge.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperledge.files.AtomicFiles;
import org.paperledge.files.TempFiles;

/**
 * The files of one episode, staged under temporary names in the output folder and published together: each is
 * moved into place in one step, in the order given, so a reader never sees a partly written file.
 */
final class Sidecars {
  private final Path outDir;
  private final String slug;
  private final Map<String, Path> staged = new LinkedHashMap<>();

  Sidecars(Path outDir, String slug) {
    this.outDir = outDir;
    this.slug = slug;
  }

  /** A temporary file for {@code SLUG.extension}, to be written by the caller. */
  Path reserve(String extension) throws IOException {
    Path tmp = TempFiles.file(outDir, "." + slug + ".", "." + extension + ".part");
    staged.put(extension, tmp);
    return tmp;
  }

  void stage(String extension, String text) throws IOException {
    stage(extension, text.getBytes(StandardCharsets.UTF_8));
  }

  void stage(String extension, byte[] bytes) throws IOException {
    AtomicFiles.writeTemp(reserve(extension), bytes);
  }

  /** Moves the staged files to their published names, in {@code order}. */
  void publish(List<String> order) throws IOException {
    for (String extension : order) {
      Path tmp = staged.remove(extension);
      if (tmp == null) {
        throw new IllegalStateException("nothing staged for ." + extension);
      }
      AtomicFiles.moveIntoPlace(tmp, outDir.resolve(slug + "." + extension));
    }
  }

  /** Deletes whatever is still staged (after a failure). */
  void discard() {
    for (Path tmp : staged.values()) {
      try {
        AtomicFiles.discard(tmp);
      } catch (IOException e) {
        // a leftover .part file is harmless and is never published
      }
    }
    staged.clear();
  }
}
