package org.paperledge.render;

import java.nio.file.Path;
import java.util.List;
import org.paperledge.model.Chapter;

/**
 * What rendering one episode produced.
 *
 * @param mp3 the published MP3
 * @param item the feed item beside it
 * @param durationSeconds the episode's length
 * @param chapters the chapters written into the MP3
 * @param segments how many segments were synthesized
 * @param synthesisSeconds wall time spent speaking the episode (chunks are encoded meanwhile)
 * @param masteringSeconds wall time after the last line: the last chunks' encoding and the MP3's assembly
 * @param totalSeconds wall time of the whole render
 * @param cacheHits segments taken from the segment cache
 * @param cacheMisses segments synthesized
 * @param chunks encoded chunks the MP3 is made of
 * @param chunksFromCache of those, how many came from the cache
 * @param mixLufs integrated loudness of the mix going into the limiter, LUFS
 */
public record RenderResult(Path mp3, Path item, double durationSeconds, List<Chapter> chapters, int segments,
    double synthesisSeconds, double masteringSeconds, double totalSeconds, int cacheHits, int cacheMisses,
    int chunks, int chunksFromCache, double mixLufs) {
  public RenderResult {
    chapters = List.copyOf(chapters);
  }

  /** The line printed for a rendered episode. */
  public String describe() {
    long seconds = Math.round(durationSeconds);
    return String.format(java.util.Locale.ROOT, "rendered %s: %d:%02d (%.1f s of audio, %d chapters) in %.1f s"
            + " (speech synthesis %.1f s, %.0f%%; everything else %.1f s; %d of %d segments from the cache;"
            + " %d of %d encoded chunks reused)",
        mp3, seconds / 60, seconds % 60, durationSeconds, chapters.size(), totalSeconds, synthesisSeconds,
        100 * synthesisSeconds / Math.max(1e-9, totalSeconds), totalSeconds - synthesisSeconds, cacheHits,
        cacheHits + cacheMisses, chunksFromCache, chunks);
  }
}
