package org.paperledge.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A problem in something the producer wrote (a script, the show file, a voice profile, a lexicon) that they must
 * fix: it names the file and, where known, the line and column. The command line reports it as one line and
 * exits 2.
 */
public final class InputException extends Exception {
  private final Path file;
  private final int line;
  private final int column;

  /**
   * @param file the file at fault
   * @param line the 1-based line, or 0 when the problem concerns the whole file
   * @param message what is wrong, without the file name
   */
  public InputException(Path file, int line, String message) {
    this(file, line, 0, message);
  }

  /**
   * @param column the 1-based column, or 0 when only the line is known
   */
  public InputException(Path file, int line, int column, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.file = Objects.requireNonNull(file, "file");
    this.line = Math.max(0, line);
    this.column = this.line > 0 ? Math.max(0, column) : 0;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /**
   * The one-line form users see: {@code file:line:col: message}, as much of the place as is known, with what the
   * message quotes from the file made visible ({@link OneLine}).
   */
  public String describe() {
    String where = line == 0 ? file.toString() : column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    return OneLine.of(where + ": " + getMessage());
  }
}
