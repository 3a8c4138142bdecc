package org.paperledge.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperledge.show.Show;

/**
 * The listener site's index: the show (its cover, description and feed) and its episodes newest first,
 * {@value #PER_PAGE} to a page ({@code index.html}, then {@code page_2.html} and so on), each with its date,
 * duration and summary and a link to its own page ({@link EpisodePage}). The index holds no players and fetches
 * nothing but the cover, so it stays light with a thousand episodes. No external resources; everything escaped.
 */
public final class ListenerPage {
  /** File name of the first page. */
  public static final String FILE = "index.html";
  /** Episodes on each page of the index. */
  public static final int PER_PAGE = 20;
  /** Longest summary shown for an episode on the index, characters. */
  private static final int SUMMARY = 320;

  private ListenerPage() {}

  /**
   * The file name of page {@code n} (from 1) of the index. Later pages have an underscore, which no slug has, so
   * they never take the name of an episode's page.
   */
  public static String pageFile(int n) {
    return n == 1 ? FILE : "page_" + n + ".html";
  }

  /** Whether {@code name} is a page of the index. */
  public static boolean isIndexPage(String name) {
    return name.equals(FILE) || name.matches("page_[1-9][0-9]*\\.html");
  }

  /**
   * The pages of the index for {@code episodes} (newest first), by file name, first page first; an empty show has
   * one page.
   *
   * @param coverFile the show's cover, published beside the pages
   */
  public static Map<String, String> pages(Show show, String coverFile, List<Episode> episodes) {
    int count = Math.max(1, (episodes.size() + PER_PAGE - 1) / PER_PAGE);
    Map<String, String> pages = new LinkedHashMap<>();
    for (int n = 1; n <= count; n++) {
      List<Episode> shown = episodes.subList((n - 1) * PER_PAGE, Math.min(episodes.size(), n * PER_PAGE));
      pages.put(pageFile(n), page(show, coverFile, shown, n, count));
    }
    return pages;
  }

  private static String page(Show show, String coverFile, List<Episode> episodes, int n, int count) {
    StringBuilder out = new StringBuilder();
    String title = n == 1 ? show.name() : show.name() + " (page " + n + " of " + count + ")";
    Html.head(out, show, new Html.Share(title, show.description(), pageFile(n), show.baseUrl().resolve(coverFile),
        Optional.empty()));
    out.append("<header class=\"show\">\n<img src=\"").append(Html.attr(coverFile))
        .append("\" alt=\"Cover art of ").append(Html.attr(show.name())).append("\" width=\"144\" height=\"144\">\n")
        .append("<div>\n<h1>").append(Html.text(show.name())).append("</h1>\n<p>")
        .append(Html.text(show.description())).append("</p>\n");
    Html.disclosure(out, Disclosure.SHOW);
    out.append("<p><a href=\"").append(Feed.FILE).append("\">Podcast feed</a> (RSS)</p>\n</div>\n</header>\n")
        .append("<main>\n");
    if (episodes.isEmpty()) {
      out.append("<p>No episodes yet.</p>\n");
    }
    for (Episode episode : episodes) {
      episode(out, episode);
    }
    out.append("</main>\n");
    navigation(out, n, count);
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void episode(StringBuilder out, Episode episode) {
    String page = EpisodePage.file(episode.slug());
    out.append("<article class=\"episode\" id=\"").append(Html.attr(episode.slug())).append("\">\n")
        .append("<h2><a href=\"").append(Html.attr(page)).append("\">").append(Html.text(episode.title()))
        .append("</a></h2>\n");
    EpisodePage.meta(out, episode);
    String summary = Html.firstParagraph(episode.description(), SUMMARY);
    if (!summary.isEmpty()) {
      out.append("<p class=\"summary\">").append(Html.text(summary)).append("</p>\n");
    }
    out.append("</article>\n");
  }

  /** Links to every page of the index, the current one marked, and to the previous and next pages. */
  private static void navigation(StringBuilder out, int n, int count) {
    if (count == 1) {
      return;
    }
    out.append("<nav class=\"pages\" aria-label=\"Pages of episodes\">\n");
    if (n > 1) {
      out.append("<a rel=\"prev\" href=\"").append(pageFile(n - 1)).append("\">Newer</a>\n");
    }
    for (int p = 1; p <= count; p++) {
      if (p == n) {
        out.append("<span class=\"current\" aria-current=\"page\">").append(p).append("</span>\n");
      } else {
        out.append("<a href=\"").append(pageFile(p)).append("\">").append(p).append("</a>\n");
      }
    }
    if (n < count) {
      out.append("<a rel=\"next\" href=\"").append(pageFile(n + 1)).append("\">Older</a>\n");
    }
    out.append("</nav>\n");
  }
}
