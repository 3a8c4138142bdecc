package org.paperledge.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Cue;

class TranscriptsTest {
  private static final List<Cue> CUES = List.of(
      new Cue(0, 2_500, "Hello & welcome.", "Introduction", "Ernis"),
      new Cue(2_500, 5_250, "Is 3 > 2? Yes.", "", "Ernis"),
      new Cue(3_725_004, 3_727_010, "See you next time.", "Wrap-up", "Ernis"));

  private static final Pattern VTT_TIMING =
      Pattern.compile("\\d{2,}:\\d{2}:\\d{2}\\.\\d{3} --> \\d{2,}:\\d{2}:\\d{2}\\.\\d{3}");
  private static final Pattern SRT_TIMING =
      Pattern.compile("\\d{2,}:\\d{2}:\\d{2},\\d{3} --> \\d{2,}:\\d{2}:\\d{2},\\d{3}");

  @Test
  void vttGolden() {
    assertThat(Transcripts.vtt(TestCues.spokenBy("Ernis", CUES))).isEqualTo("""
        WEBVTT

        NOTE Chapter: Introduction

        1 Introduction
        00:00:00.000 --> 00:00:02.500
        <v Ernis>Hello &amp; welcome.

        2
        00:00:02.500 --> 00:00:05.250
        <v Ernis>Is 3 &gt; 2? Yes.

        NOTE Chapter: Wrap-up

        3 Wrap-up
        01:02:05.004 --> 01:02:07.010
        <v Ernis>See you next time.
        """);
  }

  @Test
  void srtGolden() {
    assertThat(Transcripts.srt(TestCues.spokenBy("Ernis", CUES))).isEqualTo("""
        1
        00:00:00,000 --> 00:00:02,500
        [Introduction]
        Ernis: Hello & welcome.

        2
        00:00:02,500 --> 00:00:05,250
        Ernis: Is 3 > 2? Yes.

        3
        01:02:05,004 --> 01:02:07,010
        [Wrap-up]
        Ernis: See you next time.
        """);
  }

  @Test
  void noCuesGivesJustTheHeader() {
    assertThat(Transcripts.vtt(TestCues.spokenBy("Ernis", List.of()))).isEqualTo("WEBVTT\n");
    assertThat(Transcripts.srt(TestCues.spokenBy("Ernis", List.of()))).isEmpty();
  }

  @Test
  void timesFormatPastAnHour() {
    assertThat(Transcripts.time(0, '.')).isEqualTo("00:00:00.000");
    assertThat(Transcripts.time(999, '.')).isEqualTo("00:00:00.999");
    assertThat(Transcripts.time(59_999, ',')).isEqualTo("00:00:59,999");
    assertThat(Transcripts.time(3_599_999, '.')).isEqualTo("00:59:59.999");
    assertThat(Transcripts.time(3_600_000, '.')).isEqualTo("01:00:00.000");
    assertThat(Transcripts.time(45_296_789, ',')).isEqualTo("12:34:56,789");
    assertThat(Transcripts.time(360_000_000, '.')).isEqualTo("100:00:00.000");
  }

  @Test
  void longEpisodeCuesCarryHours() {
    List<Cue> cues = List.of(new Cue(7_199_500, 7_201_250, "Two hours in.", "", "Ernis"));

    assertThat(Transcripts.vtt(TestCues.spokenBy("Ernis", cues))).contains("\n01:59:59.500 --> 02:00:01.250\n");
    assertThat(Transcripts.srt(TestCues.spokenBy("Ernis", cues))).contains("\n01:59:59,500 --> 02:00:01,250\n");
  }

  // --- hostile text -------------------------------------------------------------------------------------------

  private static final List<Cue> HOSTILE_CUES = List.of(
      new Cue(0, 1_000, FeedTest.HOSTILE, FeedTest.HOSTILE, "Ernis"),
      new Cue(1_000, 2_000, "-->", "-->", "Ernis"),
      new Cue(2_000, 3_000, "a --> b\n\n00:00:00.000 --> 00:00:01.000\nfake", "", "Ernis"),
      new Cue(3_000, 4_000, "\u0001\u0008\u001B", "\n", "Ernis"));

  /** The text lines of each cue block: the lines after the timing line. */
  private static List<List<String>> cueTexts(String transcript, Pattern timing) {
    List<List<String>> out = new ArrayList<>();
    for (String block : transcript.split("\n\n")) {
      List<String> lines = List.of(block.split("\n"));
      for (int i = 0; i < lines.size(); i++) {
        if (timing.matcher(lines.get(i)).matches()) {
          out.add(lines.subList(i + 1, lines.size()));
        }
      }
    }
    return out;
  }

  @Test
  void vttHostileTextCannotForgeCuesOrTags() {
    String vtt = Transcripts.vtt(TestCues.spokenBy("Ernis", HOSTILE_CUES));

    assertThat(vtt).startsWith("WEBVTT\n\n").doesNotContain("\u0001", "\u0008", "\u001B", "\n\n\n");
    List<String> arrowLines = vtt.lines().filter(l -> l.contains("-->")).toList();
    assertThat(arrowLines).hasSize(HOSTILE_CUES.size())
        .allSatisfy(l -> assertThat(l).matches(VTT_TIMING).containsOnlyOnce("-->"));
    List<List<String>> texts = cueTexts(vtt, VTT_TIMING);
    assertThat(texts).hasSize(HOSTILE_CUES.size()).allSatisfy(lines -> {
      assertThat(lines).singleElement().asString().startsWith("<v Ernis>");
      String text = lines.get(0).substring("<v Ernis>".length());
      assertThat(text).isNotBlank().doesNotContain("-->", "<", ">");
    });
    assertThat(texts.get(0).get(0)).isEqualTo("<v Ernis>" + FeedTest.HOSTILE_ONE_LINE.replace("&", "&amp;")
        .replace("<", "&lt;").replace(">", "&gt;"));
    // notes are single lines without "-->"
    assertThat(vtt.lines().filter(l -> l.startsWith("NOTE"))).hasSize(3)
        .allSatisfy(l -> assertThat(l).startsWith("NOTE Chapter: ").doesNotContain("-->"));
    assertThat(vtt).contains("NOTE Chapter: " + FeedTest.HOSTILE_ONE_LINE.replace("-->", "→") + "\n");
  }

  @Test
  void vttHostileSpeakerCannotBreakTheVoiceSpan() {
    String vtt = Transcripts.vtt(TestCues.spokenBy(FeedTest.HOSTILE, List.of(new Cue(0, 1000, "Hi.", "", "Ernis"))));

    assertThat(vtt.lines().filter(l -> l.contains("-->"))).singleElement().asString().matches(VTT_TIMING);
    String line = vtt.lines().filter(l -> l.startsWith("<v ")).findFirst().orElseThrow();
    // the voice span closes at the first '>': nothing in the name may end it early
    assertThat(line.indexOf('>')).isEqualTo(line.length() - "Hi.".length() - 1);
    assertThat(line).doesNotContain("\n", "\u0001");
  }

  @Test
  void srtHostileTextCannotForgeCues() {
    String srt = Transcripts.srt(TestCues.spokenBy("Ernis", HOSTILE_CUES));

    assertThat(srt).doesNotContain("\u0001", "\u0008", "\u001B", "\n\n\n");
    List<String> arrowLines = srt.lines().filter(l -> l.contains("-->")).toList();
    assertThat(arrowLines).hasSize(HOSTILE_CUES.size())
        .allSatisfy(l -> assertThat(l).matches(SRT_TIMING).containsOnlyOnce("-->"));
    String[] blocks = srt.split("\n\n");
    assertThat(blocks).hasSize(HOSTILE_CUES.size());
    for (int i = 0; i < blocks.length; i++) {
      assertThat(blocks[i].split("\n")[0]).isEqualTo(Integer.toString(i + 1));
    }
    assertThat(cueTexts(srt, SRT_TIMING)).allSatisfy(lines -> assertThat(lines).isNotEmpty()
        .allSatisfy(l -> assertThat(l).isNotBlank().doesNotContain("-->")));
    assertThat(blocks[0]).contains("[" + FeedTest.HOSTILE_ONE_LINE.replace("-->", "→") + "]\n");
  }

  @Test
  void srtHostileSpeakerCannotForgeCues() {
    String srt = Transcripts.srt(TestCues.spokenBy("Host --> 00:00:01,000", List.of(new Cue(0, 1000, "Hi.", "", "Ernis"), new Cue(1000, 2000, "Bye.", "", "Ernis"))));

    assertThat(srt.lines().filter(l -> l.contains("-->")).toList()).hasSize(2)
        .allSatisfy(l -> assertThat(l).matches(SRT_TIMING));
  }

  @Test
  void emptyTextAfterCleaningStillGivesACueLine() {
    String vtt = Transcripts.vtt(TestCues.spokenBy("Ernis", List.of(new Cue(0, 1000, "\u0001\n ", "", "Ernis"))));
    String srt = Transcripts.srt(TestCues.spokenBy("Ernis", List.of(new Cue(0, 1000, "\u0001\n ", "", "Ernis"))));

    assertThat(vtt).endsWith("00:00:00.000 --> 00:00:01.000\n<v Ernis>…\n");
    assertThat(srt).endsWith("00:00:00,000 --> 00:00:01,000\nErnis: …\n");
  }

  @Test
  void everyCueNamesItsOwnSpeaker() {
    List<Cue> cues = List.of(new Cue(0, 1000, "Welcome.", "Introduction", "Ernis"),
        new Cue(1000, 2000, "Thanks for having me.", "", "Maya"),
        new Cue(2000, 3000, "Trees can be heard.", "", "The paper"));
    assertThat(Transcripts.vtt(cues)).contains("\n<v Ernis>Welcome.\n").contains("\n<v Maya>Thanks for having me.\n")
        .contains("\n<v The paper>Trees can be heard.\n");
    assertThat(Transcripts.srt(cues)).contains("\nErnis: Welcome.\n").contains("\nMaya: Thanks for having me.\n")
        .contains("\nThe paper: Trees can be heard.\n");
  }
}
