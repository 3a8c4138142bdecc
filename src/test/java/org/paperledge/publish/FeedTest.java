package org.paperledge.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.model.Chapter;
import org.paperledge.model.Cue;
import org.paperledge.show.Show;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

class FeedTest {
  static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  static final String PODCAST = "https://podcastindex.org/namespace/1.0";
  static final String ATOM = "http://www.w3.org/2005/Atom";

  /** Everything a title, name or sentence could throw at the publishers. */
  static final String HOSTILE = "Q&A <b>bold</b> \"quoted\" 'single' ]]> ctl:\u0001\u0008\u001B: 😀🎧 "
      + "مرحبا بالعالم שלום עולם\nsecond line --> </script><script>alert(1)</script> end";
  /** {@link #HOSTILE} without the control characters XML forbids. */
  static final String HOSTILE_CLEAN = "Q&A <b>bold</b> \"quoted\" 'single' ]]> ctl:: 😀🎧 "
      + "مرحبا بالعالم שלום עולם\nsecond line --> </script><script>alert(1)</script> end";
  /** {@link #HOSTILE_CLEAN} on one line, as transcripts carry it. */
  static final String HOSTILE_ONE_LINE = HOSTILE_CLEAN.replace('\n', ' ');

  // python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('ead4c236-bf58-58c6-a2c6-a6b28d128cb6'),
  //   'paperledge.example/episodes/feed.xml'))"
  private static final String FEED_GUID = "35fc7274-c1e0-5d1a-bcba-faaeef3ff51f";

  private static Show show;

  @TempDir
  Path dir;

  @BeforeAll
  static void loadShow() throws Exception {
    show = Show.load(Path.of("show.yaml"));
  }

  // --- helpers shared with ListenerPageTest -----------------------------------------------------------------

  static FeedItem item(Show show, String slug, String title, String description, String published,
      long claimedLength, Optional<URI> link) {
    return new FeedItem(title, description, EpisodeGuid.forEpisode(show.name(), slug),
        OffsetDateTime.parse(published), show.baseUrl().resolve(slug + ".mp3"), claimedLength, 308,
        OptionalInt.of(1), OptionalInt.empty(), false, link, List.of());
  }

  static void writeItem(Path dir, String slug, FeedItem item) throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve(slug + ".xml"))) {
      item.write(out);
    }
  }

  static void writeMp3(Path dir, String slug, int bytes) throws IOException {
    byte[] data = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      data[i] = (byte) i;
    }
    Files.write(dir.resolve(slug + ".mp3"), data);
  }

  /** Writes an episode's item, MP3, chapters and transcripts the way the renderer does. */
  static void writeEpisode(Path dir, String slug, FeedItem item, int mp3Bytes, List<Chapter> chapters,
      List<Cue> cues, String speaker) throws IOException { // speaker: every cue's, or null to keep each cue's
    writeItem(dir, slug, item);
    writeMp3(dir, slug, mp3Bytes);
    if (chapters != null) {
      Files.writeString(dir.resolve(slug + ".chapters.json"), ChaptersJson.render(chapters),
          StandardCharsets.UTF_8);
    }
    if (cues != null) {
      List<Cue> spoken = speaker == null ? cues : TestCues.spokenBy(speaker, cues);
      Files.writeString(dir.resolve(slug + ".vtt"), Transcripts.vtt(spoken), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(slug + ".srt"), Transcripts.srt(spoken), StandardCharsets.UTF_8);
    }
  }

  static void writeSimpleEpisode(Path dir, Show show, String slug, String title, String published)
      throws IOException {
    writeEpisode(dir, slug, item(show, slug, title, "About " + title, published, 999_999, Optional.empty()), 1234,
        List.of(new Chapter("Intro", 0, 1000, Optional.empty()), new Chapter("Main", 1000, 3000, Optional.empty())),
        List.of(new Cue(0, 1000, "Hello.", "Intro", "Ernis"), new Cue(1000, 3000, "Bye.", "Main", "Ernis")), show.host());
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(xml));
  }

  static List<Element> children(Element parent, String ns, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(localName)
          && (ns == null ? e.getNamespaceURI() == null : ns.equals(e.getNamespaceURI()))) {
        out.add(e);
      }
    }
    return out;
  }

  static Element child(Element parent, String ns, String localName) {
    List<Element> found = children(parent, ns, localName);
    assertThat(found).as("<%s> in <%s>", localName, parent.getTagName()).hasSize(1);
    return found.get(0);
  }

  static String text(Element parent, String ns, String localName) {
    return child(parent, ns, localName).getTextContent();
  }

  static JsonElement strictJson(String json) {
    return new GsonBuilder().setStrictness(Strictness.STRICT).create().fromJson(json, JsonElement.class);
  }

  private byte[] build(Show show, List<String> problems) throws IOException {
    Feed feed = new Feed(show, "cover.png");
    return feed.xml(Episodes.inFolder(dir, Set.of(), problems::add));
  }

  private Element channel(byte[] xml) throws Exception {
    Element rss = parse(xml).getDocumentElement();
    return child(rss, null, "channel");
  }

  private void threeEpisodes() throws IOException {
    writeSimpleEpisode(dir, show, "a-oldest", "Oldest", "2026-01-05T08:00:00Z");
    writeSimpleEpisode(dir, show, "b-newest", "Newest", "2026-03-05T08:00:00+02:00");
    writeSimpleEpisode(dir, show, "c-middle", "Middle", "2026-02-05T08:00:00-05:00");
  }

  // --- channel ------------------------------------------------------------------------------------------------

  @Test
  void rssRootIsVersion20WithTheNamespaces() throws Exception {
    threeEpisodes();
    Element rss = parse(build(show, new ArrayList<>())).getDocumentElement();

    assertThat(rss.getLocalName()).isEqualTo("rss");
    assertThat(rss.getNamespaceURI()).isNull();
    assertThat(rss.getAttribute("version")).isEqualTo("2.0");
    assertThat(rss.getAttributeNS("http://www.w3.org/2000/xmlns/", "itunes")).isEqualTo(ITUNES);
    assertThat(rss.getAttributeNS("http://www.w3.org/2000/xmlns/", "podcast")).isEqualTo(PODCAST);
    assertThat(Feed.PODCAST).isEqualTo(PODCAST);
    assertThat(children(rss, null, "channel")).hasSize(1);
  }

  @Test
  void channelCarriesTheShowSettings() throws Exception {
    threeEpisodes();
    List<String> problems = new ArrayList<>();
    Element channel = channel(build(show, problems));

    assertThat(problems).isEmpty();
    assertThat(text(channel, null, "title")).isEqualTo("PaperLedge");
    assertThat(text(channel, null, "link")).isEqualTo("https://paperledge.example/");
    assertThat(text(channel, null, "description")).startsWith("Ernis explains new research papers in plain words")
        .endsWith("with a question or two to take away.\n\n" + Disclosure.SHOW);
    assertThat(text(channel, null, "language")).isEqualTo("en-us");
    assertThat(text(channel, null, "copyright")).isEqualTo("© 2026 The PaperLedge team");
    assertThat(text(channel, ITUNES, "author")).isEqualTo("The PaperLedge team");
    Element owner = child(channel, ITUNES, "owner");
    assertThat(text(owner, ITUNES, "name")).isEqualTo("The PaperLedge team");
    assertThat(text(owner, ITUNES, "email")).isEqualTo("hello@paperledge.example");
    assertThat(child(channel, ITUNES, "image").getAttribute("href"))
        .isEqualTo("https://paperledge.example/episodes/cover.png").endsWith("cover.png");
    assertThat(child(channel, ITUNES, "category").getAttribute("text")).isEqualTo("Science");
    assertThat(text(channel, ITUNES, "explicit")).isEqualTo("false");
    Element self = child(channel, ATOM, "link");
    assertThat(self.getAttribute("href")).isEqualTo("https://paperledge.example/episodes/feed.xml");
    assertThat(self.getAttribute("rel")).isEqualTo("self");
    Element locked = child(channel, PODCAST, "locked");
    assertThat(locked.getTextContent()).isEqualTo("yes");
    assertThat(locked.getAttribute("owner")).isEqualTo("hello@paperledge.example");
    // lastBuildDate is the newest episode's date, so that building twice changes nothing
    assertThat(text(channel, null, "lastBuildDate")).isEqualTo("Thu, 05 Mar 2026 06:00:00 +0000");
  }

  @Test
  void explicitShowSaysTrue() throws Exception {
    Show explicit = new Show(show.name(), show.host(), show.description(), show.baseUrl(), show.link(),
        show.language(), show.author(), show.ownerName(), show.ownerEmail(), show.category(), show.cover(),
        show.copyright(), true, show.voice(), show.quoteVoice(), show.timing(), show.bitrateKbps(), show.channels());
    Element channel = channel(build(explicit, new ArrayList<>()));

    assertThat(text(channel, ITUNES, "explicit")).isEqualTo("true");
  }

  @Test
  void podcastGuidIsUuidV5OfTheFeedUrlWithoutScheme() throws Exception {
    Element channel = channel(build(show, new ArrayList<>()));
    String guid = text(channel, PODCAST, "guid");

    assertThat(guid).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(guid).isEqualTo(
        EpisodeGuid.v5(EpisodeGuid.PODCAST_NAMESPACE, "paperledge.example/episodes/feed.xml").toString());
    assertThat(guid).isEqualTo(FEED_GUID);
    assertThat(UUID.fromString(guid).version()).isEqualTo(5);
    assertThat(Feed.guid("https://paperledge.example/episodes/feed.xml")).isEqualTo(FEED_GUID);
    assertThat(Feed.guid("http://paperledge.example/episodes/feed.xml/")).isEqualTo(FEED_GUID);
  }

  @Test
  void emptyOutputFolderGivesAFeedWithNoItems() throws Exception {
    List<String> problems = new ArrayList<>();
    Element channel = channel(build(show, problems));

    assertThat(children(channel, null, "item")).isEmpty();
    assertThat(children(channel, null, "lastBuildDate")).isEmpty();
    assertThat(problems).isEmpty();
  }

  // --- items --------------------------------------------------------------------------------------------------

  @Test
  void itemsAreNewestFirstByPubDate() throws Exception {
    threeEpisodes();
    Feed feed = new Feed(show, "cover.png");
    List<Episode> episodes = Episodes.inFolder(dir, Set.of(), p -> {});
    assertThat(episodes).extracting(Episode::slug).containsExactly("b-newest", "c-middle", "a-oldest");

    List<Element> items = children(channel(feed.xml(episodes)), null, "item");
    assertThat(items).extracting(i -> text(i, null, "title")).containsExactly("Newest", "Middle", "Oldest");
    List<ZonedDateTime> dates = items.stream()
        .map(i -> ZonedDateTime.parse(text(i, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME)).toList();
    assertThat(dates).isSortedAccordingTo((a, b) -> b.toInstant().compareTo(a.toInstant()));
  }

  @Test
  void eachItemIsCompletedForPodcastApps() throws Exception {
    threeEpisodes();
    Element channel = channel(build(show, new ArrayList<>()));
    List<Element> items = children(channel, null, "item");
    assertThat(items).hasSize(3);

    for (Element item : items) {
      String slug = switch (text(item, null, "title")) {
        case "Newest" -> "b-newest";
        case "Middle" -> "c-middle";
        default -> "a-oldest";
      };
      String base = "https://paperledge.example/episodes/" + slug;
      Element enclosure = child(item, null, "enclosure");
      assertThat(enclosure.getAttribute("url")).isEqualTo(base + ".mp3");
      assertThat(enclosure.getAttribute("length")).as("actual MP3 size, not the item's 999999").isEqualTo("1234");
      assertThat(enclosure.getAttribute("type")).isEqualTo("audio/mpeg");
      Element guid = child(item, null, "guid");
      assertThat(guid.getTextContent()).isEqualTo(EpisodeGuid.forEpisode("PaperLedge", slug));
      assertThat(guid.getAttribute("isPermaLink")).isEqualTo("false");
      assertThat(child(item, ITUNES, "image").getAttribute("href"))
          .isEqualTo("https://paperledge.example/episodes/cover.png");
      assertThat(text(item, ITUNES, "episodeType")).isEqualTo("full");
      assertThat(text(item, ITUNES, "explicit")).isEqualTo("false");
      assertThat(text(item, ITUNES, "duration")).isEqualTo("308");
      Element chapters = child(item, PODCAST, "chapters");
      assertThat(chapters.getAttribute("url")).isEqualTo(base + ".chapters.json");
      assertThat(chapters.getAttribute("type")).isEqualTo("application/json+chapters");
      List<Element> transcripts = children(item, PODCAST, "transcript");
      assertThat(transcripts).hasSize(2);
      assertThat(transcripts).extracting(t -> t.getAttribute("type"))
          .containsExactlyInAnyOrder("text/vtt", "application/x-subrip");
      assertThat(transcripts).extracting(t -> t.getAttribute("url"))
          .containsExactlyInAnyOrder(base + ".vtt", base + ".srt");
      assertThat(transcripts).allSatisfy(t -> {
        assertThat(t.getAttribute("rel")).isEqualTo("captions");
        assertThat(t.getAttribute("language")).isEqualTo("en-us");
      });
      Element person = child(item, PODCAST, "person");
      assertThat(person.getTextContent()).isEqualTo("Ernis");
      assertThat(person.getAttribute("role")).isEqualTo("host");
    }
  }

  @Test
  void everyPersonOfTheEpisodeIsListedWithTheirRoleAndOlderItemsGetTheHost() throws Exception {
    FeedItem base = item(show, "two-voices", "Two voices", "About two voices", "2026-11-30T06:00:00Z", 10,
        Optional.empty());
    FeedItem cast = new FeedItem(base.title(), base.description(), base.guid(), base.published(),
        base.enclosureUrl(), base.enclosureLength(), base.durationSeconds(), base.episode(), base.season(),
        base.explicit(), base.link(), List.of(new FeedItem.Person("Ernis", "host"),
            new FeedItem.Person("Maya", "co-host"), new FeedItem.Person("Theo", "guest")));
    writeEpisode(dir, "two-voices", cast, 1000, null, null, null);
    writeSimpleEpisode(dir, show, "one-voice", "One voice", "2026-01-01T00:00:00Z");
    List<Element> items = children(channel(build(show, new ArrayList<>())), null, "item");

    List<Element> people = children(items.get(0), PODCAST, "person");
    assertThat(people).extracting(Element::getTextContent).containsExactly("Ernis", "Maya", "Theo");
    assertThat(people).extracting(e -> e.getAttribute("role")).containsExactly("host", "co-host", "guest");
    assertThat(people).allSatisfy(e -> assertThat(e.getAttribute("group")).isEqualTo("cast"));
    List<Element> older = children(items.get(1), PODCAST, "person");
    assertThat(older).extracting(Element::getTextContent).containsExactly(show.host());
    assertThat(older.get(0).getAttribute("role")).isEqualTo("host");
  }

  @Test
  void enclosureLengthIsTheFileSizeEvenWhenTheItemSaysOtherwise() throws Exception {
    writeItem(dir, "sized", item(show, "sized", "Sized", "d", "2026-01-01T00:00:00Z", 5, Optional.empty()));
    writeMp3(dir, "sized", 4321);
    Element item = child(channel(build(show, new ArrayList<>())), null, "item");

    assertThat(child(item, null, "enclosure").getAttribute("length")).isEqualTo("4321");
  }

  @Test
  void itemWhoseMp3IsMissingIsLeftOutAndReported() throws Exception {
    writeSimpleEpisode(dir, show, "present", "Present", "2026-01-01T00:00:00Z");
    writeItem(dir, "no-audio", item(show, "no-audio", "No audio", "d", "2026-02-01T00:00:00Z", 10,
        Optional.empty()));
    List<String> problems = new ArrayList<>();
    byte[] xml = build(show, problems);

    assertThat(children(channel(xml), null, "item")).extracting(i -> text(i, null, "title"))
        .containsExactly("Present");
    assertThat(problems).singleElement().asString().contains("no-audio.xml").containsIgnoringCase("mp3");
  }

  @Test
  void itemFileThatIsNotXmlIsLeftOutAndReported() throws Exception {
    writeSimpleEpisode(dir, show, "good", "Good", "2026-01-01T00:00:00Z");
    Files.writeString(dir.resolve("broken.xml"), "this is <not xml & never was");
    writeMp3(dir, "broken", 100);
    List<String> problems = new ArrayList<>();
    byte[] xml = build(show, problems);

    assertThat(children(channel(xml), null, "item")).hasSize(1);
    assertThat(problems).singleElement().asString().contains("broken.xml");
  }

  @Test
  void itemFileWithoutEnclosureOrDateIsLeftOutAndReported() throws Exception {
    Files.writeString(dir.resolve("no-enclosure.xml"),
        "<item><title>T</title><pubDate>Thu, 01 Jan 2026 00:00:00 +0000</pubDate></item>");
    writeMp3(dir, "no-enclosure", 100);
    Files.writeString(dir.resolve("bad-date.xml"), "<item><title>T</title><pubDate>yesterday</pubDate>"
        + "<enclosure url=\"https://paperledge.example/episodes/bad-date.mp3\" length=\"1\" type=\"audio/mpeg\"/>"
        + "</item>");
    writeMp3(dir, "bad-date", 100);
    List<String> problems = new ArrayList<>();
    byte[] xml = build(show, problems);

    assertThat(children(channel(xml), null, "item")).isEmpty();
    assertThat(problems).hasSize(2).anySatisfy(p -> assertThat(p).contains("no-enclosure.xml"))
        .anySatisfy(p -> assertThat(p).contains("bad-date.xml"));
  }

  @Test
  void externalEntityIsNeverExpanded() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-XXE-CONTENT");
    String evil = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE item [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<item><title>&xxe;</title><description>&xxe;</description><guid isPermaLink=\"false\">g</guid>"
        + "<pubDate>Thu, 01 Jan 2026 00:00:00 +0000</pubDate>"
        + "<enclosure url=\"https://paperledge.example/episodes/evil.mp3\" length=\"1\" type=\"audio/mpeg\"/>"
        + "</item>\n";
    Files.writeString(dir.resolve("evil.xml"), evil);
    writeMp3(dir, "evil", 100);
    writeSimpleEpisode(dir, show, "good", "Good", "2026-01-01T00:00:00Z");
    List<String> problems = new ArrayList<>();
    byte[] xml = build(show, problems);

    assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("TOP-SECRET");
    assertThat(children(channel(xml), null, "item")).extracting(i -> text(i, null, "title"))
        .containsExactly("Good");
    assertThat(problems).singleElement().asString().contains("evil.xml").doesNotContain("TOP-SECRET");
  }

  @Test
  void retiredSlugsAreLeftOut() throws Exception {
    threeEpisodes();
    Feed feed = new Feed(show, "cover.png");
    List<String> problems = new ArrayList<>();
    List<Episode> episodes = Episodes.inFolder(dir, Set.of("c-middle"), problems::add);

    assertThat(episodes).extracting(Episode::slug).containsExactly("b-newest", "a-oldest");
    assertThat(new String(feed.xml(episodes), StandardCharsets.UTF_8)).doesNotContain("c-middle")
        .doesNotContain(EpisodeGuid.forEpisode("PaperLedge", "c-middle"));
    assertThat(problems).isEmpty();
  }

  @Test
  void filesThatAreNotItemsAreIgnored() throws Exception {
    writeSimpleEpisode(dir, show, "good", "Good", "2026-01-01T00:00:00Z");
    Files.writeString(dir.resolve("feed.xml"), "<rss version=\"2.0\"><channel/></rss>");
    Files.writeString(dir.resolve("Upper-Case.xml"), "garbage");
    List<String> problems = new ArrayList<>();

    assertThat(children(channel(build(show, problems)), null, "item")).hasSize(1);
    assertThat(problems).isEmpty();
  }

  @Test
  void buildingTwiceGivesIdenticalBytes() throws Exception {
    threeEpisodes();
    byte[] first = build(show, new ArrayList<>());
    // the items are read back from the folder each time: what the feed holds survives a round trip
    Files.writeString(dir.resolve("feed.xml"), "an older feed");
    byte[] second = build(show, new ArrayList<>());

    assertThat(second).isEqualTo(first);
  }

  @Test
  void feedIsUtf8() throws Exception {
    threeEpisodes();
    String xml = new String(build(show, new ArrayList<>()), StandardCharsets.UTF_8);

    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"").contains("© 2026 The PaperLedge team");
  }

  // --- URLs ---------------------------------------------------------------------------------------------------

  /** Every URL in the feed: url and href attributes, and link and url elements. */
  private static List<String> urls(Element element) {
    List<String> out = new ArrayList<>();
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attr = (Attr) attributes.item(i);
      if (attr.getName().equals("url") || attr.getName().equals("href")) {
        out.add(attr.getValue());
      }
    }
    if (element.getNamespaceURI() == null
        && (element.getLocalName().equals("link") || element.getLocalName().equals("url"))) {
      out.add(element.getTextContent().strip());
    }
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.addAll(urls(e));
      }
    }
    return out;
  }

  @Test
  void urlsAreAsciiOnly() throws Exception {
    threeEpisodes();
    // a paper link with a non-ASCII path: new URI(...) accepts it, as the script front matter does
    URI paper = new URI("https://de.wikipedia.org/wiki/Straße_(Verkehr)");
    writeEpisode(dir, "paper-link", item(show, "paper-link", "Paper", "d", "2026-04-01T00:00:00Z", 10,
        Optional.of(paper)), 50, null, null, "Ernis");
    Element rss = parse(build(show, new ArrayList<>())).getDocumentElement();
    List<String> urls = urls(rss);

    assertThat(urls).hasSizeGreaterThan(20)
        .contains("https://de.wikipedia.org/wiki/Stra%C3%9Fe_(Verkehr)")
        .allSatisfy(u -> assertThat(u).matches("\\p{ASCII}+"));
  }

  @Test
  void urlsAreAsciiOnlyEvenWhenTheBaseUrlIsNot() throws Exception {
    // Show.load takes base-url through new URI(...), which accepts non-ASCII characters
    Show unicode = new Show(show.name(), show.host(), show.description(),
        new URI("https://paperledge.example/épisodes/"), show.link(), show.language(), show.author(),
        show.ownerName(), show.ownerEmail(), show.category(), show.cover(), show.copyright(), false, show.voice(), show.quoteVoice(),
        show.timing(), show.bitrateKbps(), show.channels());
    writeSimpleEpisode(dir, unicode, "one", "One", "2026-01-01T00:00:00Z");
    Element rss = parse(build(unicode, new ArrayList<>())).getDocumentElement();

    assertThat(urls(rss)).hasSizeGreaterThan(8).allSatisfy(u -> assertThat(u).matches("\\p{ASCII}+"));
  }

  // --- hostile text -------------------------------------------------------------------------------------------

  /**
   * A show whose every text setting is {@link #HOSTILE}, except the category, which has no control characters
   * here: a hostile category is tested on its own by {@link #hostileCategoryIsCleaned()}.
   */
  static Show hostileShow(Show show) {
    return hostileShow(show, HOSTILE_CLEAN);
  }

  static Show hostileShow(Show show, String category) {
    return new Show(HOSTILE, HOSTILE, HOSTILE, show.baseUrl(), show.link(), show.language(), HOSTILE, HOSTILE,
        show.ownerEmail(), category, show.cover(), HOSTILE, false, show.voice(), show.quoteVoice(), show.timing(),
        show.bitrateKbps(), show.channels());
  }

  static void writeHostileEpisode(Path dir, Show show, String slug) throws IOException {
    String description = FeedItem.description(HOSTILE, Optional.of(URI.create("https://arxiv.org/abs/2609.04417")),
        List.of(HOSTILE, "Mei-Ling Zhao"));
    writeEpisode(dir, slug, item(show, slug, HOSTILE, description, "2026-01-01T00:00:00Z", 10,
            Optional.of(URI.create("https://arxiv.org/abs/2609.04417"))), 777,
        List.of(new Chapter(HOSTILE, 0, 1500, Optional.empty()), new Chapter("Plain", 1500, 4000, Optional.empty())),
        List.of(new Cue(0, 1500, HOSTILE, HOSTILE, "Ernis"), new Cue(1500, 4000, "Plain words.", "Plain", "Ernis")), "Ernis");
  }

  @Test
  void hostileTextSurvivesInTheFeed() throws Exception {
    Show hostile = hostileShow(show);
    writeHostileEpisode(dir, hostile, "hostile");
    List<String> problems = new ArrayList<>();
    byte[] xml = build(hostile, problems);
    Element channel = channel(xml);

    assertThat(problems).isEmpty();
    assertThat(text(channel, null, "title")).isEqualTo(HOSTILE_CLEAN);
    assertThat(text(channel, null, "description")).isEqualTo(HOSTILE_CLEAN + "\n\n" + Disclosure.SHOW);
    assertThat(text(channel, null, "copyright")).isEqualTo(HOSTILE_CLEAN);
    assertThat(text(channel, ITUNES, "author")).isEqualTo(HOSTILE_CLEAN);
    assertThat(text(child(channel, ITUNES, "owner"), ITUNES, "name")).isEqualTo(HOSTILE_CLEAN);
    assertThat(child(channel, ITUNES, "category").getAttribute("text")).isEqualTo(HOSTILE_CLEAN);
    Element item = child(channel, null, "item");
    assertThat(text(item, null, "title")).isEqualTo(HOSTILE_CLEAN);
    assertThat(text(item, ITUNES, "title")).isEqualTo(HOSTILE_CLEAN);
    assertThat(text(item, null, "description")).isEqualTo(HOSTILE_CLEAN
        + "\n\nPaper: https://arxiv.org/abs/2609.04417\nAuthors: " + HOSTILE_CLEAN + ", Mei-Ling Zhao");
    assertThat(text(item, PODCAST, "person")).isEqualTo(HOSTILE_CLEAN);
    String raw = new String(xml, StandardCharsets.UTF_8);
    assertThat(raw).doesNotContain("\u0001", "\u0008", "\u001B", "<script>", "<b>");
    // no surrogate halves written as character references (emoji may be written as one reference each)
    assertThat(java.util.regex.Pattern.compile("&#(\\d+);").matcher(raw).results()
        .map(m -> Integer.parseInt(m.group(1)))).noneMatch(n -> n >= 0xD800 && n <= 0xDFFF);
  }

  @Test
  void hostileCategoryIsCleaned() throws Exception {
    Show hostile = hostileShow(show, HOSTILE);
    writeHostileEpisode(dir, hostile, "hostile");
    List<String> problems = new ArrayList<>();
    Element channel = channel(build(hostile, problems));

    assertThat(child(channel, ITUNES, "category").getAttribute("text")).isEqualTo(HOSTILE_CLEAN);
  }

  @Test
  void hostileChapterTitlesGiveValidJson() throws Exception {
    writeHostileEpisode(dir, show, "hostile");
    String json = Files.readString(dir.resolve("hostile.chapters.json"), StandardCharsets.UTF_8);

    assertThat(json).matches("\\p{ASCII}+");
    JsonElement parsed = strictJson(json);
    assertThat(parsed.getAsJsonObject().getAsJsonArray("chapters").get(0).getAsJsonObject().get("title")
        .getAsString()).isEqualTo(HOSTILE_CLEAN);
  }

  // --- disclosure, show notes, art, alternate enclosures -------------------------------------------------------

  private static FeedItem rich(Show show, String slug, String published, Optional<URI> image, String notes,
      long m4aLength) {
    FeedItem base = item(show, slug, "Rich " + slug, Disclosure.appendTo("About " + slug, Disclosure.EPISODE),
        published, 10, Optional.empty());
    return new FeedItem(base.title(), base.description(), base.guid(), base.published(), base.enclosureUrl(),
        base.enclosureLength(), base.durationSeconds(), base.episode(), base.season(), base.explicit(), base.link(),
        base.people(), image, notes, Optional.of(new FeedItem.Alternate("audio/mp4",
            show.baseUrl().resolve(slug + ".m4a"), m4aLength, 64_000, "AAC (M4A)")));
  }

  @Test
  void theChannelAndEveryItemDiscloseTheSyntheticVoicesOnce() throws Exception {
    threeEpisodes();
    Element channel = channel(build(show, new ArrayList<>()));

    Element txt = child(channel, PODCAST, "txt");
    assertThat(txt.getAttribute("purpose")).isEqualTo("ai-content");
    assertThat(txt.getTextContent()).isEqualTo("true");
    for (Element item : children(channel, null, "item")) {
      assertThat(child(item, PODCAST, "txt").getTextContent()).isEqualTo("true");
    }
  }

  @Test
  void anItemRenderedBeforeDisclosureGetsTheTagAndTheSentence() throws Exception {
    threeEpisodes();
    // an item file as renders before this wrote them: no podcast:txt, no sentence
    Path file = dir.resolve("a-oldest.xml");
    Files.writeString(file, Files.readString(file).replaceAll("\\s*<podcast:txt[^>]*>true</podcast:txt>", ""));
    assertThat(Files.readString(file)).doesNotContain("podcast:txt");
    List<Element> items = children(channel(build(show, new ArrayList<>())), null, "item");

    Element old = items.get(2);
    assertThat(text(old, null, "title")).isEqualTo("Oldest");
    assertThat(child(old, PODCAST, "txt").getAttribute("purpose")).isEqualTo("ai-content");
    assertThat(text(old, null, "description")).isEqualTo("About Oldest\n\n" + Disclosure.EPISODE);
    assertThat(text(items.get(0), null, "description")).as("an item that has the tag is left as written")
        .isEqualTo("About Newest");
  }

  @Test
  void showNotesArtAndTheM4aReachTheFeedWithTheM4asRealLength() throws Exception {
    String notes = ShowNotes.html("S.", List.of(new Chapter("Intro", 0, 1000, Optional.empty())), Optional.empty(),
        List.of("A & B"));
    writeEpisode(dir, "rich", rich(show, "rich", "2026-02-01T00:00:00Z",
        Optional.of(show.baseUrl().resolve("rich.png")), notes, 999), 100, null, null, null);
    Files.write(dir.resolve("rich.m4a"), new byte[4242]);
    List<String> problems = new ArrayList<>();
    byte[] xml = build(show, problems);
    Element rss = parse(xml).getDocumentElement();
    Element item = child(child(rss, null, "channel"), null, "item");

    assertThat(problems).isEmpty();
    assertThat(rss.getAttributeNS("http://www.w3.org/2000/xmlns/", "content"))
        .isEqualTo("http://purl.org/rss/1.0/modules/content/");
    assertThat(text(item, "http://purl.org/rss/1.0/modules/content/", "encoded")).isEqualTo(notes);
    assertThat(child(item, ITUNES, "image").getAttribute("href"))
        .as("the episode's own art, not the show's").isEqualTo("https://paperledge.example/episodes/rich.png");
    Element alternate = child(item, PODCAST, "alternateEnclosure");
    assertThat(alternate.getAttribute("length")).as("the M4A's size, not the item's 999").isEqualTo("4242");
    assertThat(child(alternate, PODCAST, "source").getAttribute("uri"))
        .isEqualTo("https://paperledge.example/episodes/rich.m4a");
    // namespaces are declared once, on <rss>
    assertThat(new String(xml, StandardCharsets.UTF_8).split("xmlns:content=", -1)).hasSize(2);
  }

  @Test
  void anM4aThatIsMissingLeavesTheFeedWithAWarning() throws Exception {
    writeEpisode(dir, "lost", rich(show, "lost", "2026-02-01T00:00:00Z", Optional.empty(), "", 999), 100, null,
        null, null);
    List<String> problems = new ArrayList<>();
    Element item = child(channel(build(show, problems)), null, "item");

    assertThat(children(item, PODCAST, "alternateEnclosure")).isEmpty();
    assertThat(child(item, null, "enclosure").getAttribute("length")).isEqualTo("100");
    assertThat(problems).containsExactly("lost: lost.m4a is missing; that format is left out of the feed");
  }
}
