package org.paperledge.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.PumpStreamHandler;
import org.paperledge.model.ToolException;

/**
 * Runs an external program from an argument list (never through a shell) with a time limit, keeping its standard
 * output and the tail of its standard error for error messages.
 */
public final class ProcessRunner {
  private static final int STDERR_TAIL_LINES = 12;
  /** Every program started here and still running, so that a stopped run takes them down with it. */
  private static final Children CHILDREN = new Children();

  private final Map<String, String> environment;

  /** @param extraEnvironment variables added to this process's environment for every child */
  public ProcessRunner(Map<String, String> extraEnvironment) {
    this.environment = Map.copyOf(extraEnvironment);
  }

  /** What a finished program printed. */
  public record Result(String stdout, String stderr) {}

  /**
   * Runs {@code program} with {@code args}; a non-zero exit, a crash or a time-out becomes a {@link ToolException}
   * naming {@code step} and ending with the tail of the program's standard error.
   */
  public Result run(String step, Path program, List<String> args, Duration timeout) throws ToolException {
    CommandLine command = new CommandLine(program.toString());
    for (String arg : args) {
      command.addArgument(arg, false);
    }
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    TailStream stderr = new TailStream();
    ExecuteWatchdog watchdog = ExecuteWatchdog.builder().setTimeout(timeout).get();
    DefaultExecutor executor = DefaultExecutor.builder().get();
    executor.setStreamHandler(new PumpStreamHandler(stdout, stderr));
    executor.setWatchdog(watchdog);
    executor.setProcessDestroyer(CHILDREN);
    executor.setExitValues(null);
    Map<String, String> env = new HashMap<>(System.getenv());
    environment.forEach((key, value) -> env.merge(key, value, (old, add) -> add + ":" + old));
    int exit;
    try {
      exit = executor.execute(command, env);
    } catch (ExecuteException e) {
      exit = e.getExitValue();
    } catch (IOException e) {
      throw new ToolException(step + ": cannot run " + program + ": " + e.getMessage(), e);
    }
    String err = stderr.text();
    if (CHILDREN.stopped()) {
      throw new ToolException(step + ": stopped");
    }
    if (watchdog.killedProcess()) {
      throw new ToolException(step + ": " + program.getFileName() + " did not finish within "
          + timeout.toSeconds() + " s and was stopped" + tail(err));
    }
    if (exit != 0) {
      String how = exit > 128 ? "was killed by signal " + (exit - 128) : "exited with status " + exit;
      throw new ToolException(step + ": " + program.getFileName() + " " + how + tail(err));
    }
    return new Result(stdout.toString(StandardCharsets.UTF_8), stderr.full());
  }

  /**
   * Kills every program still running and waits up to {@code wait} for them to be gone; from now on, a program
   * started is killed at once. For a run that is being stopped: its children must not outlive it.
   *
   * @return how many were running
   */
  public static int stopChildren(Duration wait) {
    return CHILDREN.stop(wait);
  }

  /** Runs programs again after {@link #stopChildren}: for tests, which stop and go on in one JVM. */
  static void resumeChildren() {
    CHILDREN.resume();
  }

  private static String tail(String stderr) {
    String trimmed = stderr.strip();
    return trimmed.isEmpty() ? "" : ": " + trimmed.replaceAll("\\s*\\n\\s*", " | ");
  }

  /** Keeps the last lines written to it, so a chatty program cannot fill memory. */
  private static final class TailStream extends OutputStream {
    private final Deque<String> lines = new ArrayDeque<>();
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private final StringBuilder all = new StringBuilder();

    @Override
    public synchronized void write(int b) {
      if (b == '\n' || b == '\r') {
        flushLine();
      } else if (current.size() < 4096) {
        current.write(b);
      }
    }

    private void flushLine() {
      if (current.size() == 0) {
        return;
      }
      String line = current.toString(StandardCharsets.UTF_8);
      current.reset();
      lines.addLast(line);
      if (all.length() < 1 << 20) {
        all.append(line).append('\n');
      }
      while (lines.size() > STDERR_TAIL_LINES) {
        lines.removeFirst();
      }
    }

    synchronized String text() {
      flushLine();
      return String.join("\n", lines);
    }

    /** Up to 1 MiB of everything written, for output that tools print on standard error (loudnorm's JSON). */
    synchronized String full() {
      flushLine();
      return all.toString();
    }
  }
}
