package org.paperledge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.paperledge.cache.CacheFolder;
import org.paperledge.model.InputException;
import org.paperledge.render.Voices;
import org.paperledge.studio.Studio;
import org.paperledge.studio.StudioServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperledge preview [SCRIPT]}: a local studio page for one episode that re-renders on save, plays any
 * sentence, and fixes pronunciations. It runs until stopped (Ctrl-C or SIGTERM); nothing in the output folder
 * changes.
 */
@Command(name = "preview", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Opens a studio page for one script on http://127.0.0.1: each sentence with its spoken form,"
        + " speaker and check's findings, the episode player, any sentence or chapter played alone, and"
        + " pronunciations tried and kept. Saving the script, a voice profile, a lexicon or show.yaml re-renders"
        + " what changed and updates the page. Nothing in output/ changes; Ctrl-C stops it.",
        "Example:  paperledge preview scripts/x.md --open"})
final class PreviewCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SCRIPT", arity = "0..1",
      description = "The script. Default: the most recently changed script in scripts/")
  Optional<Path> script = Optional.empty();

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "Port on 127.0.0.1. Default: a free one")
  int port;

  @Option(names = "--open", description = "Open the page in a browser (xdg-open), where there is one.")
  boolean open;

  @Option(names = "--threads", paramLabel = "N", description = "Speech synthesis threads. Default: one per core")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  ProjectOptions project;

  @Mixin
  CacheOptions cache;

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() throws InputException, IOException, InterruptedException {
    if (cache.none) {
      throw new CommandLine.ParameterException(spec.commandLine(), "preview keeps its sentences in the segment"
          + " cache; give it a private one with --cache DIR instead of --no-cache");
    }
    if (port < 0 || port > 65535 || threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535 and --threads at"
          + " least 1");
    }
    Path file = script.isPresent() ? script.get() : newest(ScriptFiles.find(List.of()));
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, 0, "no such file");
    }
    if (!Files.exists(project.showFile())) {
      project.show(); // says where it looked for show.yaml; a show file that is there but wrong is the page's to show
    }
    PrintWriter out = spec.commandLine().getOut();
    Studio studio = Studio.open(new Studio.Inputs(file, project.showFile(), project.voices), Voices.mary(threads),
        cache.folder(spec.commandLine().getErr()), line -> {
          synchronized (out) {
            out.println(line);
            out.flush();
          }
        });
    StudioServer server;
    try {
      server = StudioServer.start(studio, port);
    } catch (IOException e) {
      studio.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      studio.close();
      stopped.countDown();
    }, "paperledge-stop"));
    synchronized (out) {
      out.println("paperledge: studio for " + file + " at " + server.url() + " (Ctrl-C stops it)");
      out.flush();
    }
    studio.start();
    if (open) {
      Browser.open(server.url().toString());
    }
    stopped.await();
    return Main.OK;
  }

  /** The script changed last, of {@code scripts}. */
  private static Path newest(List<Path> scripts) throws InputException {
    Comparator<Path> byTime = Comparator.comparing(p -> {
      try {
        return Files.getLastModifiedTime(p);
      } catch (IOException e) {
        return FileTime.fromMillis(0);
      }
    });
    return scripts.stream().max(byTime.thenComparing(Comparator.naturalOrder()))
        .orElseThrow(() -> new InputException(Path.of("scripts"), 0, "no script to preview; name one"));
  }

  /** Opens a page in the desktop's browser, where there is one; silently does nothing where there is none. */
  static final class Browser {
    private Browser() {}

    static void open(String url) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        Path opener = Path.of(dir.isEmpty() ? "." : dir, "xdg-open");
        if (Files.isExecutable(opener)) {
          try {
            new ProcessBuilder(opener.toString(), url).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
          } catch (IOException e) {
            // no browser after all: the address is printed above
          }
          return;
        }
      }
    }
  }
}
