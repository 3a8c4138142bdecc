package org.paperledge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperledge.cache.CacheFolder;
import org.paperledge.model.InputException;
import org.paperledge.render.Batch;
import org.paperledge.render.Cover;
import org.paperledge.render.EpisodeRenderer;
import org.paperledge.render.RenderReport;
import org.paperledge.render.Shard;
import org.paperledge.render.Voices;
import org.paperledge.show.Show;

/**
 * The studio's road not taken, measured: a real render to MP3 (music, limiter, encoder, sidecars) into a private
 * folder after each edit, in one warm JVM with the segment cache the studio filled. The preview benchmark times it
 * beside the studio's own WAV.
 */
final class WarmRender {
  private WarmRender() {}

  /**
   * Renders {@code script} once as it is (every chunk encoded) and once after each of {@code edits} (the whole
   * script's text), all with {@code --force}, and returns the seconds each edited render took.
   *
   * @param project the folder holding show.yaml and voices/
   */
  static List<Double> edited(Path project, Path script, Path cache, List<String> edits)
      throws IOException, InputException, BenchException {
    Path showFile = project.resolve("show.yaml");
    Show show = Show.load(showFile);
    CacheFolder folder = CacheFolder.at(cache);
    Cover cover = Cover.of(show, showFile).cachedIn(folder.covers());
    Path out = Files.createDirectories(project.resolve("private-out"));
    Batch.Settings settings = new Batch.Settings(out, showFile, project.resolve("voices"), Optional.empty(), true,
        Shard.ALL);
    List<Double> seconds = new ArrayList<>();
    try (Batch batch = new Batch(settings, show, cover, folder, Voices.mary(Runtime.getRuntime()
        .availableProcessors()), new Quiet())) {
      render(batch, script);
      for (String text : edits) {
        Files.writeString(script, text, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        render(batch, script);
        seconds.add((System.nanoTime() - started) / 1e9);
      }
    }
    return seconds;
  }

  private static void render(Batch batch, Path script) throws BenchException {
    RenderReport report = batch.run(List.of(script));
    if (report.rendered() != 1) {
      throw new BenchException("the warm render of " + script + " failed: " + report.summary());
    }
  }

  /** A batch that says nothing. */
  private static final class Quiet implements Batch.Listener {
    @Override
    public void said(String line) {}

    @Override
    public void problem(String message, Throwable cause) {}

    @Override
    public EpisodeRenderer.Progress progress(String slug) {
      return EpisodeRenderer.Progress.NONE;
    }
  }

  /** Something went wrong that makes the figures meaningless. */
  static final class BenchException extends Exception {
    BenchException(String message) {
      super(message);
    }
  }
}
