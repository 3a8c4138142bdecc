package org.paperledge.render;

import java.nio.file.Path;
import java.util.List;
import org.paperledge.audio.ChapterMark;

/**
 * What rendering one episode produced.
 *
 * @param mp3 the published MP3
 * @param item the feed item beside it
 * @param durationSeconds the episode's length
 * @param chapters the chapters written into the MP3
 * @param segments how many segments were synthesized
 * @param synthesisSeconds wall time spent in speech synthesis
 * @param masteringSeconds wall time spent mixing, mastering and encoding (FFmpeg)
 * @param totalSeconds wall time of the whole render
 * @param cacheHits segments taken from the segment cache
 * @param cacheMisses segments synthesized
 */
public record RenderResult(Path mp3, Path item, double durationSeconds, List<ChapterMark> chapters, int segments,
    double synthesisSeconds, double masteringSeconds, double totalSeconds, int cacheHits, int cacheMisses) {
  public RenderResult {
    chapters = List.copyOf(chapters);
  }
}
