package org.paperledge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.paperledge.model.InputException;
import org.paperledge.model.ToolException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code paperledge} command line. */
@Command(name = "paperledge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Turns podcast scripts into finished, chaptered MP3s and feed entries.",
    subcommands = {RenderCommand.class, FeedCommand.class, PublishCommand.class, CheckCommand.class, SayCommand.class,
        PreviewCommand.class,
        VoicesCommand.class, LexiconCommand.class, CacheCommand.class, CommandLine.HelpCommand.class},
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
    cli.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("paperledge: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
          + " --help'.");
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler(Main::handle);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * What a command that threw exits with, after one line naming what went wrong: the producer's input (exit 2),
   * a tool or the file system (exit 1), or PaperLedge itself (exit 1). The stack trace, with every cause, only
   * with the command's {@code --verbose}.
   */
  static int handle(Exception ex, CommandLine command, CommandLine.ParseResult parsed) {
    PrintWriter err = command.getErr();
    int code;
    if (Stop.stopping()) {
      return FAILED; // a consequence of the stop, which the process exits with instead
    }
    if (ex instanceof InputException input) {
      err.println("paperledge: " + input.describe());
      code = BAD_INPUT;
    } else if (ex instanceof ToolException || ex instanceof IOException) {
      err.println("paperledge: " + describe(ex));
      code = FAILED;
    } else {
      err.println("paperledge: internal error: " + ex);
      code = FAILED;
    }
    CommandLine.ParseResult own = command.getParseResult();
    if (own != null && own.hasMatchedOption("--verbose")) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** The message of a tool or file-system failure, never empty. */
  static String describe(Exception e) {
    if (e instanceof NoSuchFileException missing) {
      return missing.getFile() + ": no such file";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  public static void main(String[] args) {
    // MaryTTS logs through Log4j, which registers a shutdown hook of its own when it starts: a stop (SIGTERM,
    // Ctrl-C) during MaryTTS's start then has Log4j print its own errors to stderr. PaperLedge keeps none of
    // MaryTTS's logs, so Log4j neither hooks the shutdown nor reports on itself.
    System.setProperty("log4j.shutdownHookEnabled", "false");
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
    // MaryTTS's own shutdown hook throws when the JVM stops while MaryTTS is still starting ("MARY system is not
    // running"); nothing is lost by it, so it is not printed. Any other uncaught exception is, as by default.
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (java.util.Arrays.stream(e.getStackTrace()).noneMatch(f -> f.getClassName().equals("marytts.server.Mary$2"))) {
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        e.printStackTrace();
      }
    });
    Stop.install(System.err);
    int code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    Stop.finished();
    System.exit(code);
  }
}
