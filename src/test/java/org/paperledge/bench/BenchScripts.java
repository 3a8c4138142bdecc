package org.paperledge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The script texts the pipeline benchmark makes from the samples: an episode with one paragraph rewritten, and an
 * hour-long episode of the samples' bodies back to back.
 *
 * <p>Scripts are Markdown after YAML front matter between {@code ---} lines, as {@code ScriptParser} reads them.
 * Headings inside fenced code blocks are not headings.
 */
final class BenchScripts {
  /** A heading that starts a chapter (levels 1 to 3), with its hashes and text. */
  private static final Pattern CHAPTER_HEADING = Pattern.compile(" {0,3}(#{1,3})\\s+(.*?)(?:\\s+#+)?\\s*");
  private static final Pattern ANY_HEADING = Pattern.compile(" {0,3}#{1,6}(?:\\s.*)?");
  private static final Pattern NOT_A_PARAGRAPH = Pattern.compile(
      " {4,}.*|\\s*(?:[-*+]|\\d+[.)])\\s.*|\\s*(?:>|\\||```|~~~|<).*");

  /**
   * One paragraph replaced.
   *
   * @param text the whole new script
   * @param line the 1-based script line of the paragraph
   * @param before the paragraph as it was
   */
  record Edit(String text, int line, String before) {}

  /**
   * A sample episode as the hour-long script uses it.
   *
   * @param title its title, for the heading of its part
   * @param body its Markdown body
   * @param spokenWords how many words its paragraphs hold
   */
  record Sample(String title, String body, int spokenWords) {}

  /**
   * An hour-long script.
   *
   * @param text the script
   * @param parts how many sample bodies it holds
   * @param spokenWords the words of their paragraphs, summed
   */
  record Composed(String text, int parts, int spokenWords) {}

  private BenchScripts() {}

  /** The lines of {@code markdown}, line ends normalized, a final empty line kept if it ends with one. */
  static List<String> lines(String markdown) {
    String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
    return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
  }

  /** Index in {@code lines} of the first body line, after the front matter's closing line. */
  static int bodyStart(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      throw new IllegalArgumentException("script does not start with front matter");
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("---") || line.equals("...")) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("front matter is never closed");
  }

  /** The Markdown body of a script: everything after its front matter. */
  static String body(String markdown) {
    List<String> lines = lines(markdown);
    return String.join("\n", lines.subList(bodyStart(lines), lines.size()));
  }

  /**
   * Replaces the first paragraph after the {@code heading}-th heading of the body (1-based) by {@code replacement}.
   * The paragraph must be one line of plain text (not a list item, quote, table, code or HTML).
   */
  static Edit replaceParagraphAfterHeading(String markdown, int heading, String replacement) {
    if (replacement.isBlank() || replacement.contains("\n")) {
      throw new IllegalArgumentException("the replacement must be one non-blank line");
    }
    List<String> lines = new ArrayList<>(lines(markdown));
    int seen = 0;
    boolean fenced = false;
    for (int i = bodyStart(lines); i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      if (fenced || !ANY_HEADING.matcher(line).matches() || ++seen < heading) {
        continue;
      }
      int p = i + 1;
      while (p < lines.size() && lines.get(p).isBlank()) {
        p++;
      }
      if (p == lines.size() || ANY_HEADING.matcher(lines.get(p)).matches()
          || NOT_A_PARAGRAPH.matcher(lines.get(p)).matches()) {
        throw new IllegalArgumentException("heading " + heading + " (line " + (i + 1)
            + ") is not followed by a plain paragraph");
      }
      if (p + 1 < lines.size() && !lines.get(p + 1).isBlank()) {
        throw new IllegalArgumentException("the paragraph at line " + (p + 1) + " spans more than one line");
      }
      String before = lines.get(p);
      lines.set(p, replacement);
      return new Edit(String.join("\n", lines), p + 1, before);
    }
    throw new IllegalArgumentException("the body has " + seen + " headings, not " + heading);
  }

  /**
   * {@code body} as part {@code part} of a longer script: a level-1 heading naming the part and {@code title}
   * first, so the text before the body's first heading has a chapter of its own, and "(part N)" after every
   * chapter heading, so that no two chapters have the same title.
   */
  static String part(int part, String title, String body) {
    StringBuilder out = new StringBuilder();
    out.append("# Part ").append(part).append(": ").append(title.strip()).append("\n\n");
    boolean fenced = false;
    for (String line : lines(body)) {
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fenced = !fenced;
      }
      Matcher m = CHAPTER_HEADING.matcher(line);
      if (!fenced && m.matches()) {
        out.append(m.group(1)).append(' ').append(m.group(2)).append(" (part ").append(part).append(')');
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    return out.toString().strip() + "\n";
  }

  /**
   * A script of {@code frontMatter} (the YAML between the fences, without them) and the bodies of
   * {@code samples}, in turn and over again, until their paragraphs hold at least {@code targetWords} words.
   */
  static Composed compose(String frontMatter, List<Sample> samples, int targetWords) {
    if (samples.isEmpty() || samples.stream().anyMatch(s -> s.spokenWords() <= 0)) {
      throw new IllegalArgumentException("every sample needs spoken words");
    }
    StringBuilder text = new StringBuilder("---\n").append(frontMatter.strip()).append("\n---\n");
    int words = 0;
    int parts = 0;
    while (words < targetWords) {
      Sample sample = samples.get(parts % samples.size());
      parts++;
      text.append(parts > 1 ? "\n" : "").append(part(parts, sample.title(), sample.body()));
      words += sample.spokenWords();
    }
    return new Composed(text.toString(), parts, words);
  }
}
