package org.paperledge.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperledge.lint.Finding;
import org.paperledge.render.PlannedLine;
import org.paperledge.script.Script;
import org.paperledge.script.Segment;
import org.paperledge.script.Segmenter;

/**
 * Where each planned line is written in the script, from its first character to its last (line and column), so
 * that the page can show {@code check}'s findings inside the sentence they are about.
 */
final class SourceSpans {
  /**
   * A stretch of the script, both ends included.
   *
   * @param line the 1-based line of its first character
   * @param column the 1-based column of its first character
   * @param endLine the line of its last character
   * @param endColumn the column of its last character
   */
  record Span(int line, int column, int endLine, int endColumn) {
    Span {
      if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
        throw new IllegalArgumentException("not a span: " + line + ":" + column + "-" + endLine + ":" + endColumn);
      }
    }

    boolean contains(int atLine, int atColumn) {
      return compare(atLine, atColumn, line, column) >= 0 && compare(atLine, atColumn, endLine, endColumn) <= 0;
    }

    private static int compare(int lineA, int columnA, int lineB, int columnB) {
      return lineA != lineB ? Integer.compare(lineA, lineB) : Integer.compare(columnA, columnB);
    }
  }

  private SourceSpans() {}

  /**
   * The span of each of {@code lines}, planned from {@code script}; empty for what the host adds (the intro and
   * the credit). The plan has one line per segment of the script, in order; should it ever differ, a line gets
   * the span of its whole paragraph's first line instead.
   */
  static List<Optional<Span>> of(Script script, List<PlannedLine> lines) {
    List<Segment> segments = new Segmenter().segments(script);
    List<Script.Paragraph> paragraphs = script.chapters().stream().flatMap(c -> c.paragraphs().stream()).toList();
    List<Integer> fromScript = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).scriptLine() > 0) {
        fromScript.add(i);
      }
    }
    boolean aligned = fromScript.size() == segments.size();
    for (int k = 0; aligned && k < segments.size(); k++) {
      aligned = lines.get(fromScript.get(k)).scriptLine() == segments.get(k).line();
    }
    List<Optional<Span>> spans = new ArrayList<>();
    int next = 0;
    for (PlannedLine line : lines) {
      if (line.scriptLine() == 0) {
        spans.add(Optional.empty());
      } else if (aligned) {
        Segment segment = segments.get(next++);
        Script.Paragraph paragraph = paragraphs.get(segment.paragraph());
        int last = segment.offset() + segment.text().length() - 1;
        spans.add(Optional.of(new Span(paragraph.source().line(segment.offset()),
            paragraph.source().column(segment.offset()), paragraph.source().line(last),
            paragraph.source().column(last))));
      } else {
        spans.add(Optional.of(new Span(line.scriptLine(), 1, line.scriptLine(), Integer.MAX_VALUE)));
      }
    }
    return spans;
  }

  /** The index of the line whose span holds {@code finding}'s line and column; empty when none does. */
  static Optional<Integer> lineOf(Finding finding, List<Optional<Span>> spans) {
    if (finding.line() < 1) {
      return Optional.empty();
    }
    int column = Math.max(1, finding.column());
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).isPresent() && spans.get(i).get().contains(finding.line(), column)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
