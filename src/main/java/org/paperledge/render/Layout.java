package org.paperledge.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.paperledge.audio.EpisodeMaster;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;

/**
 * Lays spoken lines out on the episode's voice track, one after another with their pauses, and records where
 * each is spoken and where each chapter starts: the first audible line of a chapter starts it. A line with no
 * audio (only symbols or emoji) is left out, with its pause.
 */
final class Layout {
  /**
   * A line as laid out.
   *
   * @param start its first sample on the voice track
   * @param end the sample after its last
   * @param line the line
   * @param opens whether it is the first line of its chapter
   */
  record Placed(long start, long end, PlannedLine line, boolean opens) {}

  private final EpisodeMaster master;
  private final long[] chapterStarts;
  private final List<Placed> placed = new ArrayList<>();

  /**
   * @param master where the lines go
   * @param chapters how many chapters the script has
   */
  Layout(EpisodeMaster master, int chapters) {
    this.master = master;
    this.chapterStarts = new long[chapters];
    Arrays.fill(chapterStarts, -1);
  }

  /** Appends {@code line}, whose audio is {@code pcm}, levelled by {@code levellingDb}. */
  void add(PlannedLine line, Pcm pcm, double levellingDb) throws ToolException, IOException {
    if (pcm.length() == 0) {
      return;
    }
    if (line.pauseSeconds() > 0 || line.cut() != EpisodeMaster.Cut.NEVER) {
      master.appendPause(Pcm.fromSeconds(line.pauseSeconds()), line.cut());
    }
    long start = master.position();
    boolean opens = chapterStarts[line.chapter()] < 0;
    if (opens) {
      chapterStarts[line.chapter()] = start;
    }
    master.appendLine(pcm, levellingDb);
    placed.add(new Placed(start, master.position(), line, opens));
  }

  /** Every line laid out, in order. */
  List<Placed> placed() {
    return List.copyOf(placed);
  }

  /** Where each chapter's first line starts on the voice track, -1 for a chapter with nothing audible. */
  long[] chapterStarts() {
    return chapterStarts.clone();
  }
}
