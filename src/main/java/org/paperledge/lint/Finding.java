package org.paperledge.lint;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.paperledge.model.OneLine;

/**
 * One thing {@code paperledge check} reports.
 *
 * @param file the script
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param severity how bad it is
 * @param message what is wrong
 * @param suggestion a lexicon line that would fix it, if one fits
 */
public record Finding(Path file, int line, int column, Severity severity, String message,
    Optional<String> suggestion) {
  public Finding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(suggestion, "suggestion");
  }

  /** How bad a finding is. */
  public enum Severity {
    /** The script cannot be rendered. */
    ERROR,
    /** The script renders, but something may not sound as meant. */
    WARNING
  }

  /**
   * The compiler-style line: {@code file:line:col: severity: message [suggestion]}, with what it quotes from the
   * script made visible ({@link OneLine}).
   */
  public String format() {
    StringBuilder out = new StringBuilder(file.toString());
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(message);
    suggestion.ifPresent(s -> out.append(" (suggested lexicon line: ").append(s).append(')'));
    return OneLine.of(out.toString());
  }
}
