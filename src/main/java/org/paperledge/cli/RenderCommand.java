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
import java.util.stream.Stream;
import org.paperledge.audio.EpisodeMixer;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.audio.ToolException;
import org.paperledge.render.Cover;
import org.paperledge.render.EpisodeRenderer;
import org.paperledge.render.FeedPublisher;
import org.paperledge.render.RenderResult;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptException;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.ConfigException;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.MarySynthesizer;
import org.paperledge.speech.Synthesizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperledge render}: scripts in, MP3s and feed items out. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Renders episode scripts into MP3s with chapters, each with its RSS feed item beside it.")
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

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    List<Path> scripts;
    Show show;
    try {
      scripts = ScriptFiles.find(paths.isEmpty() ? List.of(Path.of("scripts")) : paths);
      show = Show.load(showFile);
    } catch (ConfigException e) {
      err.println("paperledge: " + e.describe());
      return Main.BAD_INPUT;
    } catch (ScriptFiles.MissingPathException e) {
      err.println("paperledge: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    ScriptParser parser = new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES,
        name -> Files.isRegularFile(voices.resolve(name + ".yaml")));
    Map<Path, Script> parsed = new LinkedHashMap<>();
    int badInput = 0;
    Map<String, Path> slugs = new HashMap<>();
    for (Path file : scripts) {
      try {
        Script script = parser.parse(file);
        Path other = slugs.putIfAbsent(script.meta().slug(), file);
        if (other != null) {
          throw new ScriptException(file, 0, "slug '" + script.meta().slug() + "' is already used by " + other);
        }
        parsed.put(file, script);
      } catch (ScriptException e) {
        err.println("paperledge: " + e.describe());
        badInput++;
      }
    }
    int failed = 0;
    int rendered = 0;
    if (!parsed.isEmpty()) {
      try {
        Cover cover;
        try {
          cover = Cover.of(show, showFile);
        } catch (ConfigException e) {
          err.println("paperledge: " + e.describe());
          return Main.BAD_INPUT;
        }
        FfmpegTools tools = FfmpegTools.locate(ffmpeg, CacheDir.resolve());
        Map<String, VoiceProfile> profiles = new HashMap<>();
        Synthesizer synthesizer = null;
        try {
          for (Script script : parsed.values()) {
            try {
              String voiceName = script.meta().voice().orElse(show.voice());
              VoiceProfile voice = profiles.get(voiceName);
              if (voice == null) {
                voice = VoiceProfile.load(voices, voiceName);
                profiles.put(voiceName, voice);
              }
              if (synthesizer == null) {
                synthesizer = MarySynthesizer.start(voice.maryVoice());
              }
              RenderResult result = new EpisodeRenderer(show, synthesizer, new EpisodeMixer(tools), cover)
                  .render(script, voice, out);
              stdout.println(summary(result));
              stdout.flush();
              rendered++;
            } catch (ConfigException e) {
              err.println("paperledge: " + e.describe());
              badInput++;
            } catch (ToolException | IOException e) {
              err.println("paperledge: " + script.file() + ": " + e.getMessage());
              if (verbose) {
                e.printStackTrace(err);
              }
              failed++;
            }
          }
        } finally {
          if (synthesizer != null) {
            synthesizer.close();
          }
        }
        if (rendered > 0) {
          try {
            FeedPublisher.Result feed = new FeedPublisher(show, cover)
                .publish(out, problem -> err.println("paperledge: warning: " + problem));
            stdout.printf(Locale.ROOT, "feed %s: %d episodes%n", out.resolve("feed.xml"), feed.episodes());
          } catch (IOException e) {
            err.println("paperledge: " + out.resolve("feed.xml") + ": " + e.getMessage());
            failed++;
          }
        }
      } catch (ToolException e) {
        err.println("paperledge: " + e.getMessage());
        if (verbose) {
          e.printStackTrace(err);
        }
        failed = parsed.size() - rendered;
      }
    }
    if (scripts.size() > 1 || badInput + failed > 0) {
      stdout.printf(Locale.ROOT, "%d rendered, %d failed, %d bad input%n", rendered, failed, badInput);
    }
    return badInput > 0 ? Main.BAD_INPUT : failed > 0 ? Main.FAILED : Main.OK;
  }

  private static String summary(RenderResult result) {
    long seconds = Math.round(result.durationSeconds());
    return String.format(Locale.ROOT, "rendered %s: %d:%02d (%.1f s of audio, %d chapters) in %.1f s"
            + " (speech synthesis %.1f s, %.0f%%; everything else %.1f s)",
        result.mp3(), seconds / 60, seconds % 60, result.durationSeconds(), result.chapters().size(),
        result.totalSeconds(), result.synthesisSeconds(),
        100 * result.synthesisSeconds() / Math.max(1e-9, result.totalSeconds()),
        result.totalSeconds() - result.synthesisSeconds());
  }
}
