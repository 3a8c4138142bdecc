package org.paperledge.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.model.Chapter;
import org.paperledge.model.Cue;
import org.paperledge.show.Show;

/** One episode's page: player, chapters, transcript with speakers, share tags, and everything escaped. */
class EpisodePageTest {
  private static final Pattern META = Pattern.compile("<meta (?:property|name)=\"([^\"]+)\" content=\"([^\"]*)\">");

  static Show show;

  @TempDir
  Path dir;

  @BeforeAll
  static void loadShow() throws Exception {
    show = Show.load(Path.of("show.yaml"));
  }

  /** The site's pages of the episodes in {@link #dir}, by name. */
  private Map<String, String> site(Show show) throws Exception {
    List<String> problems = new ArrayList<>();
    List<Episode> episodes = Episodes.inFolder(dir, Set.of(), problems::add);
    assertThat(problems).isEmpty();
    Map<String, String> pages = new LinkedHashMap<>();
    Site.build(show, "cover.png", episodes, dir, (name, html) -> pages.put(name,
        new String(html, StandardCharsets.UTF_8)));
    return pages;
  }

  private String page(String slug) throws Exception {
    return site(show).get(slug + ".html");
  }

  /** The page's meta tags, by property or name. */
  private static Map<String, String> meta(String html) {
    Map<String, String> tags = new LinkedHashMap<>();
    Matcher m = META.matcher(html);
    while (m.find()) {
      tags.put(m.group(1), m.group(2));
    }
    return tags;
  }

  private void twoSpeakers() throws Exception {
    FeedItem item = FeedTest.item(show, "two", "Two voices", "Trees talk.\n\nPaper: https://example.org/p\n"
        + "Authors: A, B", "2026-11-30T06:00:00Z", 10, Optional.of(URI.create("https://example.org/p")));
    FeedTest.writeEpisode(dir, "two", item, 10, List.of(new Chapter("Introduction", 0, 192_500, Optional.empty()),
        new Chapter("Roots", 192_500, 3_725_004, Optional.empty())), List.of(
            new Cue(1105, 3000, "Hi, Maya.", "Introduction", "Ernis"),
            new Cue(3000, 5000, "Hi <there> & you.", "", "Maya"),
            new Cue(5000, 7000, "Roots talk.", "", "Maya"),
            new Cue(192_500, 196_000, "Back to me.", "Roots", "Ernis")), null);
  }

  @Test
  void hasThePlayerTheDownloadsAndTheDescription() throws Exception {
    twoSpeakers();
    String html = page("two");

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-us\">").endsWith("</html>\n")
        .contains("<title>Two voices</title>", "<h1>Two voices</h1>")
        .contains("<audio controls preload=\"metadata\" src=\"two.mp3\"></audio>")
        .contains("<a href=\"two.mp3\" download>Download MP3</a>", "<a href=\"two.vtt\">Transcript</a>",
            "<a class=\"paper\" href=\"https://example.org/p\">Read the paper</a>")
        .contains("<p>Trees talk.</p>", "<p>Paper: https://example.org/p<br>\nAuthors: A, B</p>")
        .contains("<time datetime=\"2026-11-30\">30 November 2026</time>")
        .contains("<a href=\"index.html\">PaperLedge</a>")
        .doesNotContain(".m4a") // no alternate enclosure in this item
        .contains("<p class=\"disclosure\">" + Disclosure.EPISODE + "</p>"); // its description does not say it
  }

  @Test
  void theDisclosureIsSaidOnce() throws Exception {
    FeedTest.writeEpisode(dir, "said", FeedTest.item(show, "said", "Said", Disclosure.appendTo("About.",
        Disclosure.EPISODE), "2026-01-01T00:00:00Z", 10, Optional.empty()), 10, null, null, null);
    assertThat(page("said")).containsOnlyOnce(Disclosure.EPISODE);
  }

  @Test
  void chaptersCarryTheirTimesAndSeekThePlayer() throws Exception {
    twoSpeakers();
    String html = page("two");

    assertThat(html).contains("<li><button type=\"button\" data-start=\"0.000\"><span class=\"time\">00:00:00</span>"
        + " Introduction</button></li>", "<li><button type=\"button\" data-start=\"192.500\"><span class=\"time\">"
        + "00:03:12</span> Roots</button></li>");
    assertThat(html).contains("audio.currentTime = t;", "addEventListener('timeupdate', update)");
  }

  @Test
  void theTranscriptIsInTurnsEachOpenedByItsSpeaker() throws Exception {
    twoSpeakers();
    String html = page("two");
    String transcript = html.substring(html.indexOf("<div class=\"transcript\">"), html.indexOf("</div>",
        html.indexOf("<div class=\"transcript\">")));

    assertThat(Pattern.compile("<p class=\"turn\">").matcher(transcript).results().count()).isEqualTo(3);
    assertThat(transcript).contains("<p class=\"turn\"><b class=\"speaker\">Ernis:</b> <span class=\"cue\" "
        + "data-start=\"1.105\" data-end=\"3.000\">Hi, Maya.</span>")
        .contains("<b class=\"speaker\">Maya:</b> <span class=\"cue\" data-start=\"3.000\" data-end=\"5.000\">"
            + "Hi &lt;there&gt; &amp; you.</span> <span class=\"cue\" data-start=\"5.000\"")
        .containsOnlyOnce("Maya:");
  }

  @Test
  void shareTagsNameTheTitleTheCoverAndTheAudioAbsolutely() throws Exception {
    twoSpeakers();
    Map<String, String> tags = meta(page("two"));

    assertThat(tags).containsEntry("og:title", "Two voices").containsEntry("og:description", "Trees talk.")
        .containsEntry("og:type", "website").containsEntry("og:site_name", "PaperLedge")
        .containsEntry("og:url", "https://paperledge.example/episodes/two.html")
        .containsEntry("og:image", "https://paperledge.example/episodes/cover.png")
        .containsEntry("og:audio", "https://paperledge.example/episodes/two.mp3")
        .containsEntry("og:audio:type", "audio/mpeg").containsEntry("twitter:card", "summary")
        .containsEntry("twitter:title", "Two voices")
        .containsEntry("twitter:image", "https://paperledge.example/episodes/cover.png");
    assertThat(page("two")).contains("<link rel=\"canonical\" href=\"https://paperledge.example/episodes/two.html\">");
  }

  @Test
  void anEpisodeWithItsOwnArtAndAnM4aShowsThem() throws Exception {
    FeedItem base = FeedTest.item(show, "art", "Art", "d", "2026-01-01T00:00:00Z", 10, Optional.empty());
    FeedItem item = new FeedItem(base.title(), base.description(), base.guid(), base.published(),
        base.enclosureUrl(), base.enclosureLength(), base.durationSeconds(), base.episode(), base.season(),
        base.explicit(), base.link(), base.people(), Optional.of(show.baseUrl().resolve("art.jpg")), "",
        Optional.of(new FeedItem.Alternate("audio/mp4", show.baseUrl().resolve("art.m4a"), 5, 64_000, "AAC")));
    FeedTest.writeEpisode(dir, "art", item, 10, null, null, null);
    Files.write(dir.resolve("art.m4a"), new byte[7]);
    String html = page("art");

    assertThat(html).contains("<img class=\"art\" src=\"art.jpg\"", "<a href=\"art.m4a\" download>M4A</a>");
    assertThat(meta(html)).containsEntry("og:image", "https://paperledge.example/episodes/art.jpg");
    // nothing to show: no chapters or transcript headings
    assertThat(html).doesNotContain("<h2>Chapters</h2>", "<h2>Transcript</h2>");
  }

  @Test
  void artFromAnotherSiteIsNeverLoaded() throws Exception {
    FeedItem base = FeedTest.item(show, "away", "Away", "d", "2026-01-01T00:00:00Z", 10, Optional.empty());
    FeedItem item = new FeedItem(base.title(), base.description(), base.guid(), base.published(),
        base.enclosureUrl(), base.enclosureLength(), base.durationSeconds(), base.episode(), base.season(),
        base.explicit(), base.link(), base.people(), Optional.of(URI.create("https://tracker.example/pixel.png")),
        "", Optional.empty());
    FeedTest.writeEpisode(dir, "away", item, 10, null, null, null);
    String html = page("away");

    assertThat(html).doesNotContain("tracker.example").contains("src=\"cover.png\"");
  }

  @Test
  void loadsNothingFromElsewhere() throws Exception {
    twoSpeakers();
    String html = page("two");

    assertThat(Pattern.compile("src=\"([^\"]*)\"").matcher(html).results().map(m -> m.group(1)))
        .containsExactlyInAnyOrder("cover.png", "two.mp3");
    assertThat(html).doesNotContain("rel=\"stylesheet\"", "<script src", "@import", "url(");
  }

  @Test
  void hostileTextIsEscapedEverywhere() throws Exception {
    Show hostile = FeedTest.hostileShow(show);
    FeedTest.writeHostileEpisode(dir, hostile, "hostile");
    String html = site(hostile).get("hostile.html");

    assertThat(html).doesNotContain("<script>alert", "\u0001", "\u0008", "\u001B", "<b>bold");
    assertThat(Pattern.compile("<script").matcher(html).results().count()).as("the page's own script only")
        .isEqualTo(1);
    String escaped = "Q&amp;A &lt;b&gt;bold&lt;/b&gt;";
    assertThat(html).contains("<title>" + escaped, "<h1>" + escaped, "<span class=\"time\">00:00:00</span> " + escaped,
        "<b class=\"speaker\">Ernis:</b> <span class=\"cue\" data-start=\"0.000\" data-end=\"1.500\">" + escaped);
    assertThat(meta(html).get("og:title")).startsWith(escaped + " &quot;quoted&quot; &#39;single&#39;");
  }

  @Test
  void sidecarsThatAreNotOursGiveAPageWithoutThem() throws Exception {
    FeedTest.writeEpisode(dir, "odd", FeedTest.item(show, "odd", "Odd", "d", "2026-01-01T00:00:00Z", 10,
        Optional.empty()), 10, null, null, null);
    Files.writeString(dir.resolve("odd.chapters.json"), "{\"chapters\": [{\"startTime\": \"soon\"}, ");
    Files.writeString(dir.resolve("odd.vtt"), "WEBVTT\n\nnot a cue\n");
    String html = page("odd");

    assertThat(html).contains("<h1>Odd</h1>").doesNotContain("<h2>Chapters</h2>", "<h2>Transcript</h2>");
  }

  @Test
  void theSiteHandsOverEpisodePagesBeforeTheIndex() throws Exception {
    FeedTest.writeSimpleEpisode(dir, show, "a", "A", "2026-01-01T00:00:00Z");
    FeedTest.writeSimpleEpisode(dir, show, "b", "B", "2026-01-02T00:00:00Z");
    List<String> order = new ArrayList<>();
    List<String> names = Site.build(show, "cover.png", Episodes.inFolder(dir, Set.of(), p -> { }), dir,
        (name, html) -> order.add(name));

    assertThat(order).containsExactly("b.html", "a.html", "index.html").isEqualTo(names);
    assertThat(Site.isPage("b.html")).isTrue();
    assertThat(Site.isPage("page_3.html")).isTrue();
    assertThat(Site.isPage("b.xml")).isFalse();
    assertThat(Site.isPage("B.html")).isFalse();
  }

  @Test
  void anEpisodesPageDoesNotChangeWhenAnotherEpisodeIsPublished() throws Exception {
    FeedTest.writeSimpleEpisode(dir, show, "first", "First", "2026-01-01T00:00:00Z");
    String before = page("first");
    for (int i = 0; i < 25; i++) { // enough to move "first" to the index's second page
      FeedTest.writeSimpleEpisode(dir, show, "later-" + i, "Later " + i, "2026-02-01T00:00:00Z");
    }
    assertThat(page("first")).isEqualTo(before);
  }
}
