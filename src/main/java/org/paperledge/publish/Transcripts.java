package org.paperledge.publish;

import java.util.List;
import java.util.Locale;
import org.paperledge.model.Cue;

/**
 * Transcripts timed from the synthesis itself: WebVTT (each cue's speaker as a voice span, chapter titles as notes
 * and cue identifiers) and SubRip (each cue starting with its speaker's name).
 */
public final class Transcripts {
  private Transcripts() {}

  /** The WebVTT transcript. */
  public static String vtt(List<Cue> cues) {
    StringBuilder out = new StringBuilder("WEBVTT\n");
    int n = 1;
    for (Cue cue : cues) {
      out.append('\n');
      String id = Integer.toString(n++);
      if (!cue.chapter().isEmpty()) {
        out.append("NOTE Chapter: ").append(vttNote(cue.chapter())).append("\n\n");
        id = id + " " + oneLine(cue.chapter()).replace("-->", "→");
      }
      out.append(id).append('\n')
          .append(time(cue.startMs(), '.')).append(" --> ").append(time(cue.endMs(), '.')).append('\n')
          .append("<v ").append(vttEscape(oneLine(cue.speaker()))).append('>').append(vttEscape(oneLine(cue.text())))
          .append('\n');
    }
    return out.toString();
  }

  /** The SubRip transcript; a cue that opens a chapter starts with the chapter's title in brackets. */
  public static String srt(List<Cue> cues) {
    StringBuilder out = new StringBuilder();
    int n = 1;
    for (Cue cue : cues) {
      if (n > 1) {
        out.append('\n');
      }
      out.append(n++).append('\n')
          .append(time(cue.startMs(), ',')).append(" --> ").append(time(cue.endMs(), ',')).append('\n');
      if (!cue.chapter().isEmpty()) {
        out.append('[').append(oneLine(cue.chapter()).replace("-->", "→")).append("]\n");
      }
      out.append(oneLine(cue.speaker()).replace("-->", "→")).append(": ")
          .append(oneLine(cue.text()).replace("-->", "→")).append('\n');
    }
    return out.toString();
  }

  /**
   * The cues of a WebVTT transcript as this class writes it (one line of text per cue, the speaker as a voice
   * span), for the pages; the chapter of each is left empty. Lines it does not understand are skipped.
   */
  static List<Cue> readVtt(String vtt) {
    List<Cue> cues = new java.util.ArrayList<>();
    String[] lines = vtt.split("\r?\n", -1);
    for (int i = 0; i + 1 < lines.length; i++) {
      java.util.regex.Matcher timing = TIMING.matcher(lines[i]);
      if (!timing.matches()) {
        continue;
      }
      String text = lines[i + 1];
      java.util.regex.Matcher voice = VOICE.matcher(text);
      String speaker = "";
      if (voice.find()) {
        speaker = vttUnescape(voice.group(1));
        text = text.substring(voice.end());
      }
      long start = millis(timing, 1);
      long end = Math.max(start, millis(timing, 5));
      cues.add(new Cue(start, end, vttUnescape(text.replaceAll("</v>\\s*$", "")), "", speaker));
    }
    return cues;
  }

  private static final java.util.regex.Pattern TIMING = java.util.regex.Pattern.compile(
      "(\\d{2,}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2,}):(\\d{2}):(\\d{2})\\.(\\d{3}).*");
  private static final java.util.regex.Pattern VOICE = java.util.regex.Pattern.compile("^<v ([^>]*)>");

  private static long millis(java.util.regex.Matcher m, int group) {
    return Long.parseLong(m.group(group)) * 3_600_000 + Long.parseLong(m.group(group + 1)) * 60_000
        + Long.parseLong(m.group(group + 2)) * 1000 + Long.parseLong(m.group(group + 3));
  }

  private static String vttUnescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  static String time(long ms, char separator) {
    return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
        separator, ms % 1000);
  }

  private static String vttEscape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String vttNote(String text) {
    return oneLine(text).replace("-->", "→");
  }

  /** Text on one line: line breaks and other control characters become spaces; never empty. */
  static String oneLine(String text) {
    String flat = XmlText.clean(text).replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    return flat.isEmpty() ? "…" : flat;
  }
}
