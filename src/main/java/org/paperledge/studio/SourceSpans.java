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
   * the credit). Each line is a segment of the script or a piece of one (the planner cuts a segment where a
   * producer's control asks, at a pause or at the edges of a span another speaker reads), so its text is found in
   * its segment, in order. Should a line not be found there, it gets its paragraph's first line instead.
   */
  static List<Optional<Span>> of(Script script, List<PlannedLine> lines) {
    List<Segment> segments = new Segmenter().segments(script);
    List<Script.Paragraph> paragraphs = script.chapters().stream().flatMap(c -> c.paragraphs().stream()).toList();
    List<Optional<Span>> spans = new ArrayList<>();
    int next = 0;
    int cursor = 0;
    for (PlannedLine line : lines) {
      if (line.scriptLine() == 0) {
        spans.add(Optional.empty());
        continue;
      }
      Optional<Span> span = Optional.empty();
      for (int k = next; k < segments.size() && span.isEmpty(); k++) {
        Segment segment = segments.get(k);
        int at = segment.line() == line.scriptLine() ? segment.text().indexOf(line.text(), k == next ? cursor : 0)
            : -1;
        if (at >= 0 && !line.text().isEmpty()) {
          Script.Paragraph paragraph = paragraphs.get(segment.paragraph());
          int first = segment.offset() + at;
          int last = first + line.text().length() - 1;
          span = Optional.of(new Span(paragraph.source().line(first), paragraph.source().column(first),
              paragraph.source().line(last), paragraph.source().column(last)));
          next = k;
          cursor = at + line.text().length();
        }
      }
      spans.add(span.isPresent() ? span
          : Optional.of(new Span(line.scriptLine(), 1, line.scriptLine(), Integer.MAX_VALUE)));
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
