package org.paperledge.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.cache.CacheFolder;
import org.paperledge.model.ToolException;

/**
 * The embedded FFmpeg for tests, extracted once into the build's own folder ({@code target/test-cache}), never
 * into the user's cache.
 */
public final class TestTools {
  /** The tests' cache folder; the build also points {@code PAPERLEDGE_CACHE} at it for the tests it runs. */
  public static final Path CACHE = Path.of(System.getenv().getOrDefault(CacheFolder.ENV, "target/test-cache"));

  private TestTools() {}

  /** The embedded ffmpeg. */
  public static FfmpegTools ffmpeg() throws ToolException {
    return FfmpegTools.locate(Optional.empty(), CacheFolder.at(CACHE));
  }

  /** The embedded ffprobe, beside the embedded ffmpeg. */
  public static Path ffprobe() throws ToolException {
    return ffmpeg().ffmpeg().resolveSibling("ffprobe");
  }
}
