package org.paperledge.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.model.Cue;
import org.paperledge.show.Show;

class ListenerPageTest {
  private static final Pattern JSON_SCRIPT =
      Pattern.compile("<script type=\"application/json\" class=\"([a-z-]+)\">(.*?)</script>", Pattern.DOTALL);

  static Show show;

  @TempDir
  Path dir;

  @BeforeAll
  static void loadShow() throws Exception {
    show = Show.load(Path.of("show.yaml"));
  }

  private String page(Show show) throws Exception {
    List<String> problems = new ArrayList<>();
    List<Episode> episodes = Episodes.inFolder(dir, Set.of(), problems::add);
    assertThat(problems).isEmpty();
    return ListenerPage.html(show, episodes, dir);
  }

  /** The JSON in each {@code <script type="application/json">} element, by class, in page order. */
  private static List<String[]> jsonScripts(String html) {
    List<String[]> out = new ArrayList<>();
    Matcher m = JSON_SCRIPT.matcher(html);
    while (m.find()) {
      out.add(new String[] {m.group(1), m.group(2)});
    }
    return out;
  }

  @Test
  void listsEpisodesNewestFirstWithPlayerAndLinks() throws Exception {
    FeedTest.writeSimpleEpisode(dir, show, "a-old", "Old one", "2026-01-01T00:00:00Z");
    FeedTest.writeSimpleEpisode(dir, show, "b-new", "New one", "2026-02-01T00:00:00Z");
    String html = page(show);

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-us\">").endsWith("</html>\n")
        .contains("<title>PaperLedge</title>", "href=\"feed.xml\"");
    assertThat(html.indexOf("<h2>New one</h2>")).isPositive().isLessThan(html.indexOf("<h2>Old one</h2>"));
    assertThat(html).contains("<audio controls preload=\"metadata\" src=\"b-new.mp3\"></audio>",
        "<a href=\"b-new.mp3\" download>", "<a href=\"b-new.vtt\">Transcript</a>");
    assertThat(html).doesNotContain("https://paperledge.example/episodes/"); // media are relative
    assertThat(jsonScripts(html)).extracting(s -> s[0])
        .containsExactly("chapters-data", "transcript-data", "chapters-data", "transcript-data");
  }

  @Test
  void embedsChaptersAndCuesAsJson() throws Exception {
    FeedTest.writeSimpleEpisode(dir, show, "one", "One", "2026-01-01T00:00:00Z");
    List<String[]> scripts = jsonScripts(page(show));

    JsonElement chapters = FeedTest.strictJson(scripts.get(0)[1]);
    assertThat(chapters.getAsJsonObject().getAsJsonArray("chapters")).hasSize(2);
    JsonArray cues = FeedTest.strictJson(scripts.get(1)[1]).getAsJsonArray();
    assertThat(cues).hasSize(2);
    assertThat(cues.get(1).getAsJsonArray().get(0).getAsDouble()).isEqualTo(1.0);
    assertThat(cues.get(1).getAsJsonArray().get(1).getAsDouble()).isEqualTo(3.0);
    assertThat(cues.get(1).getAsJsonArray().get(2).getAsString()).isEqualTo("Bye.");
    assertThat(cues.get(1).getAsJsonArray().get(3).getAsString()).isEqualTo(show.host());
  }

  @Test
  void eachCueCarriesItsSpeakerForThePageToShow() throws Exception {
    FeedTest.writeEpisode(dir, "two", FeedTest.item(show, "two", "Two", "d", "2026-01-01T00:00:00Z", 10,
        java.util.Optional.empty()), 10, null, List.of(new Cue(0, 1000, "Hi, Maya.", "", "Ernis"),
        new Cue(1000, 2000, "Hi <there> & you.", "", "Maya & Co")), null);
    JsonArray cues = FeedTest.strictJson(jsonScripts(page(show)).get(1)[1]).getAsJsonArray();
    assertThat(cues.get(0).getAsJsonArray().get(3).getAsString()).isEqualTo("Ernis");
    assertThat(cues.get(1).getAsJsonArray().get(2).getAsString()).isEqualTo("Hi <there> & you.");
    assertThat(cues.get(1).getAsJsonArray().get(3).getAsString()).isEqualTo("Maya & Co");
    assertThat(page(show)).contains("'speaker'");
  }

  @Test
  void missingSidecarsGiveEmptyLists() throws Exception {
    FeedTest.writeEpisode(dir, "bare", FeedTest.item(show, "bare", "Bare", "d", "2026-01-01T00:00:00Z", 1,
        java.util.Optional.empty()), 10, null, null, "Ernis");
    List<String[]> scripts = jsonScripts(page(show));

    assertThat(FeedTest.strictJson(scripts.get(0)[1]).getAsJsonObject().getAsJsonArray("chapters")).isEmpty();
    assertThat(FeedTest.strictJson(scripts.get(1)[1]).getAsJsonArray()).isEmpty();
  }

  @Test
  void cueTimesPastAnHourAreRead() throws Exception {
    FeedTest.writeEpisode(dir, "long", FeedTest.item(show, "long", "Long", "d", "2026-01-01T00:00:00Z", 1,
        java.util.Optional.empty()), 10, null, List.of(new Cue(3_725_004, 3_727_010, "Late.", "", "Ernis")), "Ernis");
    JsonArray cue = FeedTest.strictJson(jsonScripts(page(show)).get(1)[1]).getAsJsonArray().get(0)
        .getAsJsonArray();

    assertThat(cue.get(0).getAsBigDecimal()).isEqualByComparingTo("3725.004");
    assertThat(cue.get(1).getAsBigDecimal()).isEqualByComparingTo("3727.010");
  }

  @Test
  void hostileTextIsEscapedEverywhere() throws Exception {
    Show hostile = FeedTest.hostileShow(show);
    FeedTest.writeHostileEpisode(dir, hostile, "hostile");
    String html = page(hostile);

    assertThat(html).doesNotContain("<script>alert", "\u0001", "\u0008", "\u001B", "<b>bold");
    // the page's own script is the only executable one; the rest are JSON data
    assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(3);
    assertThat(Pattern.compile("</script>").matcher(html).results().count()).isEqualTo(3);
    String escaped = "Q&amp;A &lt;b&gt;bold&lt;/b&gt;";
    assertThat(html).contains("<title>" + escaped, "<h1>" + escaped, "<h2>" + escaped,
        "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");

    List<String[]> scripts = jsonScripts(html);
    assertThat(scripts).hasSize(2);
    for (String[] script : scripts) {
      assertThat(script[1]).as(script[0]).doesNotContain("<", "</script", "<!--");
    }
    JsonArray chapters = FeedTest.strictJson(scripts.get(0)[1]).getAsJsonObject().getAsJsonArray("chapters");
    assertThat(chapters.get(0).getAsJsonObject().get("title").getAsString()).isEqualTo(FeedTest.HOSTILE_CLEAN);
    JsonArray cues = FeedTest.strictJson(scripts.get(1)[1]).getAsJsonArray();
    assertThat(cues).hasSize(2);
    assertThat(cues.get(0).getAsJsonArray().get(2).getAsString()).isEqualTo(FeedTest.HOSTILE_ONE_LINE);
    assertThat(cues.get(1).getAsJsonArray().get(2).getAsString()).isEqualTo("Plain words.");
  }

  @Test
  void cueTextThatLooksLikeEscapesRoundTrips() throws Exception {
    String tricky = "&lt;b&gt; &amp;amp; &gt;&lt; AT&T <v Evil>";
    FeedTest.writeEpisode(dir, "tricky", FeedTest.item(show, "tricky", "Tricky", "d", "2026-01-01T00:00:00Z", 1,
        java.util.Optional.empty()), 10, null, List.of(new Cue(0, 1000, tricky, "", "Ernis")), "Ernis");
    JsonArray cue = FeedTest.strictJson(jsonScripts(page(show)).get(1)[1]).getAsJsonArray().get(0)
        .getAsJsonArray();

    assertThat(cue.get(2).getAsString()).isEqualTo(tricky);
  }

  @Test
  void onlyHttpPaperLinksAreLinked() throws Exception {
    FeedTest.writeEpisode(dir, "js", FeedTest.item(show, "js", "JS", "d", "2026-01-01T00:00:00Z", 1,
        java.util.Optional.of(java.net.URI.create("javascript:alert(1)"))), 10, null, null, "Ernis");
    FeedTest.writeEpisode(dir, "ok", FeedTest.item(show, "ok", "OK", "d", "2026-01-02T00:00:00Z", 1,
        java.util.Optional.of(java.net.URI.create("https://arxiv.org/abs/2609.04417?a=1&b=2"))), 10, null, null,
        "Ernis");
    String html = page(show);

    assertThat(html).doesNotContain("javascript:")
        .contains("<a class=\"paper\" href=\"https://arxiv.org/abs/2609.04417?a=1&amp;b=2\">Read the paper</a>")
        .containsOnlyOnce("class=\"paper\"");
  }
}
