package org.paperledge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.audio.Music;
import org.paperledge.model.ToolException;
import org.paperledge.render.Cover;
import org.paperledge.render.EpisodeRenderer;
import org.paperledge.render.FeedPublisher;
import org.paperledge.render.Fingerprint;
import org.paperledge.render.OutputLock;
import org.paperledge.render.RenderReport;
import org.paperledge.render.RenderResult;
import org.paperledge.render.Shard;
import org.paperledge.script.Script;
import org.paperledge.model.InputException;
import org.paperledge.script.ScriptParser;
import org.paperledge.model.InputException;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.MarySynthesizer;
import org.paperledge.speech.SegmentCache;
import org.paperledge.speech.SynthesizerPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperledge render}: scripts in, MP3s with their sidecars and the feed out. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Renders episode scripts into chaptered MP3s with feed items, chapters and transcripts, then"
        + " rebuilds the feed and the listener page.",
        "Episodes whose inputs are unchanged since their last render are skipped (see --force)."})
final class RenderCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Script files or folders of scripts (*.md). Default: scripts/")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: ${DEFAULT-VALUE}")
  Path out = Path.of("output");

  @Option(names = "--show", paramLabel = "FILE", description = "Show settings. Default: ${DEFAULT-VALUE}")
  Path showFile = Path.of("show.yaml");

  @Option(names = "--voices", paramLabel = "DIR", description = "Voice profiles. Default: ${DEFAULT-VALUE}")
  Path voices = Path.of("voices");

  @Option(names = "--ffmpeg", paramLabel = "FILE",
      description = "ffmpeg executable to use (ffprobe beside it). Default: $" + FfmpegTools.ENV
          + ", else the embedded FFmpeg.")
  Optional<Path> ffmpeg = Optional.empty();

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Segment cache folder, safe to share between runs and machines. Default: $"
          + CacheDir.ENV + ", else ~/.cache/paperledge")
  Optional<Path> cache = Optional.empty();

  @Option(names = "--no-cache", description = "Synthesize every segment afresh.")
  boolean noCache;

  @Option(names = "--force", description = "Render even episodes whose inputs are unchanged.")
  boolean force;

  @Option(names = "--shard", paramLabel = "K/N", converter = Shard.Converter.class,
      description = "Render only shard K of N (1-based): a fixed share of the episodes, by slug.")
  Shard shard = Shard.ALL;

  @Option(names = "--report", paramLabel = "FILE.json", description = "Write a JSON report of the run.")
  Optional<Path> report = Optional.empty();

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Option(names = "--threads", paramLabel = "N",
      description = "Speech synthesis threads. Default: one per processor core (${DEFAULT-VALUE} here).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (threads < 1 || threads > 256) {
      err.println("paperledge: --threads must be between 1 and 256, not " + threads);
      return Main.BAD_INPUT;
    }
    List<Path> scripts;
    Show show;
    Cover cover;
    try {
      scripts = ScriptFiles.find(paths.isEmpty() ? List.of(Path.of("scripts")) : paths);
      show = Show.load(showFile);
      cover = Cover.of(show, showFile).cachedIn(cacheDir());
    } catch (InputException e) {
      err.println("paperledge: " + e.describe());
      return Main.BAD_INPUT;
    } catch (ScriptFiles.MissingPathException e) {
      err.println("paperledge: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    RenderReport runReport = new RenderReport();
    Map<Path, Script> parsed = parseAll(scripts, runReport, err);
    if (parsed.isEmpty()) {
      // nothing to render: the output folder is not touched at all
      stdout.println(runReport.summary());
      stdout.flush();
      return runReport.badInput() > 0 ? Main.BAD_INPUT : Main.OK;
    }
    try (OutputLock lock = OutputLock.take(out, message -> err.println("paperledge: " + message))) {
      renderAll(parsed, show, cover, runReport, stdout, err);
      boolean feedMissing = runReport.failed() == 0 && !Files.exists(out.resolve("feed.xml"));
      if (runReport.rendered() > 0 || feedMissing) {
        FeedPublisher.Result feed = new FeedPublisher(show, cover)
            .publish(out, problem -> err.println("paperledge: warning: " + problem));
        stdout.printf(Locale.ROOT, "feed %s: %d episodes%n", out.resolve("feed.xml"), feed.episodes());
      }
    } catch (IOException e) {
      err.println("paperledge: " + out + ": " + e.getMessage());
      runReport.failedOutput(e.getMessage());
    }
    if (scripts.size() > 1 || runReport.failed() + runReport.badInput() > 0) {
      stdout.println(runReport.summary());
    }
    if (report.isPresent()) {
      try {
        runReport.write(report.get());
      } catch (IOException e) {
        err.println("paperledge: " + report.get() + ": cannot write report: " + e.getMessage());
        return Main.FAILED;
      }
    }
    stdout.flush();
    return runReport.badInput() > 0 ? Main.BAD_INPUT : runReport.failed() > 0 ? Main.FAILED : Main.OK;
  }

  /** Parses every script first, so input errors are reported before any rendering starts. */
  private Map<Path, Script> parseAll(List<Path> scripts, RenderReport runReport, PrintWriter err) {
    ScriptParser parser = new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES,
        name -> Files.isRegularFile(voices.resolve(name + ".yaml")));
    Map<Path, Script> parsed = new LinkedHashMap<>();
    Map<String, Path> slugs = new HashMap<>();
    for (Path file : scripts) {
      try {
        Script script = parser.parse(file);
        Path other = slugs.putIfAbsent(script.meta().slug(), file);
        if (other != null) {
          throw new InputException(file, 0, "slug '" + script.meta().slug() + "' is already used by " + other);
        }
        if (shard.includes(script.meta().slug())) {
          parsed.put(file, script);
        }
      } catch (InputException e) {
        err.println("paperledge: " + e.describe());
        runReport.badInput(file, e.describe());
      }
    }
    return parsed;
  }

  /** The cache folder (--cache, else the default), or null with --no-cache. */
  private Path cacheDir() {
    return noCache ? null : cache.orElseGet(CacheDir::resolve);
  }

  private void renderAll(Map<Path, Script> parsed, Show show, Cover cover, RenderReport runReport,
      PrintWriter stdout, PrintWriter err) {
    Map<String, SynthesizerPool> pools = new HashMap<>();
    FfmpegTools tools = null;
    Map<String, VoiceProfile> profiles = new HashMap<>();
    try {
      for (Script script : parsed.values()) {
        String slug = script.meta().slug();
        try {
          String fingerprint = Fingerprint.of(script.file(), showFile, voices, cover);
          if (!force && Fingerprint.upToDate(out, slug, fingerprint)) {
            stdout.println("up to date: " + out.resolve(slug + ".mp3"));
            runReport.upToDate(script.file(), slug);
            continue;
          }
          String voiceName = script.meta().voice().orElse(show.voice());
          VoiceProfile voice = profiles.get(voiceName);
          if (voice == null) {
            voice = VoiceProfile.load(voices, voiceName);
            profiles.put(voiceName, voice);
          }
          if (tools == null) {
            try {
              tools = FfmpegTools.locate(ffmpeg, CacheDir.resolve());
            } catch (ToolException e) {
              err.println("paperledge: " + e.getMessage());
              parsed.values().stream().filter(s -> !runReport.done(s.file()))
                  .forEach(s -> runReport.failed(s.file(), s.meta().slug(), e.getMessage()));
              return;
            }
          }
          if (pools.isEmpty()) {
            // The drawn cover and the music go into every MP3: make them while MaryTTS starts.
            java.util.concurrent.CompletableFuture.runAsync(cover::picture);
            FfmpegTools music = tools;
            Path musicCache = cacheDir();
            java.util.concurrent.CompletableFuture.runAsync(() -> {
              try {
                Music.tracks(music, musicCache);
              } catch (ToolException | IOException e) {
                // reported when the episode's mastering asks for the music
              }
            });
          }
          VoiceProfile speaker = voice;
          SynthesizerPool synthesizers = pools.get(voice.maryVoice() + "|" + voice.effects());
          if (synthesizers == null) {
            synthesizers = SynthesizerPool.of(() -> MarySynthesizer.start(speaker.maryVoice(),
                speaker.effects()), threads, MarySynthesizer.describe(voice.maryVoice(), voice.effects()));
            pools.put(voice.maryVoice() + "|" + voice.effects(), synthesizers);
          }
          SegmentCache segments = noCache ? null : new SegmentCache(cacheDir(), synthesizers.describe());
          EpisodeRenderer renderer = new EpisodeRenderer(show, synthesizers, tools, cover,
              segments);
          ProgressBar bar = System.console() != null ? new ProgressBar(stdout, slug) : null;
          RenderResult result;
          try {
            if (bar != null) {
              renderer.withProgress(bar::update);
            }
            result = renderer.render(script, voice, out);
          } finally {
            if (bar != null) {
              bar.clear();
            }
          }
          Fingerprint.record(out, slug, fingerprint);
          stdout.println(summary(result));
          stdout.flush();
          runReport.rendered(script.file(), slug, result);
        } catch (InputException e) {
          err.println("paperledge: " + e.describe());
          runReport.badInput(script.file(), e.describe());
        } catch (ToolException | IOException e) {
          String message = e.getMessage().startsWith(script.file().toString()) ? e.getMessage()
              : script.file() + ": " + e.getMessage();
          err.println("paperledge: " + message);
          if (verbose) {
            e.printStackTrace(err);
          }
          runReport.failed(script.file(), slug, message);
        }
      }
    } finally {
      pools.values().forEach(SynthesizerPool::close);
    }
  }

  private static String summary(RenderResult result) {
    long seconds = Math.round(result.durationSeconds());
    return String.format(Locale.ROOT, "rendered %s: %d:%02d (%.1f s of audio, %d chapters) in %.1f s"
            + " (speech synthesis %.1f s, %.0f%%; everything else %.1f s; %d of %d segments from the cache;"
            + " %d of %d encoded chunks reused)",
        result.mp3(), seconds / 60, seconds % 60, result.durationSeconds(), result.chapters().size(),
        result.totalSeconds(), result.synthesisSeconds(),
        100 * result.synthesisSeconds() / Math.max(1e-9, result.totalSeconds()),
        result.totalSeconds() - result.synthesisSeconds(), result.cacheHits(),
        result.cacheHits() + result.cacheMisses(), result.chunksFromCache(), result.chunks());
  }
}
