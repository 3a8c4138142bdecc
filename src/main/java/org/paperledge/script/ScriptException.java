package org.paperledge.script;

import java.nio.file.Path;

/**
 * A problem with an episode script that the producer must fix: it names the file and, where known, the line.
 */
public final class ScriptException extends Exception {
  private final Path file;
  private final int line;

  /**
   * @param file the script
   * @param line the 1-based line, or 0 when the problem concerns the whole file
   * @param message what is wrong, without the file name
   */
  public ScriptException(Path file, int line, String message) {
    super(message);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  /** The one-line form users see: {@code file:line: message}. */
  public String describe() {
    return line > 0 ? file + ":" + line + ": " + getMessage() : file + ": " + getMessage();
  }
}
