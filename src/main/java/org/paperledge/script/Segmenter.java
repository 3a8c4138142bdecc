package org.paperledge.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into segments: one per sentence, a sentence longer than the bound cut at clause boundaries
 * (or, failing those, between words) so that no segment exceeds {@code maxChars}.
 */
public final class Segmenter {
  /** Default bound: about 20 seconds of speech, well within what MaryTTS handles in one call. */
  public static final int DEFAULT_MAX_CHARS = 300;

  private final int maxChars;

  public Segmenter() {
    this(DEFAULT_MAX_CHARS);
  }

  public Segmenter(int maxChars) {
    if (maxChars < 20) {
      throw new IllegalArgumentException("maxChars too small: " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /** The segments of {@code script}, in speaking order. */
  public List<Segment> segments(Script script) {
    List<Segment> segments = new ArrayList<>();
    int paragraphIndex = 0;
    for (int c = 0; c < script.chapters().size(); c++) {
      Script.Chapter chapter = script.chapters().get(c);
      for (int p = 0; p < chapter.paragraphs().size(); p++) {
        Script.Paragraph paragraph = chapter.paragraphs().get(p);
        Segment.Pause first = p > 0 ? Segment.Pause.PARAGRAPH
            : segments.isEmpty() ? Segment.Pause.NONE : Segment.Pause.CHAPTER;
        add(segments, c, paragraphIndex++, paragraph.line(), paragraph.text(), first);
      }
    }
    return segments;
  }

  /** The segments of one paragraph of text, alone (its first without a pause), as a script's would be. */
  public List<Segment> segments(String paragraph) {
    List<Segment> segments = new ArrayList<>();
    add(segments, 0, 0, 1, paragraph, Segment.Pause.NONE);
    return segments;
  }

  private void add(List<Segment> segments, int chapter, int paragraph, int line, String text, Segment.Pause first) {
    List<Sentences.Span> sentences = Sentences.spans(text);
    for (int s = 0; s < sentences.size(); s++) {
      Sentences.Span span = sentences.get(s);
      List<String> pieces = bound(text.substring(span.start(), span.end()));
      int cursor = span.start();
      for (int k = 0; k < pieces.size(); k++) {
        int offset = Math.max(cursor, text.indexOf(pieces.get(k), cursor));
        cursor = offset + pieces.get(k).length();
        Segment.Pause pause = k > 0 ? Segment.Pause.NONE : s > 0 ? Segment.Pause.SENTENCE : first;
        segments.add(new Segment(chapter, paragraph, line, offset, pieces.get(k), pause));
      }
    }
  }

  /** Cuts {@code sentence} into pieces of at most {@code maxChars}, preferring clause boundaries. */
  List<String> bound(String sentence) {
    List<String> pieces = new ArrayList<>();
    String rest = sentence;
    while (rest.length() > maxChars) {
      int cut = lastBreak(rest, maxChars);
      pieces.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      pieces.add(rest);
    }
    return pieces;
  }

  /** Index after which to cut {@code text}, at most {@code limit}: a clause mark, else a space, else the limit. */
  private static int lastBreak(String text, int limit) {
    int minimum = limit / 3;
    for (int i = limit - 1; i >= minimum; i--) {
      char c = text.charAt(i);
      if ((c == ',' || c == ';' || c == ':' || c == '—' || c == '–') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    for (int i = limit; i >= minimum; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }
}
