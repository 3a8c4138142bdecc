package org.paperledge.show;

import java.nio.file.Path;

/** A problem in the show file, a voice profile or a lexicon: names the file and, where known, the line. */
public final class ConfigException extends Exception {
  private final Path file;
  private final int line;

  public ConfigException(Path file, int line, String message) {
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
