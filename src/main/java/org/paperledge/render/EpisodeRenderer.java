package org.paperledge.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.paperledge.audio.EpisodeMaster;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.cache.CacheFolder;
import org.paperledge.files.AtomicFiles;
import org.paperledge.model.ToolException;
import org.paperledge.script.Script;
import org.paperledge.show.Show;
import org.paperledge.speech.SegmentKey;

/**
 * Renders one episode, as a composition of its stages: the {@link Planner} turns the script into lines, a
 * {@link SpeechStream} gives their audio (from the cache or synthesized), the {@link Layout} puts them on the voice
 * track of an {@link EpisodeMaster}, which mixes, masters and encodes while speech goes on, and
 * {@link EpisodeFiles} publishes the MP3 and its sidecars. It keeps no state between renders.
 *
 * <p>Published files are written under temporary names in the output folder and moved into place only when
 * complete, the MP3 before its feed item, so a failed render leaves the output folder as it was.
 */
public final class EpisodeRenderer {
  private final Show show;
  private final Voices voices;
  private final FfmpegTools tools;
  private final Cover cover;
  private final CacheFolder cache;

  /** Told after every line laid out: how many of the episode's lines are done. */
  @FunctionalInterface
  public interface Progress {
    /** No progress shown. */
    Progress NONE = (done, total) -> { };

    void update(int done, int total);
  }

  /**
   * @param show the show's settings
   * @param voices the synthesizers of each voice
   * @param tools FFmpeg, for the music, the limiter and the MP3 encoder
   * @param cover the cover art embedded in every MP3
   * @param cache the cache folder, or null for none
   */
  public EpisodeRenderer(Show show, Voices voices, FfmpegTools tools, Cover cover, CacheFolder cache) {
    this.show = show;
    this.voices = voices;
    this.tools = tools;
    this.cover = cover;
    this.cache = cache;
  }

  /**
   * Renders {@code script}, spoken by {@code cast}, into {@code outDir}.
   *
   * @throws ToolException when synthesis or FFmpeg fails (the message names the step, and the script line for
   *     synthesis)
   * @throws IOException when the output cannot be written
   */
  public RenderResult render(Script script, Cast cast, Path outDir, Progress progress) throws ToolException,
      IOException {
    long started = System.nanoTime();
    Files.createDirectories(outDir);
    Planner planner = new Planner(show, cache == null ? null
        : (voice, tokens, rate) -> SegmentKey.of(voices.pool(voice).describe(), tokens, rate, voice.effects(),
            voice.design()));
    Path work = Files.createTempDirectory("paperledge-" + script.meta().slug() + "-");
    try (SpeechStream speech = new SpeechStream(voices::pool, cache == null ? null : cache.segments(),
        script.file());
        EpisodeMaster master = new EpisodeMaster(tools, work, cache == null ? null : cache.encoded(),
            cache == null ? null : cache.music(), show.bitrateKbps(), show.channels(), voices.threads())) {
      List<PlannedLine> lines = planner.plan(script, cast, speech::planned);
      speech.start(lines);
      Layout layout = new Layout(master, script.chapters().size());
      long speaking = System.nanoTime();
      for (int i = 0; i < lines.size(); i++) {
        SpeechStream.Speech said = speech.next();
        layout.add(lines.get(i), said.pcm(), said.levellingDb());
        progress.update(i + 1, lines.size());
      }
      long synthesisNanos = System.nanoTime() - speaking;
      long mastering = System.nanoTime();
      EpisodeFiles.Published published = new EpisodeFiles(show, cover).publish(script, cast, layout, master,
          outDir);
      return new RenderResult(published.mp3(), published.item(), published.seconds(), published.chapters(),
          layout.placed().size(), synthesisNanos / 1e9, (System.nanoTime() - mastering) / 1e9,
          (System.nanoTime() - started) / 1e9, speech.hits(), speech.misses(), published.mastered().chunks(),
          published.mastered().chunksFromCache(), published.mastered().mixLufs());
    } finally {
      AtomicFiles.deleteTree(work);
    }
  }
}
