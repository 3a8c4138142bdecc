package org.paperledge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.audio.Id3v23;
import org.paperledge.model.Chapter;
import org.paperledge.model.Cue;
import org.paperledge.publish.ChaptersJson;
import org.paperledge.publish.EpisodeGuid;
import org.paperledge.publish.FeedItem;
import org.paperledge.publish.TestCues;
import org.paperledge.publish.Transcripts;
import org.paperledge.show.Show;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FeedPublisherTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
  private static final byte[] COVER_BYTES = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

  private static Show show;

  @TempDir
  Path dir;

  private final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void loadShow() throws Exception {
    show = Show.load(Path.of("show.yaml"));
  }

  private static Cover smallCover() {
    return new Cover("cover.png", new Id3v23.Picture("image/png", COVER_BYTES));
  }

  private void writeEpisode(String slug, String title, String published) throws IOException {
    FeedItem item = new FeedItem(title, "About " + title, EpisodeGuid.forEpisode(show.name(), slug),
        OffsetDateTime.parse(published), show.baseUrl().resolve(slug + ".mp3"), 999_999, 61, OptionalInt.empty(),
        OptionalInt.empty(), false, Optional.empty(), List.of());
    try (OutputStream out = Files.newOutputStream(dir.resolve(slug + ".xml"))) {
      item.write(out);
    }
    Files.write(dir.resolve(slug + ".mp3"), new byte[1234]);
    Files.writeString(dir.resolve(slug + ".chapters.json"),
        ChaptersJson.render(List.of(new Chapter("Intro", 0, 1000, Optional.empty()))), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(slug + ".vtt"), Transcripts.vtt(TestCues.spokenBy(show.host(), List.of(new Cue(0, 1000, "Hi.", "Intro", "Ernis")))), StandardCharsets.UTF_8);
  }

  private List<String> itemTitles() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(
        dir.resolve("feed.xml"))));
    NodeList items = doc.getElementsByTagNameNS(null, "item");
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < items.getLength(); i++) {
      titles.add(((Element) items.item(i)).getElementsByTagNameNS(null, "title").item(0).getTextContent());
    }
    return titles;
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part") || n.contains(".part"))
          .toList();
    }
  }

  @Test
  void publishWritesFeedPageAndCover() throws Exception {
    writeEpisode("first", "First", "2026-01-01T00:00:00Z");
    writeEpisode("second", "Second", "2026-02-01T00:00:00Z");
    FeedPublisher.Result result = new FeedPublisher(show, smallCover()).publish(dir, problems::add);

    assertThat(result.episodes()).isEqualTo(2);
    assertThat(result.feedChanged()).isTrue();
    assertThat(problems).isEmpty();
    assertThat(dir.resolve("feed.xml")).isRegularFile();
    assertThat(dir.resolve("index.html")).isRegularFile();
    assertThat(Files.readAllBytes(dir.resolve("cover.png"))).isEqualTo(COVER_BYTES);
    assertThat(itemTitles()).containsExactly("Second", "First");
    assertThat(Files.readString(dir.resolve("feed.xml"))).contains("length=\"1234\"")
        .contains("https://paperledge.example/episodes/cover.png");
    assertThat(Files.readString(dir.resolve("index.html"))).contains("<a href=\"second.html\">Second</a>",
        "<a href=\"first.html\">First</a>");
    assertThat(Files.readString(dir.resolve("second.html"))).contains("<h1>Second</h1>", "src=\"second.mp3\"");
    assertThat(dir.resolve("first.html")).isRegularFile();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void publishCreatesTheOutputFolder() throws Exception {
    Path out = dir.resolve("new/out");
    FeedPublisher.Result result = new FeedPublisher(show, smallCover()).publish(out, problems::add);

    assertThat(result.episodes()).isZero();
    assertThat(out.resolve("feed.xml")).isRegularFile();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("cover.png")).isRegularFile();
  }

  @Test
  void drawnCoverIsPublishedAsPng() throws Exception {
    Cover cover = Cover.of(show, Path.of("show.yaml"));
    new FeedPublisher(show, cover).publish(dir, problems::add);

    assertThat(cover.fileName()).isEqualTo("cover.png");
    byte[] png = Files.readAllBytes(dir.resolve("cover.png"));
    assertThat(png).isEqualTo(cover.picture().data());
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void secondPublishChangesNothing() throws Exception {
    writeEpisode("first", "First", "2026-01-01T00:00:00Z");
    FeedPublisher publisher = new FeedPublisher(show, smallCover());
    publisher.publish(dir, problems::add);
    List<Path> published = List.of(dir.resolve("feed.xml"), dir.resolve("index.html"), dir.resolve("cover.png"));
    List<byte[]> before = new ArrayList<>();
    for (Path file : published) {
      before.add(Files.readAllBytes(file));
      Files.setLastModifiedTime(file, LONG_AGO);
    }

    FeedPublisher.Result again = new FeedPublisher(show, smallCover()).publish(dir, problems::add);

    assertThat(again.feedChanged()).isFalse();
    assertThat(again.episodes()).isEqualTo(1);
    for (int i = 0; i < published.size(); i++) {
      assertThat(Files.readAllBytes(published.get(i))).as(published.get(i).toString()).isEqualTo(before.get(i));
      assertThat(Files.getLastModifiedTime(published.get(i))).as(published.get(i).toString())
          .isEqualTo(LONG_AGO);
    }
    assertThat(leftovers()).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void newEpisodeChangesTheFeed() throws Exception {
    writeEpisode("first", "First", "2026-01-01T00:00:00Z");
    FeedPublisher publisher = new FeedPublisher(show, smallCover());
    publisher.publish(dir, problems::add);
    writeEpisode("second", "Second", "2026-02-01T00:00:00Z");

    FeedPublisher.Result result = publisher.publish(dir, problems::add);

    assertThat(result.feedChanged()).isTrue();
    assertThat(result.episodes()).isEqualTo(2);
    assertThat(itemTitles()).containsExactly("Second", "First");
  }

  @Test
  void retiredEpisodeLeavesTheFeedOnTheNextPublish() throws Exception {
    writeEpisode("first", "First", "2026-01-01T00:00:00Z");
    writeEpisode("second", "Second", "2026-02-01T00:00:00Z");
    FeedPublisher publisher = new FeedPublisher(show, smallCover());
    publisher.publish(dir, problems::add);
    assertThat(itemTitles()).containsExactly("Second", "First");

    FeedPublisher.retire(dir, "second");
    FeedPublisher.retire(dir, "second"); // idempotent
    assertThat(Files.readAllLines(dir.resolve(FeedPublisher.RETIRED))).containsExactly("second");
    assertThat(itemTitles()).as("retiring alone does not rewrite the feed").containsExactly("Second", "First");

    FeedPublisher.Result result = publisher.publish(dir, problems::add);

    assertThat(result.feedChanged()).isTrue();
    assertThat(result.episodes()).isEqualTo(1);
    assertThat(itemTitles()).containsExactly("First");
    assertThat(Files.readString(dir.resolve("index.html"))).doesNotContain(">Second</a>")
        .contains("<a href=\"first.html\">First</a>");
    // the episode's own files stay published
    assertThat(dir.resolve("second.mp3")).isRegularFile();
    assertThat(dir.resolve("second.xml")).isRegularFile();
    assertThat(leftovers()).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void retiredListIgnoresCommentsAndBlankLines() throws Exception {
    writeEpisode("first", "First", "2026-01-01T00:00:00Z");
    writeEpisode("second", "Second", "2026-02-01T00:00:00Z");
    Files.writeString(dir.resolve(FeedPublisher.RETIRED), "# retired slugs\n\n  first  \n");

    FeedPublisher.Result result = new FeedPublisher(show, smallCover()).publish(dir, problems::add);

    assertThat(result.episodes()).isEqualTo(1);
    assertThat(itemTitles()).containsExactly("Second");
    FeedPublisher.retire(dir, "second");
    assertThat(Files.readAllLines(dir.resolve(FeedPublisher.RETIRED))).contains("second");
    assertThat(FeedPublisher.retired(dir)).containsExactlyInAnyOrder("first", "second");
  }

  @Test
  void brokenItemIsReportedButDoesNotStopPublishing() throws Exception {
    writeEpisode("first", "First", "2026-01-01T00:00:00Z");
    Files.writeString(dir.resolve("broken.xml"), "<item><title>unclosed");
    Files.write(dir.resolve("broken.mp3"), new byte[10]);

    FeedPublisher.Result result = new FeedPublisher(show, smallCover()).publish(dir, problems::add);

    assertThat(result.episodes()).isEqualTo(1);
    assertThat(problems).singleElement().asString().contains("broken.xml");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void changedCoverIsRepublished() throws Exception {
    new FeedPublisher(show, smallCover()).publish(dir, problems::add);
    byte[] other = {(byte) 0x89, 'P', 'N', 'G', 9, 9};
    FeedPublisher.Result result = new FeedPublisher(show,
        new Cover("cover.png", new Id3v23.Picture("image/png", other))).publish(dir, problems::add);

    assertThat(Files.readAllBytes(dir.resolve("cover.png"))).isEqualTo(other);
    assertThat(result.feedChanged()).isFalse();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void theIndexGrowsAPageEveryTwentyEpisodesAndLosesItWhenTheyGo() throws Exception {
    for (int i = 1; i <= 21; i++) {
      writeEpisode(String.format("ep-%02d", i), "Episode " + i, String.format("2026-01-%02dT00:00:00Z", i));
    }
    FeedPublisher publisher = new FeedPublisher(show, smallCover());
    publisher.publish(dir, problems::add);
    assertThat(dir.resolve("page_2.html")).isRegularFile();
    assertThat(Files.readString(dir.resolve("page_2.html"))).contains("<a href=\"ep-01.html\">Episode 1</a>");
    assertThat(dir.resolve("ep-21.html")).isRegularFile();
    FileTime written = Files.getLastModifiedTime(dir.resolve("ep-05.html"));
    Files.setLastModifiedTime(dir.resolve("ep-05.html"), LONG_AGO);

    FeedPublisher.retire(dir, "ep-21");
    publisher.publish(dir, problems::add);

    assertThat(dir.resolve("page_2.html")).as("20 episodes fit one page").doesNotExist();
    assertThat(Files.readString(dir.resolve("index.html"))).doesNotContain("ep-21.html", "<nav");
    assertThat(dir.resolve("ep-21.html")).as("a retired episode's files stay").isRegularFile();
    assertThat(Files.getLastModifiedTime(dir.resolve("ep-05.html"))).as("an unchanged page is not rewritten")
        .isEqualTo(LONG_AGO).isNotEqualTo(written);
    assertThat(leftovers()).isEmpty();
    assertThat(problems).isEmpty();
  }
}
