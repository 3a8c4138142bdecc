package org.paperledge.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each character of a paragraph's plain text came from in the script, so that {@code check} can point at a
 * line and column.
 */
public final class SourceMap {
  private final int[] lines;
  private final int[] columns;

  SourceMap(int[] lines, int[] columns) {
    if (lines.length != columns.length) {
      throw new IllegalArgumentException("lines and columns differ in length");
    }
    this.lines = lines.clone();
    this.columns = columns.clone();
  }

  /** A map placing every character on {@code line}, column 1: for text whose columns are unknown. */
  public static SourceMap atLine(int line, int length) {
    int[] lines = new int[length];
    Arrays.fill(lines, line);
    int[] columns = new int[length];
    Arrays.fill(columns, 1);
    return new SourceMap(lines, columns);
  }

  /** The 1-based script line of the character at {@code offset} (clamped to the text). */
  public int line(int offset) {
    return lines.length == 0 ? 0 : lines[clamp(offset)];
  }

  /** The 1-based column of the character at {@code offset} (clamped to the text). */
  public int column(int offset) {
    return columns.length == 0 ? 1 : columns[clamp(offset)];
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(lines.length - 1, offset));
  }

  /** Builds text and its map together, character by character, with the marks on it. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Mark> marks = new ArrayList<>();
    private int[] lines = new int[64];
    private int[] columns = new int[64];

    void append(char c, int line, int column) {
      if (text.length() == lines.length) {
        lines = Arrays.copyOf(lines, lines.length * 2);
        columns = Arrays.copyOf(columns, columns.length * 2);
      }
      lines[text.length()] = line;
      columns[text.length()] = column;
      text.append(c);
    }

    int length() {
      return text.length();
    }

    /** Adds a mark over characters {@code [start, end)} of the text built so far. */
    void mark(Mark mark) {
      marks.add(mark);
    }

    char charAt(int i) {
      return text.charAt(i);
    }

    int lineAt(int i) {
      return lines[i];
    }

    int columnAt(int i) {
      return columns[i];
    }

    /**
     * The cleaned text and its map: control characters and byte order marks dropped, whitespace runs folded to
     * one space, ends trimmed; {@code null} when nothing is left.
     */
    Script.Paragraph paragraph(int line) {
      Builder out = new Builder();
      // kept[i]: where raw character i went in the cleaned text, or -1 when it was dropped or folded away
      int[] kept = new int[text.length()];
      Arrays.fill(kept, -1);
      boolean space = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          space = out.length() > 0;
          continue;
        }
        if ((Character.isISOControl(c)) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF'
            || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))))
            || (Character.isHighSurrogate(c) && (i + 1 >= text.length()
                || !Character.isLowSurrogate(text.charAt(i + 1))))) {
          continue;
        }
        if (space) {
          out.append(' ', lines[i], Math.max(1, columns[i] - 1));
          space = false;
        }
        kept[i] = out.length();
        out.append(c, lines[i], columns[i]);
      }
      String cleaned = out.text.toString();
      if (cleaned.isBlank()) {
        return null;
      }
      return new Script.Paragraph(cleaned, line, new SourceMap(Arrays.copyOf(out.lines, out.length()),
          Arrays.copyOf(out.columns, out.length())), java.util.Optional.empty(), false,
          remapped(kept, cleaned.length()), Script.ListPosition.NONE);
    }

    /** The marks, moved from the raw text's characters to the cleaned text's ({@code kept}: where each went). */
    private List<Mark> remapped(int[] kept, int length) {
      List<Mark> out = new ArrayList<>();
      for (Mark mark : marks) {
        int start = length;
        for (int i = mark.start(); i < kept.length; i++) {
          if (kept[i] >= 0) {
            start = kept[i];
            break;
          }
        }
        int end = 0;
        for (int i = Math.min(mark.end(), kept.length) - 1; i >= 0; i--) {
          if (kept[i] >= 0) {
            end = kept[i] + 1;
            break;
          }
        }
        if (mark.type() == Mark.Type.PAUSE) {
          out.add(new Mark(mark.type(), start, start, mark.argument(), mark.line(), mark.column()));
        } else if (end > start) {
          out.add(new Mark(mark.type(), start, end, mark.argument(), mark.line(), mark.column()));
        }
      }
      out.sort(java.util.Comparator.comparingInt(Mark::start));
      return out;
    }
  }
}
