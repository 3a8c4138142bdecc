package org.paperledge.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
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

/** Episode files as a render leaves them in an output folder (the audio is noise), and checks of a live feed. */
final class ShowFiles {
  static final Path SHOW_FILE = Path.of("show.yaml").toAbsolutePath();

  private ShowFiles() {}

  static Show show() throws Exception {
    return Show.load(SHOW_FILE);
  }

  /** Writes an episode's MP3 ({@code mp3Bytes} of noise, seeded by the slug), item, chapters and transcripts. */
  static void writeEpisode(Path dir, String slug, String published, int mp3Bytes) throws Exception {
    Show show = show();
    Files.createDirectories(dir);
    byte[] audio = new byte[mp3Bytes];
    new Random(slug.hashCode()).nextBytes(audio);
    Files.write(dir.resolve(slug + ".mp3"), audio);
    FeedItem item = new FeedItem("Episode " + slug, "About " + slug, EpisodeGuid.forEpisode(show.name(), slug),
        OffsetDateTime.parse(published), show.baseUrl().resolve(slug + ".mp3"), mp3Bytes, 61, OptionalInt.empty(),
        OptionalInt.empty(), false, Optional.empty(), List.of());
    try (OutputStream out = Files.newOutputStream(dir.resolve(slug + ".xml"))) {
      item.write(out);
    }
    Files.writeString(dir.resolve(slug + ".chapters.json"),
        ChaptersJson.render(List.of(new Chapter("Intro", 0, 1000, java.util.Optional.empty()))), StandardCharsets.UTF_8);
    List<Cue> cues = List.of(new Cue(0, 1000, "Hello from " + slug + ".", "Intro", "Ernis"));
    Files.writeString(dir.resolve(slug + ".vtt"), Transcripts.vtt(TestCues.spokenBy(show.host(), cues)), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(slug + ".srt"), Transcripts.srt(TestCues.spokenBy(show.host(), cues)), StandardCharsets.UTF_8);
  }

  /**
   * Writes an episode as {@link #writeEpisode} does, plus what a render with {@code formats: [mp3, m4a]} and a
   * {@code cover:} in the front matter adds: {@code SLUG.m4a} ({@code m4aBytes} of noise), {@code SLUG.png}, and an
   * item naming both.
   */
  static void writeRichEpisode(Path dir, String slug, String published, int mp3Bytes, int m4aBytes)
      throws Exception {
    writeEpisode(dir, slug, published, mp3Bytes);
    Show show = show();
    byte[] audio = new byte[m4aBytes];
    new Random(slug.hashCode() + 1).nextBytes(audio);
    Files.write(dir.resolve(slug + ".m4a"), audio);
    Files.write(dir.resolve(slug + ".png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1});
    FeedItem item = new FeedItem("Episode " + slug, "About " + slug, EpisodeGuid.forEpisode(show.name(), slug),
        OffsetDateTime.parse(published), show.baseUrl().resolve(slug + ".mp3"), mp3Bytes, 61, OptionalInt.empty(),
        OptionalInt.empty(), false, Optional.empty(), List.of(), Optional.of(show.baseUrl().resolve(slug + ".png")),
        "<p>About " + slug + "</p>", Optional.of(new FeedItem.Alternate("audio/mp4",
            show.baseUrl().resolve(slug + ".m4a"), m4aBytes, 64_000, "AAC (M4A)")));
    try (OutputStream out = Files.newOutputStream(dir.resolve(slug + ".xml"))) {
      item.write(out);
    }
  }

  /** The slugs of the feed's items, in feed order. */
  static List<String> feedSlugs(byte[] feed) throws Exception {
    List<String> slugs = new ArrayList<>();
    for (String url : feedUrls(feed, "enclosure")) {
      slugs.add(url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\.mp3$", ""));
    }
    return slugs;
  }

  /** The URLs of every element named {@code tag} (enclosures, chapters, transcripts) in the feed. */
  static List<String> feedUrls(byte[] feed, String tag) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
    NodeList nodes = doc.getElementsByTagNameNS("*", tag);
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      urls.add(((Element) nodes.item(i)).getAttribute("url"));
    }
    return urls;
  }

  /**
   * Checks that the live feed parses and that every file it names (enclosures, chapters, transcripts, cover) is on
   * the host whole: present, and for enclosures exactly as long as the feed says.
   *
   * @return the feed's slugs
   */
  static List<String> checkLiveFeed(byte[] feed, Predicate<String> present, java.util.function.ToLongFunction<String>
      size) throws Exception {
    return checkLiveFeed(feed, present, size, true);
  }

  /**
   * As above; without {@code exactLengths}, an enclosure may be longer or shorter than the feed says (an old feed
   * still live while a re-rendered MP3 replaced the old one under the same URL).
   */
  static List<String> checkLiveFeed(byte[] feed, Predicate<String> present, java.util.function.ToLongFunction<String>
      size, boolean exactLengths) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
    for (String tag : List.of("enclosure", "chapters", "transcript")) {
      for (String url : feedUrls(feed, tag)) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        assertThat(present.test(name)).as("the feed names %s, which is on the host", name).isTrue();
      }
    }
    for (String[] named : new String[][] {{org.paperledge.publish.Feed.PODCAST, "source", "uri"},
        {FeedItem.ITUNES, "image", "href"}}) {
      NodeList nodes = doc.getElementsByTagNameNS(named[0], named[1]);
      for (int i = 0; i < nodes.getLength(); i++) {
        String url = ((Element) nodes.item(i)).getAttribute(named[2]);
        String name = url.substring(url.lastIndexOf('/') + 1);
        assertThat(present.test(name)).as("the feed names %s, which is on the host", name).isTrue();
      }
    }
    NodeList alternates = doc.getElementsByTagNameNS(org.paperledge.publish.Feed.PODCAST, "alternateEnclosure");
    for (int i = 0; i < alternates.getLength(); i++) {
      Element e = (Element) alternates.item(i);
      String url = ((Element) e.getElementsByTagNameNS("*", "source").item(0)).getAttribute("uri");
      String name = url.substring(url.lastIndexOf('/') + 1);
      if (exactLengths) {
        assertThat(size.applyAsLong(name)).as("length of %s", name)
            .isEqualTo(Long.parseLong(e.getAttribute("length")));
      }
    }
    NodeList enclosures = doc.getElementsByTagNameNS("*", "enclosure");
    for (int i = 0; i < enclosures.getLength(); i++) {
      Element e = (Element) enclosures.item(i);
      String name = e.getAttribute("url").substring(e.getAttribute("url").lastIndexOf('/') + 1);
      if (exactLengths) {
        assertThat(size.applyAsLong(name)).as("length of %s", name)
            .isEqualTo(Long.parseLong(e.getAttribute("length")));
      }
    }
    String image = ((Element) doc.getElementsByTagNameNS(FeedItem.ITUNES, "image").item(0)).getAttribute("href");
    assertThat(present.test(image.substring(image.lastIndexOf('/') + 1))).as("cover on the host").isTrue();
    return feedSlugs(feed);
  }

  /** Checks a live feed in a host folder. */
  static List<String> checkLiveFeed(Path hostDir) throws Exception {
    return checkLiveFeed(hostDir, true);
  }

  /** Checks a live feed in a host folder, its enclosure lengths exactly or not. */
  static List<String> checkLiveFeed(Path hostDir, boolean exactLengths) throws Exception {
    return checkLiveFeed(Files.readAllBytes(hostDir.resolve("feed.xml")), n -> Files.isRegularFile(hostDir.resolve(n)),
        n -> {
          try {
            return Files.size(hostDir.resolve(n));
          } catch (IOException e) {
            return -1;
          }
        }, exactLengths);
  }
}
