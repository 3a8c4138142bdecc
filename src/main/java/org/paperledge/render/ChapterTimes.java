package org.paperledge.render;

import java.util.ArrayList;
import java.util.List;
import org.paperledge.audio.ChapterMark;
import org.paperledge.audio.Pcm;

/**
 * Chapter marks from where each chapter's first segment is spoken: the first chapter starts at zero, each chapter
 * ends where the next begins, the last ends with the file.
 */
final class ChapterTimes {
  private ChapterTimes() {}

  /**
   * @param titles chapter titles, in order
   * @param starts the sample at which each chapter's first segment starts in the episode
   * @param totalSamples the episode's length in samples
   */
  static List<ChapterMark> marks(List<String> titles, List<Long> starts, long totalSamples) {
    if (titles.size() != starts.size() || titles.isEmpty()) {
      throw new IllegalArgumentException("need one start per chapter");
    }
    long totalMs = Pcm.toMillis(totalSamples);
    List<ChapterMark> marks = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      long start = i == 0 ? 0 : Pcm.toMillis(starts.get(i));
      long end = i + 1 < titles.size() ? Pcm.toMillis(starts.get(i + 1)) : totalMs;
      marks.add(new ChapterMark(titles.get(i), start, end));
    }
    return marks;
  }
}
