package org.paperledge.model;

/**
 * Text from a producer's files as it is quoted in a message of one line: what a terminal would act on, or a
 * reader could not see, is written as an escape ({@code \t}, {@code \u202E}), so that the message stays on one
 * line, reads in its order, and shows what is really in the file.
 */
public final class OneLine {
  private OneLine() {}

  /** {@code text} with control characters, line and paragraph separators, bidirectional embeddings, overrides and
   * isolates, and unpaired surrogates escaped. */
  public static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!visible(text, i, ch)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(switch (ch) {
          case '\t' -> "\\t";
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          default -> String.format("\\u%04X", (int) ch);
        });
      } else if (out != null) {
        out.append(ch);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean visible(String text, int i, char ch) {
    if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029' || (ch >= '\u202A' && ch <= '\u202E')
        || (ch >= '\u2066' && ch <= '\u2069')) {
      return false;
    }
    if (Character.isHighSurrogate(ch)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(ch)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return true;
  }
}
