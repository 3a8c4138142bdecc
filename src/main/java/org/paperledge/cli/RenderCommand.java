package org.paperledge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.cache.CacheFolder;
import org.paperledge.model.InputException;
import org.paperledge.render.Batch;
import org.paperledge.render.Cover;
import org.paperledge.render.EpisodeRenderer;
import org.paperledge.render.RenderReport;
import org.paperledge.render.Shard;
import org.paperledge.render.Voices;
import org.paperledge.show.Show;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

  @Mixin
  OutputOption output;

  @Mixin
  ProjectOptions project;

  @Option(names = "--ffmpeg", paramLabel = "FILE",
      description = "ffmpeg executable to use. Default: $" + FfmpegTools.ENV + ", else the embedded FFmpeg.")
  Optional<Path> ffmpeg = Optional.empty();

  @Mixin
  CacheOptions cache;

  @Option(names = "--force", description = "Render even episodes whose inputs are unchanged.")
  boolean force;

  @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class,
      description = "Render only shard K of N (1-based): a fixed share of the episodes, by slug.")
  Shard shard = Shard.ALL;

  @Option(names = "--report", paramLabel = "FILE.json", description = "Write a JSON report of the run.")
  Optional<Path> report = Optional.empty();

  @Mixin
  VerboseOption verbose;

  @Option(names = "--threads", paramLabel = "N",
      description = "Speech synthesis threads. Default: one per processor core (${DEFAULT-VALUE} here).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws InputException, IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (threads < 1 || threads > 256) {
      throw new InputException(Path.of("--threads"), 0, "must be between 1 and 256, not " + threads);
    }
    List<Path> scripts = ScriptFiles.find(paths);
    Show show = project.show();
    CacheFolder folder = cache.folder(err);
    Cover cover = Cover.of(show, project.showFile()).cachedIn(folder == null ? null : folder.covers());
    Batch.Settings settings = new Batch.Settings(output.dir, project.showFile(), project.voices, ffmpeg, force, shard);
    RenderReport run;
    try (Batch batch = new Batch(settings, show, cover, folder, Voices.mary(threads), listener(stdout, err))) {
      run = batch.run(scripts);
    }
    if (scripts.size() > 1 || run.failed() + run.badInput() > 0) {
      stdout.println(run.summary());
    }
    stdout.flush();
    if (report.isPresent()) {
      try {
        run.write(report.get());
      } catch (IOException e) {
        throw new IOException(report.get() + ": cannot write report: " + e.getMessage(), e);
      }
    }
    return run.badInput() > 0 ? Main.BAD_INPUT : run.failed() > 0 ? Main.FAILED : Main.OK;
  }

  private Batch.Listener listener(PrintWriter stdout, PrintWriter err) {
    return new Batch.Listener() {
      @Override
      public void said(String line) {
        stdout.println(line);
        stdout.flush();
      }

      @Override
      public void problem(String message, Throwable cause) {
        if (Stop.stopping()) {
          return; // a consequence of the stop, not news
        }
        err.println("paperledge: " + message);
        if (verbose.verbose && cause != null) {
          cause.printStackTrace(err);
        }
        err.flush();
      }

      @Override
      public EpisodeRenderer.Progress progress(String slug) {
        if (System.console() == null) {
          return EpisodeRenderer.Progress.NONE;
        }
        ProgressBar bar = new ProgressBar(stdout, slug);
        return bar::update;
      }
    };
  }
}
