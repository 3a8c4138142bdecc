package org.paperledge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the command line's paths into script files: files as given, folders to their {@code *.md} files. */
final class ScriptFiles {
  private ScriptFiles() {}

  /** A path on the command line that does not exist. */
  static final class MissingPathException extends Exception {
    MissingPathException(String message) {
      super(message);
    }
  }

  static List<Path> find(List<Path> paths) throws MissingPathException {
    Set<Path> files = new LinkedHashSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(p -> files.add(p.normalize()));
        } catch (IOException e) {
          throw new MissingPathException(path + ": cannot list folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path.normalize());
      } else {
        throw new MissingPathException(path + ": no such file or folder");
      }
    }
    return new ArrayList<>(files);
  }
}
