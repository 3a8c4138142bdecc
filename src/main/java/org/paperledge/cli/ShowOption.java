package org.paperledge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.paperledge.model.InputException;
import org.paperledge.show.Show;
import picocli.CommandLine.Option;

/** {@code --show FILE}: the show file. */
final class ShowOption {
  @Option(names = "--show", paramLabel = "FILE", description = "Show settings. Default: ${DEFAULT-VALUE}")
  Path file = Path.of("show.yaml");

  /** The show file, read; when it is not there, the error says where it was looked for and what to do. */
  Show show() throws InputException {
    if (!Files.exists(file)) {
      throw new InputException(file, 0, "no such file in " + Path.of("").toAbsolutePath()
          + "; run paperledge from the project folder, or name the show file with --show FILE");
    }
    return Show.load(file);
  }
}
