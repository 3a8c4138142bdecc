package org.paperledge.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.paperledge.files.AtomicFiles;
import org.paperledge.publish.Episode;
import org.paperledge.publish.Episodes;
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
    List<Episode> episodes = Episodes.inFolder(outDir, retired(outDir), problems);
    Built built = build(episodes, outDir);
    boolean changed = AtomicFiles.writeIfChanged(outDir.resolve(Feed.FILE), built.feed());
    AtomicFiles.writeIfChanged(outDir.resolve(ListenerPage.FILE), built.page());
    return new Result(episodes.size(), changed);
  }

  /**
   * The feed and the page of {@code episodes}, whichever folder or host their items came from.
   *
   * @param feed the bytes of {@code feed.xml}
   * @param page the bytes of {@code index.html}
   */
  public record Built(byte[] feed, byte[] page) {}

  /** Builds the feed and page of {@code episodes} (newest first), reading their sidecars from {@code sidecarDir}. */
  public Built build(List<Episode> episodes, Path sidecarDir) throws IOException {
    return new Built(new Feed(show, cover.fileName()).xml(episodes),
        ListenerPage.html(show, episodes, sidecarDir).getBytes(StandardCharsets.UTF_8));
  }

  /** Adds {@code slug} to the retired list. */
  public static void retire(Path outDir, String slug) throws IOException {
    Set<String> retired = retired(outDir);
    if (retired.add(slug)) {
      AtomicFiles.writeIfChanged(outDir.resolve(RETIRED),
          (String.join("\n", retired) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The slugs retired in {@code outDir}. */
  public static Set<String> retired(Path outDir) throws IOException {
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
