package org.paperledge.script;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.paperledge.model.InputException;

/**
 * Reads an episode script: UTF-8 Markdown with YAML front matter between {@code ---} lines.
 *
 * <p>Every problem is reported as a {@link InputException} naming the file and line.
 */
public final class ScriptParser {
  /** Scripts larger than this are refused: a one-hour episode is about 60 KB of text. */
  public static final long DEFAULT_MAX_BYTES = 1 << 20;

  private final long maxBytes;
  private final Predicate<String> voiceExists;
  private final String host;

  /** A parser that accepts any voice name and the default size limit, for a show whose host is Ernis. */
  public ScriptParser() {
    this(DEFAULT_MAX_BYTES, name -> true, "Ernis");
  }

  /**
   * @param maxBytes the largest script accepted
   * @param voiceExists tells whether a voice profile named in front matter exists
   * @param host the show's host, whose turns may be marked too ({@code **Ernis:**})
   */
  public ScriptParser(long maxBytes, Predicate<String> voiceExists, String host) {
    this.maxBytes = maxBytes;
    this.voiceExists = voiceExists;
    this.host = host;
  }

  /** Reads and parses the script at {@code file}. */
  public Script parse(Path file) throws InputException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InputException(file, 0, "script is " + size + " bytes, over the limit of " + maxBytes);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot read script: " + e.getMessage());
    }
    return parse(file, decode(file, bytes));
  }

  /** Parses script text that was read from {@code file}. */
  public Script parse(Path file, String text) throws InputException {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.indexOf('\0') >= 0) {
      int line = lineOf(text, text.indexOf('\0'));
      throw new InputException(file, line, "script contains NUL bytes: is it a binary file?");
    }
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      throw new InputException(file, 1, "script must start with YAML front matter between '---' lines");
    }
    int close = -1;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("---") || line.equals("...")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      throw new InputException(file, 1, "front matter opened here is never closed with a '---' line");
    }
    String yaml = String.join("\n", lines.subList(1, close));
    FrontMatter.Parsed front = FrontMatter.parse(file, yaml, 2, 1, voiceExists, host);
    String body = String.join("\n", lines.subList(close + 1, lines.size()));
    java.util.Set<String> speakers = new java.util.HashSet<>(front.meta().cast().keySet());
    speakers.add(host);
    MarkdownBody markdown = new MarkdownBody(file, close + 2, new TurnMarkers(file, close + 2, speakers,
        !front.meta().cast().isEmpty()));
    List<Script.Chapter> chapters = markdown.chapters(body);
    for (Script.Chapter chapter : chapters) {
      for (Script.Paragraph paragraph : chapter.paragraphs()) {
        for (Mark mark : paragraph.marks()) {
          if (mark.type() == Mark.Type.VOICE && !speakers.contains(mark.argument())) {
            throw new InputException(file, mark.line(), mark.column(), "unknown speaker '" + mark.argument()
                + "' in (as:" + mark.argument() + "): the speakers are " + String.join(", ",
                    speakers.stream().sorted().toList()));
          }
        }
      }
    }
    return new Script(file, front.meta(), chapters, front.lexicon(), markdown.notices());
  }

  private static String decode(Path file, byte[] bytes) throws InputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(buffer).toString();
    } catch (MalformedInputException e) {
      int line = 1;
      for (int i = 0; i < buffer.position() && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new InputException(file, line, "script is not valid UTF-8 (byte " + (buffer.position() + 1)
          + "); save it as UTF-8");
    } catch (CharacterCodingException e) {
      throw new InputException(file, 0, "script is not valid UTF-8; save it as UTF-8");
    }
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
