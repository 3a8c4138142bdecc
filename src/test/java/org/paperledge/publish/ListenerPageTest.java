package org.paperledge.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.show.Show;

/** The index of the listener site: pages of episodes, light whatever the size of the catalog. */
class ListenerPageTest {
  static Show show;

  @TempDir
  Path dir;

  @BeforeAll
  static void loadShow() throws Exception {
    show = Show.load(Path.of("show.yaml"));
  }

  private List<Episode> episodes() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Episode> episodes = Episodes.inFolder(dir, Set.of(), problems::add);
    assertThat(problems).isEmpty();
    return episodes;
  }

  private Map<String, String> pages(Show show) throws Exception {
    return ListenerPage.pages(show, "cover.png", episodes());
  }

  /** {@code count} episodes, one a day from 1 January 2026, episode {@code i} titled "Episode i". */
  private void catalog(int count) throws Exception {
    for (int i = 1; i <= count; i++) {
      String slug = "episode-" + i;
      FeedTest.writeItem(dir, slug, FeedTest.item(show, slug, "Episode " + i, "About episode " + i + ".\n\nPaper: x",
          java.time.LocalDate.of(2026, 1, 1).plusDays(i - 1) + "T06:00:00Z", 1000, Optional.empty()));
      FeedTest.writeMp3(dir, slug, 16);
    }
  }

  private static List<String> titles(String html) {
    return Pattern.compile("<h2><a href=\"[^\"]+\">([^<]*)</a></h2>").matcher(html).results().map(m -> m.group(1))
        .toList();
  }

  @Test
  void listsEpisodesNewestFirstEachLinkingToItsOwnPage() throws Exception {
    FeedTest.writeSimpleEpisode(dir, show, "a-old", "Old one", "2026-01-01T00:00:00Z");
    FeedTest.writeSimpleEpisode(dir, show, "b-new", "New one", "2026-02-01T00:00:00Z");
    Map<String, String> pages = pages(show);

    assertThat(pages).containsOnlyKeys("index.html");
    String html = pages.get("index.html");
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-us\">").endsWith("</html>\n")
        .contains("<title>PaperLedge</title>", "href=\"feed.xml\"");
    assertThat(titles(html)).containsExactly("New one", "Old one");
    assertThat(html).contains("<h2><a href=\"b-new.html\">New one</a></h2>", "<h2><a href=\"a-old.html\">");
  }

  @Test
  void showsTheCoverReadableDatesDurationsAndTheSummary() throws Exception {
    FeedTest.writeSimpleEpisode(dir, show, "one", "One", "2026-10-05T06:00:00Z");
    String html = pages(show).get("index.html");

    assertThat(html).contains("<img src=\"cover.png\" alt=\"Cover art of PaperLedge\" width=\"144\" height=\"144\">")
        .contains("<time datetime=\"2026-10-05\">5 October 2026</time>")
        .contains("<span class=\"duration\">5 min 8 s</span>") // the item's 308 s
        .contains("Episode 1 · ")
        .contains("<p class=\"summary\">About One</p>")
        .contains("<p class=\"disclosure\">" + Disclosure.SHOW + "</p>");
  }

  @Test
  void holdsNoPlayerNoScriptAndNoDataSoItLoadsOnlyTheCover() throws Exception {
    catalog(3);
    String html = pages(show).get("index.html");

    assertThat(html).doesNotContain("<audio", "<script", "<video", "<iframe", "preload", ".mp3", ".vtt",
        ".chapters.json");
    // the only resource the page loads is the cover: every src is it, no stylesheet or font is linked
    assertThat(Pattern.compile("src=\"([^\"]*)\"").matcher(html).results().map(m -> m.group(1)))
        .containsExactly("cover.png");
    assertThat(Pattern.compile("<link [^>]*rel=\"stylesheet\"").matcher(html).find()).isFalse();
  }

  @Test
  void twentyEpisodesToAPageWithLinksBetweenPages() throws Exception {
    catalog(45);
    Map<String, String> pages = pages(show);

    assertThat(pages.keySet()).containsExactly("index.html", "page_2.html", "page_3.html");
    assertThat(titles(pages.get("index.html"))).hasSize(20).first().isEqualTo("Episode 45");
    assertThat(titles(pages.get("page_2.html"))).hasSize(20).first().isEqualTo("Episode 25");
    assertThat(titles(pages.get("page_3.html"))).containsExactly("Episode 5", "Episode 4", "Episode 3",
        "Episode 2", "Episode 1");
    String middle = pages.get("page_2.html");
    assertThat(middle).contains("<title>PaperLedge (page 2 of 3)</title>",
        "<a rel=\"prev\" href=\"index.html\">Newer</a>", "<a rel=\"next\" href=\"page_3.html\">Older</a>",
        "<span class=\"current\" aria-current=\"page\">2</span>", "<a href=\"index.html\">1</a>");
    assertThat(pages.get("index.html")).doesNotContain("rel=\"prev\"");
    assertThat(pages.get("page_3.html")).doesNotContain("rel=\"next\"");
  }

  @Test
  void aThousandEpisodesMakeFiftyLightPages() throws Exception {
    catalog(1000);
    List<Episode> episodes = episodes();
    long started = System.nanoTime();
    Map<String, String> pages = ListenerPage.pages(show, "cover.png", episodes);
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(pages).hasSize(50);
    int first = pages.get("index.html").getBytes(StandardCharsets.UTF_8).length;
    System.out.printf("index of 1000 episodes: 50 pages, the first %d bytes, built in %.3f s%n", first, seconds);
    assertThat(first).as("the first page's HTML, bytes").isLessThan(40_000);
    assertThat(pages.values()).allSatisfy(html -> assertThat(titles(html)).hasSize(20));
  }

  @Test
  void pageNamesNeverCollideWithAnEpisodesPage() {
    assertThat(ListenerPage.pageFile(1)).isEqualTo("index.html");
    assertThat(ListenerPage.pageFile(2)).isEqualTo("page_2.html");
    assertThat(ListenerPage.isIndexPage("page_12.html")).isTrue();
    // a slug is lowercase letters, digits and hyphens: "page-2" is an episode, never a page of the index
    assertThat(ListenerPage.isIndexPage("page-2.html")).isFalse();
    assertThat(ListenerPage.isIndexPage("page_0.html")).isFalse();
    assertThat(EpisodePage.file("page-2")).isNotEqualTo(ListenerPage.pageFile(2));
  }

  @Test
  void anEmptyShowHasOnePage() throws Exception {
    Map<String, String> pages = pages(show);

    assertThat(pages).containsOnlyKeys("index.html");
    assertThat(pages.get("index.html")).contains("No episodes yet.").doesNotContain("<nav");
  }

  @Test
  void hostileTextIsEscapedEverywhere() throws Exception {
    Show hostile = FeedTest.hostileShow(show);
    FeedTest.writeHostileEpisode(dir, hostile, "hostile");
    String html = pages(hostile).get("index.html");

    assertThat(html).doesNotContain("<script", "\u0001", "\u0008", "\u001B", "<b>bold");
    String escaped = "Q&amp;A &lt;b&gt;bold&lt;/b&gt;";
    assertThat(html).contains("<title>" + escaped, "<h1>" + escaped, "<a href=\"hostile.html\">" + escaped,
        "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", "content=\"" + escaped + " &quot;quoted&quot;");
  }
}
