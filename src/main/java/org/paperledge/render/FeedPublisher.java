package org.paperledge.render;

import org.paperledge.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.paperledge.publish.Episode;
import org.paperledge.publish.Feed;
import org.paperledge.publish.ListenerPage;
import org.paperledge.show.Show;

/**
 * Publishes the show's feed and listener page from what is in the output folder, last, after every episode's
 * files: each is written to a temporary file beside it and moved into place, and nothing is rewritten when its
 * bytes would not change.
 */
public final class FeedPublisher {
  /** Slugs listed here (one per line) stay published as files but leave the feed. */
  public static final String RETIRED = "retired.txt";

  private final Show show;
  private final Cover cover;

  public FeedPublisher(Show show, Cover cover) {
    this.show = show;
    this.cover = cover;
  }

  /** What was published. */
  public record Result(int episodes, boolean feedChanged) {}

  /** Builds {@code feed.xml} and {@code index.html} in {@code outDir}. */
  public Result publish(Path outDir, Consumer<String> problems) throws IOException {
    Files.createDirectories(outDir);
    cover.publish(outDir);
    Feed feed = new Feed(show, cover.fileName());
    List<Episode> episodes = feed.episodes(outDir, retired(outDir), problems);
    boolean changed = AtomicFiles.writeIfChanged(outDir.resolve(Feed.FILE), feed.xml(episodes));
    AtomicFiles.writeIfChanged(outDir.resolve(ListenerPage.FILE), ListenerPage.html(show, episodes, outDir)
        .getBytes(StandardCharsets.UTF_8));
    return new Result(episodes.size(), changed);
  }

  /** Adds {@code slug} to the retired list. */
  public static void retire(Path outDir, String slug) throws IOException {
    Set<String> retired = retired(outDir);
    if (retired.add(slug)) {
      AtomicFiles.writeIfChanged(outDir.resolve(RETIRED), (String.join("\n", retired) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  static Set<String> retired(Path outDir) throws IOException {
    Path file = outDir.resolve(RETIRED);
    Set<String> slugs = new LinkedHashSet<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          slugs.add(line.strip());
        }
      }
    }
    return slugs;
  }

}
