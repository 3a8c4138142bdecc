package org.paperledge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperledge.publish.Feed;
import org.paperledge.publish.ListenerPage;
import org.paperledge.render.Cover;
import org.paperledge.render.FeedPublisher;
import org.paperledge.render.OutputLock;
import org.paperledge.script.Slugs;
import org.paperledge.model.InputException;
import org.paperledge.show.Show;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperledge feed}: the show's feed and listener page from every episode in the output folder. */
@Command(name = "feed", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Builds feed.xml (RSS 2.0 with iTunes and Podcasting 2.0 tags) and index.html from every"
        + " episode rendered into the output folder, newest first. Episodes stay until retired.",
        "Running it again with nothing changed leaves both files byte for byte as they were."})
final class FeedCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: ${DEFAULT-VALUE}")
  Path out = Path.of("output");

  @Option(names = "--show", paramLabel = "FILE", description = "Show settings. Default: ${DEFAULT-VALUE}")
  Path showFile = Path.of("show.yaml");

  @Option(names = "--retire", paramLabel = "SLUG",
      description = "Take this episode out of the feed (its files stay published).")
  Optional<String> retire = Optional.empty();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Show show = Show.load(showFile);
      if (!Files.isDirectory(out)) {
        err.println("paperledge: " + out + ": no such folder; render some episodes first");
        return Main.BAD_INPUT;
      }
      if (retire.isPresent()) {
        if (!Slugs.isValid(retire.get())) {
          err.println("paperledge: --retire: '" + retire.get() + "' is not a slug");
          return Main.BAD_INPUT;
        }
        FeedPublisher.retire(out, retire.get());
      }
      FeedPublisher.Result result;
      try (OutputLock lock = OutputLock.take(out, message -> err.println("paperledge: " + message))) {
        result = new FeedPublisher(show, Cover.of(show, showFile))
            .publish(out, problem -> err.println("paperledge: warning: " + problem));
      }
      spec.commandLine().getOut().printf("%s: %d episodes (%s); %s%n", out.resolve(Feed.FILE), result.episodes(),
          result.feedChanged() ? "updated" : "unchanged", out.resolve(ListenerPage.FILE));
      return Main.OK;
    } catch (InputException e) {
      err.println("paperledge: " + e.describe());
      return Main.BAD_INPUT;
    } catch (IOException e) {
      err.println("paperledge: " + out + ": " + e.getMessage());
      return Main.FAILED;
    }
  }
}
