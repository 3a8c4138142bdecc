package org.paperledge.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.audio.Music;
import org.paperledge.cache.CacheFolder;
import org.paperledge.model.InputException;
import org.paperledge.model.ToolException;
import org.paperledge.publish.Feed;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.PhoneSet;

/**
 * Renders a list of scripts in one run: every script is parsed before any is rendered, episodes whose inputs are
 * unchanged are skipped, a failing episode does not stop the others, and the feed and listener page are rebuilt
 * last. The output folder is locked for the whole run and not touched at all when no script can be rendered.
 */
public final class Batch implements AutoCloseable {
  /**
   * Where a batch reads and writes.
   *
   * @param out the output folder
   * @param showFile the show file
   * @param voicesDir the folder of voice profiles
   * @param ffmpeg another ffmpeg executable, if not the embedded one
   * @param force whether episodes are rendered even when up to date
   * @param shard the share of the episodes to render
   */
  public record Settings(Path out, Path showFile, Path voicesDir, Optional<Path> ffmpeg, boolean force,
      Shard shard) {
    public Settings {
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(showFile, "showFile");
      Objects.requireNonNull(voicesDir, "voicesDir");
      Objects.requireNonNull(ffmpeg, "ffmpeg");
      Objects.requireNonNull(shard, "shard");
    }
  }

  /** What a batch tells as it goes. */
  public interface Listener {
    /** A line for the user: an episode rendered or up to date, the feed rebuilt. */
    void said(String line);

    /** Something went wrong ({@code cause} for those who want the stack trace), or a warning. */
    void problem(String message, Throwable cause);

    /** Shows the progress of rendering {@code slug}. */
    EpisodeRenderer.Progress progress(String slug);
  }

  private final Settings settings;
  private final Show show;
  private final Cover cover;
  private final CacheFolder cache;
  private final Voices voices;
  private final Listener listener;
  private final Map<String, VoiceProfile> profiles = new HashMap<>();
  private FfmpegTools tools;

  /**
   * @param cache the cache folder, or null to synthesize and encode everything afresh
   * @param voices the synthesizers (closed with the batch)
   */
  public Batch(Settings settings, Show show, Cover cover, CacheFolder cache, Voices voices, Listener listener) {
    this.settings = settings;
    this.show = show;
    this.cover = cover;
    this.cache = cache;
    this.voices = voices;
    this.listener = listener;
  }

  /** Renders {@code scripts} and then the feed; the report says what became of each. */
  public RenderReport run(List<Path> scripts) {
    RenderReport report = new RenderReport();
    Map<Path, Script> parsed = parseAll(scripts, report);
    if (parsed.isEmpty()) {
      return report; // nothing to render: the output folder is not touched at all
    }
    Path out = settings.out();
    try (OutputLock lock = OutputLock.take(out, message -> listener.problem(message, null))) {
      for (Script script : parsed.values()) {
        String fatal = renderOne(script, report);
        if (fatal != null) {
          parsed.values().stream().filter(s -> !report.done(s.file()))
              .forEach(s -> report.failed(s.file(), s.meta().slug(), fatal, -1));
          break;
        }
      }
      boolean feedMissing = report.failed() == 0 && !Files.exists(out.resolve(Feed.FILE));
      if (report.rendered() > 0 || feedMissing) {
        FeedPublisher.Result feed = new FeedPublisher(show, cover)
            .publish(out, problem -> listener.problem("warning: " + problem, null));
        listener.said(String.format(java.util.Locale.ROOT, "feed %s: %d episodes", out.resolve(Feed.FILE),
            feed.episodes()));
      }
    } catch (IOException e) {
      listener.problem(out + ": " + e.getMessage(), e);
      report.failedOutput(e.getMessage());
    }
    return report;
  }

  /** Parses every script first, so input errors are reported before any rendering starts. */
  private Map<Path, Script> parseAll(List<Path> scripts, RenderReport report) {
    ScriptParser parser = new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES,
        name -> VoiceProfile.exists(settings.voicesDir(), name), show.host());
    Map<Path, Script> parsed = new LinkedHashMap<>();
    Map<String, Path> slugs = new HashMap<>();
    for (Path file : scripts) {
      try {
        Script script = parser.parse(file);
        Cover.forEpisode(script); // its own cover art, checked now: bad input leaves the output folder untouched
        MarkedTokens.checkPhonemes(script);
        Cast.of(script, show, this::profile); // its voices and their lexicons, checked now too
        Path other = slugs.putIfAbsent(script.meta().slug(), file);
        if (other != null) {
          throw new InputException(file, 0, "slug '" + script.meta().slug() + "' is already used by " + other);
        }
        if (settings.shard().includes(script.meta().slug())) {
          parsed.put(file, script);
        }
      } catch (InputException e) {
        listener.problem(e.describe(), e);
        report.badInput(file, e.describe());
      }
    }
    return parsed;
  }

  /**
   * Renders one episode unless it is up to date.
   *
   * @return null, or why no episode can be rendered (FFmpeg cannot be had), which stops the batch
   */
  private String renderOne(Script script, RenderReport report) {
    String slug = script.meta().slug();
    Path out = settings.out();
    int damagedBefore = damagedSoFar();
    try {
      Cover art = Cover.forEpisode(script).orElse(cover);
      String fingerprint = Fingerprint.of(script.file(), settings.showFile(), settings.voicesDir(), art);
      if (!settings.force() && Fingerprint.upToDate(out, slug, fingerprint,
          EpisodeFiles.names(script.meta(), show, art))) {
        listener.said("up to date: " + out.resolve(slug + ".mp3"));
        report.upToDate(script.file(), slug);
        return null;
      }
      Cast cast = Cast.of(script, show, this::profile);
      if (tools == null) {
        try {
          tools = FfmpegTools.locate(settings.ffmpeg(), cache != null ? cache : CacheFolder.at(
              CacheFolder.defaultRoot()));
        } catch (ToolException e) {
          listener.problem(e.getMessage(), e);
          return e.getMessage();
        }
        warmUp(tools);
      }
      RenderResult result = new EpisodeRenderer(show, voices, tools, art, cache)
          .render(script, cast, out, listener.progress(slug));
      Fingerprint.record(out, slug, fingerprint);
      listener.said(result.describe());
      report.rendered(script.file(), slug, result, damagedSoFar() - damagedBefore);
    } catch (InputException e) {
      listener.problem(e.describe(), e);
      report.badInput(script.file(), e.describe());
    } catch (ToolException | IOException e) {
      String message = failure(script.file(), e);
      listener.problem(message, e);
      report.failed(script.file(), slug, message, damagedSoFar() - damagedBefore);
    }
    return null;
  }

  /**
   * Damaged cache entries found so far. Episodes are rendered one after another, and the music and cover made at
   * the first one's start are awaited by it, so the difference over one episode is that episode's.
   */
  private int damagedSoFar() {
    return cache == null ? 0 : cache.damagedSoFar();
  }

  /** The one-line message of a failed render of {@code script}: it names the script once, whatever failed. */
  static String failure(Path script, Exception e) {
    String why = Objects.toString(e.getMessage(), e.getClass().getSimpleName());
    return why.startsWith(script.toString()) ? why : script + ": " + why;
  }

  private VoiceProfile profile(String name) throws InputException {
    VoiceProfile voice = profiles.get(name);
    if (voice == null) {
      voice = VoiceProfile.load(settings.voicesDir(), name);
      if (voice.lexiconFile().isPresent()) {
        PhoneSet.checkLexicon(voice.lexiconFile().get()); // a pronunciation MaryTTS cannot say is an input error
      }
      profiles.put(name, voice);
    }
    return voice;
  }

  /**
   * Makes the drawn cover and the music, which go into every MP3, while MaryTTS starts. Both are kept once made;
   * should making either fail here, the render that needs it makes it again and reports that failure.
   */
  private void warmUp(FfmpegTools ffmpeg) {
    CompletableFuture.runAsync(cover::picture);
    CompletableFuture.runAsync(() -> {
      try {
        Music.tracks(ffmpeg, cache == null ? null : cache.music());
      } catch (ToolException | IOException e) {
        // made again, and reported, by the episode's mastering
      }
    });
  }

  @Override
  public void close() {
    voices.close();
  }
}
