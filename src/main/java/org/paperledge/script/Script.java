package org.paperledge.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed episode script: its metadata and its spoken body, chapter by chapter.
 *
 * @param file where the script was read from
 * @param meta the front matter
 * @param chapters the chapters in order, each with at least one paragraph
 * @param lexicon pronunciation entries this episode adds to its voice's lexicon (written form to spoken form)
 * @param notices things the parser left out that a producer may not expect (empty headings, code blocks)
 */
public record Script(Path file, EpisodeMeta meta, List<Chapter> chapters, Map<String, String> lexicon,
    List<Notice> notices) {
  public Script {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(meta, "meta");
    chapters = List.copyOf(chapters);
    lexicon = Map.copyOf(lexicon);
    notices = List.copyOf(notices);
    if (chapters.isEmpty()) {
      throw new IllegalArgumentException("a script needs at least one chapter");
    }
  }

  /**
   * A chapter: a heading's title and the paragraphs under it.
   *
   * @param title the heading text as plain text
   * @param line the 1-based line of the heading in the script (of the first paragraph for the opening chapter)
   * @param paragraphs what is spoken in this chapter, never empty
   * @param url the http(s) link in the heading, if it has one
   */
  public record Chapter(String title, int line, List<Paragraph> paragraphs, java.util.Optional<java.net.URI> url) {
    public Chapter {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(url, "url");
      paragraphs = List.copyOf(paragraphs);
      if (paragraphs.isEmpty()) {
        throw new IllegalArgumentException("chapter without paragraphs: " + title);
      }
    }
  }

  /**
   * One paragraph of spoken text, already reduced from Markdown to plain text.
   *
   * @param text the words to say
   * @param line the 1-based line where the paragraph starts in the script
   * @param source where each character of {@code text} is in the script
   * @param turn the speaker whose turn starts here ({@code **Maya:**}), if one does; the turn lasts until the next
   * @param quote whether it is a block quote (read in the show's quotation voice)
   * @param marks emphasis and the producer's controls on its text, in order of their start
   * @param list where it stands in a list, if it is a list item
   */
  public record Paragraph(String text, int line, SourceMap source, java.util.Optional<String> turn,
      boolean quote, List<Mark> marks, ListPosition list) {
    public Paragraph {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(turn, "turn");
      marks = List.copyOf(marks);
      Objects.requireNonNull(list, "list");
      for (Mark mark : marks) {
        if (mark.end() > text.length()) {
          throw new IllegalArgumentException("mark beyond the paragraph: " + mark);
        }
      }
      if (text.isBlank()) {
        throw new IllegalArgumentException("blank paragraph at line " + line);
      }
    }

    /** This paragraph opening {@code turn}'s turn, read as a quote or not, at {@code list} in a list. */
    public Paragraph with(java.util.Optional<String> turn, boolean quote, ListPosition list) {
      return new Paragraph(text, line, source, turn, quote, marks, list);
    }
  }

  /** A paragraph's place in a list. */
  public enum ListPosition {
    /** Not in a list. */
    NONE,
    /** An item with more after it. */
    ITEM,
    /** The list's last item. */
    LAST_ITEM
  }

  /**
   * Something in the script that is valid but will not be heard as the producer may expect.
   *
   * @param line the 1-based script line
   * @param message what happens to it
   */
  public record Notice(int line, String message) {
    public Notice {
      Objects.requireNonNull(message, "message");
    }
  }
}
