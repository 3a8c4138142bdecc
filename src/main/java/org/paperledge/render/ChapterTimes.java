package org.paperledge.render;

import java.util.ArrayList;
import java.util.List;
import org.paperledge.model.Chapter;
import org.paperledge.model.Pcm;
import org.paperledge.script.Script;

/**
 * Chapter marks from where each chapter's first segment is spoken: the first chapter starts at zero, each chapter
 * ends where the next begins, the last ends with the file.
 */
final class ChapterTimes {
  private ChapterTimes() {}

  /**
   * @param headings the chapters' headings, in order
   * @param starts the sample at which each chapter's first segment starts in the episode
   * @param totalSamples the episode's length in samples
   */
  static List<Chapter> marks(List<Script.Chapter> headings, List<Long> starts, long totalSamples) {
    if (headings.size() != starts.size() || headings.isEmpty()) {
      throw new IllegalArgumentException("need one start per chapter");
    }
    long totalMs = Pcm.toMillis(totalSamples);
    List<Chapter> marks = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      long start = i == 0 ? 0 : Pcm.toMillis(starts.get(i));
      long end = i + 1 < headings.size() ? Pcm.toMillis(starts.get(i + 1)) : totalMs;
      marks.add(new Chapter(headings.get(i).title(), start, end, headings.get(i).url()));
    }
    return marks;
  }
}
