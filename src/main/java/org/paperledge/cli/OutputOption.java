package org.paperledge.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}: the output folder, where episodes, the feed and the page are published. */
final class OutputOption {
  @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: ${DEFAULT-VALUE}")
  Path dir = Path.of("output");
}
