package org.paperledge.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code paperledge render} printed about one episode, read back from its standard output, such as
 * {@code rendered X.mp3: 5:08 (307.8 s of audio, 7 chapters) in 40.9 s (speech synthesis 34.4 s, 84%; everything
 * else 6.5 s; 46 of 49 segments from the cache; 40 of 43 encoded chunks reused)}.
 *
 * <p>Each figure is looked for on its own, so that an added or reordered part of the line does not lose the rest.
 * Only the audio duration is required.
 *
 * @param audioSeconds the episode's duration
 * @param inProcessSeconds the render's own time, as measured inside the JVM; NaN if not printed
 * @param synthesisSeconds time spent in speech synthesis; NaN if not printed
 * @param cacheHits segments taken from the cache; -1 if not printed
 * @param segments all segments of the episode; -1 if not printed
 * @param chunksReused encoded chunks reused from an earlier render; -1 if not printed
 * @param chunks all encoded chunks of the episode; -1 if not printed
 */
record RenderOutput(double audioSeconds, double inProcessSeconds, double synthesisSeconds, int cacheHits,
    int segments, int chunksReused, int chunks) {
  private static final Pattern AUDIO = Pattern.compile("\\(([0-9]+(?:\\.[0-9]+)?) s of audio");
  private static final Pattern IN = Pattern.compile("\\) in ([0-9]+(?:\\.[0-9]+)?) s\\b");
  private static final Pattern SYNTHESIS = Pattern.compile("speech synthesis ([0-9]+(?:\\.[0-9]+)?) s\\b");
  private static final Pattern CACHE = Pattern.compile("([0-9]+) of ([0-9]+) segments from the cache");
  private static final Pattern CHUNKS = Pattern.compile("([0-9]+) of ([0-9]+) encoded chunks reused");

  /** The first {@code rendered ...} line of {@code stdout} that names the audio duration, if there is one. */
  static Optional<RenderOutput> parse(String stdout) {
    for (String line : stdout.split("\\R")) {
      if (!line.startsWith("rendered ")) {
        continue;
      }
      Matcher audio = AUDIO.matcher(line);
      if (!audio.find()) {
        continue;
      }
      Matcher cache = CACHE.matcher(line);
      boolean cached = cache.find();
      Matcher chunks = CHUNKS.matcher(line);
      boolean chunked = chunks.find();
      return Optional.of(new RenderOutput(Double.parseDouble(audio.group(1)), number(IN, line),
          number(SYNTHESIS, line), cached ? Integer.parseInt(cache.group(1)) : -1,
          cached ? Integer.parseInt(cache.group(2)) : -1, chunked ? Integer.parseInt(chunks.group(1)) : -1,
          chunked ? Integer.parseInt(chunks.group(2)) : -1));
    }
    return Optional.empty();
  }

  /** Whether {@code stdout} reports an episode skipped as up to date. */
  static boolean upToDate(String stdout) {
    return stdout.lines().anyMatch(l -> l.startsWith("up to date: "));
  }

  /** The first number {@code pattern} captures in {@code text}, NaN if it does not match. */
  static double number(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  /** Whether the cache figures were printed. */
  boolean hasCacheFigures() {
    return cacheHits >= 0 && segments >= 0;
  }

  /** Whether the encoded-chunk figures were printed. */
  boolean hasChunkFigures() {
    return chunksReused >= 0 && chunks >= 0;
  }
}
