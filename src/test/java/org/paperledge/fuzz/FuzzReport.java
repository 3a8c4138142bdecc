package org.paperledge.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many cases each fuzz property ran, in how long: printed as each property ends, and written, with the
 * total for the test run, to {@code target/fuzz-report.txt} (which the reliability suite prints).
 */
final class FuzzReport {
  static final Path FILE = Path.of("target", "fuzz-report.txt");
  private static final Map<String, String> LINES = new LinkedHashMap<>();
  private static long cases;
  private static double seconds;

  private FuzzReport() {}

  /** Keeps a failing case's literal in {@code target/fuzz-failures/}, for an example-based test; its file. */
  static synchronized Path keep(String name, String literal) {
    Path file = FILE.resolveSibling("fuzz-failures").resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".txt");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, literal + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static synchronized void add(String name, int count, double elapsed, double slowestMillis, boolean failed) {
    String line = String.format(Locale.ROOT, "%s: %d cases in %.1f s, slowest case %.0f ms%s", name, count, elapsed,
        slowestMillis, failed ? " FAILED" : "");
    System.out.println("fuzz: " + line);
    LINES.put(name, line);
    cases += count;
    seconds += elapsed;
    List<String> all = new ArrayList<>(LINES.values());
    all.add(String.format(Locale.ROOT, "total: %d cases in %.1f s (%d properties, %.0f ms per case at most)",
        cases, seconds, LINES.size(), (double) Fuzz.CASE_LIMIT.toMillis()));
    try {
      Files.createDirectories(FILE.getParent());
      Files.write(FILE, all, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
