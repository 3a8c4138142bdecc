package org.paperledge.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar for terminals: segments done of total and the time left, redrawn in place. Used only
 * when standard output is a terminal; CI logs get one plain line per episode instead.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintWriter out;
  private final String label;
  private final long started = System.nanoTime();
  private int lastLength;

  ProgressBar(PrintWriter out, String label) {
    this.out = out;
    this.label = label;
  }

  /** Redraws the bar for {@code done} of {@code total} segments; clears it once all are done. */
  void update(int done, int total) {
    if (done >= total) {
      clear();
      return;
    }
    String line = render(label, done, total, (System.nanoTime() - started) / 1e9);
    out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    out.flush();
    lastLength = line.length();
  }

  /** Clears the bar, so the episode's summary line takes its place. */
  private void clear() {
    out.print("\r" + " ".repeat(lastLength) + "\r");
    out.flush();
  }

  /** The bar's text: {@code label [#####-----] 12/49 segments, about 20 s left}. */
  static String render(String label, int done, int total, double elapsedSeconds) {
    int filled = total == 0 ? WIDTH : (int) Math.round(WIDTH * (double) done / total);
    String eta = done == 0 || done >= total ? ""
        : String.format(Locale.ROOT, ", about %.0f s left", elapsedSeconds / done * (total - done));
    return String.format(Locale.ROOT, "%s [%s%s] %d/%d segments%s", label, "#".repeat(filled),
        "-".repeat(WIDTH - filled), done, total, eta);
  }
}
