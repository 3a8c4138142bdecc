package org.paperledge.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces with errors. */
final class VerboseOption {
  @Option(names = "--verbose", description = "Print the stack trace of a failure, with every cause.")
  boolean verbose;
}
