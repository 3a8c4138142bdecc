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

/**
 * Turns the Markdown body of a script into chapters of plain-text paragraphs.
 *
 * <p>Headings of levels 1 to 3 start chapters; text before the first heading forms an opening chapter. Inline
 * markup is read as its text (a link reads its text, not its URL); list items and block quotes are read paragraph
 * by paragraph; code blocks and raw HTML are not spoken.
 */
final class MarkdownBody {
  /** Title of the chapter holding the text before the first heading. */
  static final String OPENING_TITLE = "Introduction";
  private static final int MAX_HEADING = 1_000;

  private final Path file;
  private final int firstLine;
  private final List<Script.Chapter> chapters = new ArrayList<>();
  private String title = OPENING_TITLE;
  private int titleLine = -1;
  private List<Script.Paragraph> paragraphs = new ArrayList<>();
  private int headings;

  MarkdownBody(Path file, int firstLine) {
    this.file = file;
    this.firstLine = firstLine;
  }

  List<Script.Chapter> chapters(String markdown) throws ScriptException {
    Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    Node document = parser.parse(markdown);
    document.accept(new Walker());
    finishChapter();
    if (chapters.isEmpty()) {
      String what = headings > 0 ? "only headings" : "nothing";
      throw new ScriptException(file, firstLine > 1 ? firstLine - 1 : 1,
          "script body has " + what + " to say: add at least one paragraph");
    }
    return chapters;
  }

  private void finishChapter() {
    if (!paragraphs.isEmpty()) {
      int line = titleLine > 0 ? titleLine : paragraphs.get(0).line();
      chapters.add(new Script.Chapter(title, line, paragraphs));
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
      String text = normalizeSpace(plainText(heading));
      if (heading.getLevel() > 3) {
        addParagraph(text, lineOf(heading));
        return;
      }
      headings++;
      finishChapter();
      if (text.length() > MAX_HEADING) {
        text = text.substring(0, MAX_HEADING - 3).strip() + "...";
      }
      title = text.isEmpty() ? "Chapter " + (chapters.size() + 1) : text;
      titleLine = lineOf(heading);
    }

    @Override
    public void visit(Paragraph paragraph) {
      addParagraph(normalizeSpace(plainText(paragraph)), lineOf(paragraph));
    }

    @Override
    public void visit(BlockQuote quote) {
      visitChildren(quote);
    }

    @Override
    public void visit(FencedCodeBlock code) {
      // Code is shown, not spoken.
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      // Code is shown, not spoken.
    }

    @Override
    public void visit(HtmlBlock html) {
      // Raw HTML (comments, embeds) is never read aloud.
    }

    private void addParagraph(String text, int line) {
      if (!text.isBlank()) {
        paragraphs.add(new Script.Paragraph(text, line));
      }
    }
  }

  /** The text a listener should hear for an inline tree: markup dropped, links read by their text. */
  static String plainText(Node node) {
    StringBuilder out = new StringBuilder();
    appendText(node, out);
    return out.toString();
  }

  private static void appendText(Node node, StringBuilder out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        out.append(text.getLiteral());
      } else if (child instanceof Code code) {
        out.append(code.getLiteral());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        out.append(' ');
      } else if (child instanceof HtmlInline || child instanceof Image) {
        out.append(' ');
      } else {
        appendText(child, out);
      }
    }
  }

  private static String normalizeSpace(String text) {
    return TextCleaner.clean(text).replaceAll("\\s+", " ").strip();
  }
}
