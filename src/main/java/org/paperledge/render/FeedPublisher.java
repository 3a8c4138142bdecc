package org.paperledge.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.paperledge.files.AtomicFiles;
import org.paperledge.publish.Episode;
import org.paperledge.publish.Episodes;
import org.paperledge.publish.Feed;
import org.paperledge.publish.ListenerPage;
import org.paperledge.publish.Site;
import org.paperledge.show.Show;

/**
 * Publishes the show's feed and listener site (every episode's page, then the pages of the index) from what is in
 * the output folder, last, after every episode's files: each is written to a temporary file beside it and moved
 * into place, and nothing is rewritten when its bytes would not change. Pages of the index that are no longer
 * needed (fewer episodes than before) are deleted.
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

  /** Builds {@code feed.xml} and the site's pages in {@code outDir}. */
  public Result publish(Path outDir, Consumer<String> problems) throws IOException {
    Files.createDirectories(outDir);
    cover.publish(outDir);
    List<Episode> episodes = Episodes.inFolder(outDir, retired(outDir), problems);
    byte[] feed = feed(episodes);
    boolean changed = AtomicFiles.writeIfChanged(outDir.resolve(Feed.FILE), feed);
    List<String> pages = pages(episodes, outDir, (name, html) -> AtomicFiles.writeIfChanged(outDir.resolve(name),
        html));
    try (Stream<Path> files = Files.list(outDir)) {
      for (Path stale : files.filter(p -> ListenerPage.isIndexPage(p.getFileName().toString()))
          .filter(p -> !pages.contains(p.getFileName().toString())).toList()) {
        Files.deleteIfExists(stale);
      }
    }
    return new Result(episodes.size(), changed);
  }

  /** The feed of {@code episodes} (newest first), whichever folder or host their items came from. */
  public byte[] feed(List<Episode> episodes) throws IOException {
    return new Feed(show, cover.fileName()).xml(episodes);
  }

  /**
   * Builds the site's pages of {@code episodes} (newest first), reading their sidecars from {@code sidecarDir},
   * and hands each to {@code sink}, episode pages before the index.
   *
   * @return the names of the pages
   */
  public List<String> pages(List<Episode> episodes, Path sidecarDir, Site.Sink sink) throws IOException {
    return Site.build(show, cover.fileName(), episodes, sidecarDir, sink);
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
