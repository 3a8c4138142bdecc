package org.paperledge.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperledge.script.Script;
import org.paperledge.script.Segment;
import org.paperledge.script.Segmenter;
import org.paperledge.speech.ProsodyMarks.Emphasis;
import org.paperledge.speech.Token;

/**
 * A plan as {@code check --spoken} prints it: what each speaker is given, paragraph by paragraph, with what the
 * script's markup and controls do to it. Words are the tokens MaryTTS receives (letters said by name in capitals);
 * an emphasized word is shown {@code *so*}, a strongly emphasized one {@code **so**}; a pause written in a
 * sentence is {@code [pause 0.8 s]}; a span read at another rate is {@code [slower 20%: ...]} or
 * {@code [faster 20%: ...]}; a span read by another speaker is {@code [as Theo: ...]}; a paragraph read by
 * another speaker than the one before (the host, before the first) starts with the speaker's name.
 */
public final class SpokenLines {
  private SpokenLines() {}

  /**
   * The lines of {@code plan}, planned from {@code script}: one per paragraph, named by the script line it starts
   * on, and the host's intro and credit.
   *
   * @param sentencePause the pause between two sentences of a paragraph, seconds: any other is shown
   */
  public static List<String> of(Script script, List<PlannedLine> plan, Speaker host, double sentencePause) {
    Path file = script.file();
    Map<Integer, Integer> paragraphOf = new HashMap<>();
    for (Segment segment : new Segmenter().segments(script)) {
      paragraphOf.putIfAbsent(segment.line(), segment.paragraph());
    }
    List<String> out = new ArrayList<>();
    int paragraphIndex = -1;
    boolean body = false;
    StringBuilder paragraph = new StringBuilder();
    int paragraphLine = -1;
    Speaker turn = host;
    PlannedLine previous = null;
    for (PlannedLine line : plan) {
      if (line.scriptLine() == 0) {
        flush(out, file, paragraphLine, paragraph);
        paragraphLine = -1;
        out.add(file + ": " + (body ? "(credit) " : "(intro) ") + words(line));
        previous = null;
        continue;
      }
      body = true;
      int index = paragraphOf.getOrDefault(line.scriptLine(), -1 - line.scriptLine());
      if (previous == null || index != paragraphIndex) {
        flush(out, file, paragraphLine, paragraph);
        paragraphLine = line.scriptLine();
        paragraphIndex = index;
        if (!line.speaker().equals(turn)) {
          paragraph.append(line.speaker().name()).append(": ");
        }
        turn = line.speaker();
      } else {
        paragraph.append(' ');
        boolean between = endsSentence(previous);
        if (between ? Math.abs(line.pauseSeconds() - sentencePause) > 1e-9 : line.pauseSeconds() > 0) {
          paragraph.append(String.format(Locale.ROOT, "[pause %s s] ", seconds(line.pauseSeconds())));
        }
      }
      String said = words(line);
      if (Math.abs(line.rate() - 1) > 1e-9) {
        int percent = (int) Math.round(Math.abs(line.rate() - 1) * 100);
        said = "[" + (line.rate() < 1 ? "slower " : "faster ") + percent + "%: " + said + "]";
      }
      if (!line.speaker().equals(turn)) {
        said = "[as " + line.speaker().name() + ": " + said + "]";
      }
      paragraph.append(said);
      previous = line;
    }
    flush(out, file, paragraphLine, paragraph);
    return out;
  }

  private static void flush(List<String> out, Path file, int scriptLine, StringBuilder paragraph) {
    if (paragraph.length() > 0) {
      out.add(file + ":" + scriptLine + ": " + paragraph);
      paragraph.setLength(0);
    }
  }

  /** Whether {@code line} is a sentence's end, not a piece a control cut from it. */
  private static boolean endsSentence(PlannedLine line) {
    return line.text().strip().matches("(?s).*[.!?…][\"'”’)\\]*]*");
  }

  /** The tokens as text, punctuation on the word before it, emphasis between asterisks. */
  private static String words(PlannedLine line) {
    StringBuilder out = new StringBuilder();
    List<Token> tokens = line.tokens();
    List<Emphasis> emphasis = line.reading().emphasis();
    int count = tokens.size();
    if (count > 0 && tokens.get(count - 1).text().equals(".") && !endsSentence(line)) {
      count--; // the stop MaryTTS is given at the end of a piece: the sentence goes on
    }
    for (int i = 0; i < count; i++) {
      Token token = tokens.get(i);
      if (!token.isPunctuation() && out.length() > 0) {
        out.append(' ');
      }
      String stars = i < emphasis.size() && !token.isPunctuation()
          ? switch (emphasis.get(i)) {
            case EMPHASIS -> "*";
            case STRONG -> "**";
            case NONE -> "";
          }
          : "";
      out.append(stars).append(token.text()).append(stars);
    }
    return out.toString();
  }

  private static String seconds(double s) {
    String text = String.format(Locale.ROOT, "%.3f", s).replaceFirst("0+$", "");
    return text.endsWith(".") ? text + "0" : text;
  }
}
