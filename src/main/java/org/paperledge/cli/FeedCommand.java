package org.paperledge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperledge.model.InputException;
import org.paperledge.publish.Feed;
import org.paperledge.publish.ListenerPage;
import org.paperledge.render.Cover;
import org.paperledge.render.FeedPublisher;
import org.paperledge.render.OutputLock;
import org.paperledge.script.Slugs;
import org.paperledge.show.Show;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperledge feed}: the show's feed and listener page from every episode in the output folder. */
@Command(name = "feed", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Builds feed.xml (RSS 2.0 with iTunes and Podcasting 2.0 tags) and index.html from every"
        + " episode rendered into the output folder, newest first. Episodes stay until retired.",
        "Running it again with nothing changed leaves both files byte for byte as they were."})
final class FeedCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  OutputOption output;

  @Mixin
  ShowOption showOption;

  @Option(names = "--retire", paramLabel = "SLUG",
      description = "Take this episode out of the feed (its files stay published).")
  Optional<String> retire = Optional.empty();

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() throws InputException, IOException {
    PrintWriter err = spec.commandLine().getErr();
    Show show = showOption.show();
    if (!Files.isDirectory(output.dir)) {
      throw new InputException(output.dir, 0, "no such folder; render some episodes first");
    }
    if (retire.isPresent() && !Slugs.isValid(retire.get())) {
      throw new InputException(Path.of("--retire"), 0, "'" + retire.get() + "' is not a slug");
    }
    Cover cover = Cover.of(show, showOption.file);
    FeedPublisher.Result result;
    // The retired list is read, changed and written while the folder is locked: a render meanwhile cannot
    // remove the update in progress, and two retires cannot lose one another's.
    try (OutputLock lock = OutputLock.take(output.dir, message -> err.println("paperledge: " + message))) {
      if (retire.isPresent()) {
        FeedPublisher.retire(output.dir, retire.get());
      }
      result = new FeedPublisher(show, cover)
          .publish(output.dir, problem -> err.println("paperledge: warning: " + problem));
    }
    spec.commandLine().getOut().printf("%s: %d episodes (%s); %s%n", output.dir.resolve(Feed.FILE), result.episodes(),
        result.feedChanged() ? "updated" : "unchanged", output.dir.resolve(ListenerPage.FILE));
    return Main.OK;
  }
}
