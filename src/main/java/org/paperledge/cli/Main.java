package org.paperledge.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code paperledge} command line. */
@Command(name = "paperledge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Turns podcast scripts into finished, chaptered MP3s and feed entries.",
    subcommands = {RenderCommand.class, FeedCommand.class, CheckCommand.class, SayCommand.class, CacheCommand.class,
        LexiconCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:a render or a tool failed", "2:bad usage or bad input"})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code when rendering or an external tool failed. */
  public static final int FAILED = 1;
  /** Exit code for bad usage or bad input. */
  public static final int BAD_INPUT = 2;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line with the given writers and returns the exit code; used by tests. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> FAILED);
    cli.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("paperledge: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
          + " --help'.");
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("paperledge: internal error: " + ex);
      if (parseResult.hasMatchedOption("--verbose")) {
        ex.printStackTrace(commandLine.getErr());
      }
      return FAILED;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    int code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    System.exit(code);
  }
}
