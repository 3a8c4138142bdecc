package org.paperledge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.paperledge.model.InputException;

/** Expands the command line's paths into script files: files as given, folders to their {@code *.md} files. */
final class ScriptFiles {
  private ScriptFiles() {}

  /** The scripts {@code paths} name; the {@code scripts} folder when there are none. */
  static List<Path> find(List<Path> paths) throws InputException {
    Set<Path> files = new LinkedHashSet<>();
    for (Path path : paths.isEmpty() ? List.of(Path.of("scripts")) : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(p -> files.add(p.normalize()));
        } catch (IOException e) {
          throw new InputException(path, 0, "cannot list folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path.normalize());
      } else {
        throw new InputException(path, 0, "no such file or folder");
      }
    }
    return new ArrayList<>(files);
  }
}
