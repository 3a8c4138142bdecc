package org.paperledge.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.paperledge.model.Chapter;
import org.paperledge.model.Cue;
import org.paperledge.show.Show;

/**
 * The listener site: every episode's page, then the pages of the index, built from the episodes of the feed and
 * their sidecars (chapters and transcript), and handed over one at a time, so that a catalog of a thousand episodes
 * is never held in memory at once. Episode pages come first: the index never links to a page not yet written.
 */
public final class Site {
  private Site() {}

  /** Where the pages go, one after another. */
  @FunctionalInterface
  public interface Sink {
    /** Takes the page {@code name} (a file name beside the feed) with its bytes. */
    void page(String name, byte[] html) throws IOException;
  }

  /**
   * Builds the site of {@code episodes} (newest first).
   *
   * @param coverFile the show's cover, published beside the pages
   * @param sidecarDir where each episode's {@code SLUG.chapters.json} and {@code SLUG.vtt} are read from
   * @return the names of the pages, in the order handed over
   */
  public static List<String> build(Show show, String coverFile, List<Episode> episodes, Path sidecarDir, Sink sink)
      throws IOException {
    List<String> names = new java.util.ArrayList<>();
    for (Episode episode : episodes) {
      String name = EpisodePage.file(episode.slug());
      List<Chapter> chapters = ChaptersJson.read(read(sidecarDir.resolve(episode.slug() + ".chapters.json")));
      List<Cue> cues = Transcripts.readVtt(read(sidecarDir.resolve(episode.slug() + ".vtt")));
      sink.page(name, bytes(EpisodePage.html(show, coverFile, episode, chapters, cues)));
      names.add(name);
    }
    for (Map.Entry<String, String> page : ListenerPage.pages(show, coverFile, episodes).entrySet()) {
      sink.page(page.getKey(), bytes(page.getValue()));
      names.add(page.getKey());
    }
    return names;
  }

  /** Whether {@code name} is a page of the site: a page of the index or an episode's page. */
  public static boolean isPage(String name) {
    return name.endsWith(".html") && (ListenerPage.isIndexPage(name)
        || name.substring(0, name.length() - 5).matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  private static String read(Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static byte[] bytes(String html) {
    return html.getBytes(StandardCharsets.UTF_8);
  }
}
