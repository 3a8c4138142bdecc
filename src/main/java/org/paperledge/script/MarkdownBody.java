package org.paperledge.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.paperledge.model.InputException;

/**
 * Turns the Markdown body of a script into chapters of plain-text paragraphs.
 *
 * <p>Headings of levels 1 to 3 start chapters; text before the first heading forms an opening chapter. Inline
 * markup is read as its text (a link reads its text, not its URL); list items and block quotes are read paragraph
 * by paragraph; code blocks and raw HTML are not spoken.
 *
 * <p>Why it is over 250 lines: one visitor over commonmark-java's node types, each a few lines; the paragraph's
 * text, its source positions, its marks (emphasis and controls) and its turn are collected in the same walk.
 */
final class MarkdownBody {
  /** Title of the chapter holding the text before the first heading. */
  static final String OPENING_TITLE = "Introduction";
  private static final int MAX_HEADING = 1_000;

  private final Path file;
  private final int firstLine;
  private final TurnMarkers turns;
  /** A turn whose marker stood alone in its paragraph: it starts at the next paragraph. */
  private java.util.Optional<String> pendingTurn = java.util.Optional.empty();
  private int quoteDepth;
  private InputException failure;
  private final List<Script.Chapter> chapters = new ArrayList<>();
  private final List<Script.Notice> notices = new ArrayList<>();
  private String title = OPENING_TITLE;
  private int titleLine = -1;
  private java.util.Optional<java.net.URI> titleUrl = java.util.Optional.empty();
  private List<Script.Paragraph> paragraphs = new ArrayList<>();
  private int headings;

  /**
   * @param turns finds the turn markers
   */
  MarkdownBody(Path file, int firstLine, TurnMarkers turns) {
    this.file = file;
    this.firstLine = firstLine;
    this.turns = turns;
  }

  List<Script.Chapter> chapters(String markdown) throws InputException {
    Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    Node document = parser.parse(markdown);
    document.accept(new Walker());
    if (failure != null) {
      throw failure;
    }
    finishChapter();
    if (chapters.isEmpty()) {
      String what = headings > 0 ? "only headings" : "nothing";
      throw new InputException(file, firstLine > 1 ? firstLine - 1 : 1,
          "script body has " + what + " to say: add at least one paragraph");
    }
    return chapters;
  }

  /** What the parser left out, in script order. */
  List<Script.Notice> notices() {
    return notices;
  }

  private void finishChapter() {
    if (paragraphs.isEmpty() && titleLine > 0) {
      notices.add(new Script.Notice(titleLine, "heading '" + FrontMatterValues.oneLine(title)
          + "' has nothing under it before the next heading, so it does not become a chapter"));
    }
    if (!paragraphs.isEmpty()) {
      int line = titleLine > 0 ? titleLine : paragraphs.get(0).line();
      chapters.add(new Script.Chapter(title, line, paragraphs, titleUrl));
    }
    paragraphs = new ArrayList<>();
  }

  private int lineOf(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? firstLine : firstLine + spans.get(0).getLineIndex();
  }

  /** Walks block nodes; inline content is flattened by {@link #plainText}. */
  private final class Walker extends AbstractVisitor {
    @Override
    public void visit(Heading heading) {
      Script.Paragraph text = safely(() -> paragraphOf(heading));
      if (heading.getLevel() > 3) {
        addParagraph(text);
        return;
      }
      headings++;
      finishChapter();
      String title = text == null ? "" : text.text();
      if (title.length() > MAX_HEADING) {
        int cut = MAX_HEADING - 3;
        if (Character.isHighSurrogate(title.charAt(cut - 1))) {
          cut--;
        }
        title = title.substring(0, cut).strip() + "...";
      }
      MarkdownBody.this.title = title.isEmpty() ? "Chapter " + (chapters.size() + 1) : title;
      titleLine = lineOf(heading);
      titleUrl = firstLink(heading);
    }

    @Override
    public void visit(Paragraph paragraph) {
      java.util.Optional<TurnMarkers.Marker> marker;
      try {
        marker = turns.at(paragraph);
      } catch (InputException e) {
        if (failure == null) {
          failure = e;
        }
        return;
      }
      marker.ifPresent(m -> pendingTurn = java.util.Optional.of(m.speaker()));
      Node skip = marker.map(TurnMarkers.Marker::node).orElse(null);
      Script.Paragraph text = safely(() -> paragraphOf(paragraph, skip));
      if (text != null && paragraph.getParent() instanceof org.commonmark.node.ListItem item) {
        text = text.with(text.turn(), text.quote(), item.getNext() == null ? Script.ListPosition.LAST_ITEM
            : Script.ListPosition.ITEM);
      }
      addParagraph(text);
    }

    /** The paragraph {@code read} gives, or null after recording its error (the first is reported). */
    private Script.Paragraph safely(Reading read) {
      try {
        return read.paragraph();
      } catch (InputException e) {
        if (failure == null) {
          failure = e;
        }
        return null;
      }
    }

    @Override
    public void visit(BlockQuote quote) {
      quoteDepth++;
      visitChildren(quote);
      quoteDepth--;
    }

    @Override
    public void visit(FencedCodeBlock code) {
      notices.add(new Script.Notice(lineOf(code), "code block is not read aloud"));
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      notices.add(new Script.Notice(lineOf(code), "indented text is a code block and is not read aloud"));
    }

    @Override
    public void visit(HtmlBlock html) {
      // Raw HTML (comments, embeds) is never read aloud; comments are how producers leave notes.
    }

    private void addParagraph(Script.Paragraph paragraph) {
      if (paragraph != null) {
        paragraphs.add(paragraph.with(pendingTurn, quoteDepth > 0, paragraph.list()));
        pendingTurn = java.util.Optional.empty();
      }
    }
  }

  /** The destination of the first http(s) link inside {@code node} that is a valid URL, if any. */
  private static java.util.Optional<java.net.URI> firstLink(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof org.commonmark.node.Link link) {
        java.util.Optional<java.net.URI> url = org.paperledge.model.HttpUrl.parse(link.getDestination());
        if (url.isPresent()) {
          return url;
        }
      }
      java.util.Optional<java.net.URI> inner = firstLink(child);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return java.util.Optional.empty();
  }

  /** Reads one paragraph. */
  @FunctionalInterface
  private interface Reading {
    Script.Paragraph paragraph() throws InputException;
  }

  /** The plain text of a block with the script position of every character, or null when it has none. */
  private Script.Paragraph paragraphOf(Node block) throws InputException {
    return paragraphOf(block, null);
  }

  /** The same, leaving out {@code skip} (a turn marker), or nothing when it is null. */
  private Script.Paragraph paragraphOf(Node block, Node skip) throws InputException {
    SourceMap.Builder builder = new SourceMap.Builder();
    appendMapped(block, builder, lineOf(block), skip);
    return builder.paragraph(lineOf(block));
  }

  private void appendMapped(Node node, SourceMap.Builder out, int blockLine, Node skip) throws InputException {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child == skip) {
        continue;
      }
      String[] argument = {""};
      Mark.Type marked = markOf(child, blockLine, argument);
      if (marked != null) {
        int start = out.length();
        appendMapped(child, out, blockLine, skip);
        out.mark(new Mark(marked, start, marked == Mark.Type.PAUSE ? start : out.length(), argument[0],
            line(child, blockLine), column(child)));
        continue;
      }
      String literal = null;
      if (child instanceof Text text) {
        literal = text.getLiteral();
      } else if (child instanceof Code code) {
        literal = code.getLiteral();
      }
      if (literal != null) {
        List<SourceSpan> spans = child.getSourceSpans();
        int line = spans.isEmpty() ? blockLine : firstLine + spans.get(0).getLineIndex();
        int column = spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
        if (child instanceof Code && !spans.isEmpty()) {
          column += Math.max(0, (spans.get(0).getLength() - literal.length()) / 2); // skip the backticks
        }
        for (int i = 0; i < literal.length(); i++) {
          out.append(literal.charAt(i), line, column + i);
        }
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak || child instanceof HtmlInline
          || child instanceof Image) {
        int line = out.length() > 0 ? out.lineAt(out.length() - 1) : blockLine;
        int column = out.length() > 0 ? out.columnAt(out.length() - 1) + 1 : 1;
        out.append(' ', line, column);
      } else {
        appendMapped(child, out, blockLine, skip);
      }
    }
  }

  /** What {@code node} marks: emphasis, a control (its argument put in {@code argument}), or nothing (null). */
  private Mark.Type markOf(Node node, int blockLine, String[] argument) throws InputException {
    if (node instanceof org.commonmark.node.Emphasis) {
      return Mark.Type.EMPHASIS;
    }
    if (node instanceof org.commonmark.node.StrongEmphasis) {
      return Mark.Type.STRONG;
    }
    if (node instanceof org.commonmark.node.Link link) {
      return Controls.read(file, line(node, blockLine), column(node), link.getDestination(),
          link.getTitle() == null ? "" : link.getTitle(), link.getFirstChild() == null, argument).orElse(null);
    }
    return null;
  }

  private int line(Node node, int blockLine) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? blockLine : firstLine + spans.get(0).getLineIndex();
  }

  private static int column(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
  }

}
