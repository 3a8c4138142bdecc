package org.paperledge.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class FeedItemTest {
  private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2026-10-05T08:00:00+02:00");
  private static final URI MP3 =
      URI.create("https://paperledge.example/episodes/2026-10-05-can-you-hear-a-thirsty-tree.mp3");
  private static final URI PAPER = URI.create("https://arxiv.org/abs/2609.04417");

  private static FeedItem item(String title, String description, OptionalInt episode, OptionalInt season,
      boolean explicit, Optional<URI> link) {
    return new FeedItem(title, description, "71a057c1-057e-5ae9-99e8-5bd9d0ea8928", PUBLISHED, MP3, 3_693_192L,
        308, episode, season, explicit, link, List.of());
  }

  private static FeedItem sample() {
    String description = FeedItem.description("  Trees make tiny ultrasonic clicks when they run short of water. ",
        Optional.of(PAPER), List.of("Amara Okonkwo", "Lukas Brandt", "Mei-Ling Zhao"));
    return item("Can You Hear a Thirsty Tree?", description, OptionalInt.of(1), OptionalInt.of(1), false,
        Optional.of(PAPER));
  }

  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  private static final String PODCAST = "https://podcastindex.org/namespace/1.0";

  /** The sample with everything a render may add: people, its own art, show notes and an M4A. */
  private static FeedItem full() {
    FeedItem base = sample();
    String notes = ShowNotes.html("Trees make tiny ultrasonic clicks.", List.of(
        new org.paperledge.model.Chapter("Introduction", 0, 41_250, Optional.empty()),
        new org.paperledge.model.Chapter("Trees & <noise>", 41_250, 308_000, Optional.empty())), Optional.of(PAPER),
        List.of("Amara Okonkwo"));
    return new FeedItem(base.title(), Disclosure.appendTo(base.description(), Disclosure.EPISODE), base.guid(),
        base.published(), base.enclosureUrl(), base.enclosureLength(), base.durationSeconds(), base.episode(),
        base.season(), base.explicit(), base.link(), List.of(new FeedItem.Person("Ernis", "host"),
            new FeedItem.Person("Maya", "guest")),
        Optional.of(URI.create("https://paperledge.example/episodes/2026-10-05-can-you-hear-a-thirsty-tree.png")),
        notes, Optional.of(new FeedItem.Alternate("audio/mp4",
            URI.create("https://paperledge.example/episodes/2026-10-05-can-you-hear-a-thirsty-tree.m4a"),
            2_468_000L, 64_000, "AAC (M4A)")));
  }

  // --- write() ------------------------------------------------------------------------------------------------

  @Test
  void matchesTheGoldenFullItem() throws Exception {
    Document actual = parse(write(full()));
    Document expected;
    try (InputStream in = FeedItemTest.class.getResourceAsStream("/golden/feed-item-full.xml")) {
      assertThat(in).isNotNull();
      expected = parse(in.readAllBytes());
    }
    stripWhitespaceText(actual.getDocumentElement());
    stripWhitespaceText(expected.getDocumentElement());

    assertThat(actual.getDocumentElement().isEqualNode(expected.getDocumentElement()))
        .as("written:%n%s", new String(write(full()), StandardCharsets.UTF_8)).isTrue();
  }

  @Test
  void showNotesAreEscapedTextThatReadsBackAsTheirHtml() throws Exception {
    byte[] xml = write(full());
    Element root = parse(xml).getDocumentElement();
    Element content = only(root, CONTENT, "encoded");

    assertThat(content.getPrefix()).isEqualTo("content");
    assertThat(content.getTextContent()).isEqualTo(full().notes()).contains("<li>00:00:41 Trees &amp; &lt;noise&gt;</li>");
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("CDATA").contains("&lt;li&gt;00:00:41 Trees &amp;amp; &amp;lt;noise&amp;gt;&lt;/li&gt;");
    assertThat(root.getAttributeNS("http://www.w3.org/2000/xmlns/", "content")).isEqualTo(CONTENT);
  }

  @Test
  void theVoicesAreDisclosedAsSynthetic() throws Exception {
    for (FeedItem item : List.of(sample(), full())) {
      Element txt = only(parse(write(item)).getDocumentElement(), PODCAST, "txt");
      assertThat(txt.getAttribute("purpose")).isEqualTo("ai-content");
      assertThat(txt.getTextContent()).isEqualTo("true");
    }
    assertThat(only(parse(write(full())).getDocumentElement(), null, "description").getTextContent())
        .endsWith("\n\n" + Disclosure.EPISODE);
  }

  @Test
  void theAlternateEnclosureNamesItsSource() throws Exception {
    Element alternate = only(parse(write(full())).getDocumentElement(), PODCAST, "alternateEnclosure");

    assertThat(alternate.getAttribute("type")).isEqualTo("audio/mp4");
    assertThat(alternate.getAttribute("length")).isEqualTo("2468000");
    assertThat(alternate.getAttribute("bitrate")).isEqualTo("64000");
    assertThat(alternate.getAttribute("title")).isEqualTo("AAC (M4A)");
    assertThat(only(alternate, PODCAST, "source").getAttribute("uri"))
        .isEqualTo("https://paperledge.example/episodes/2026-10-05-can-you-hear-a-thirsty-tree.m4a");
    assertThat(only(parse(write(full())).getDocumentElement(), ITUNES, "image").getAttribute("href"))
        .endsWith("thirsty-tree.png");
    Element plain = parse(write(sample())).getDocumentElement();
    assertThat(plain.getElementsByTagNameNS(PODCAST, "alternateEnclosure").getLength()).isZero();
    assertThat(plain.getElementsByTagNameNS(ITUNES, "image").getLength()).isZero();
    assertThat(plain.getElementsByTagNameNS(CONTENT, "encoded").getLength()).isZero();
  }

  @Test
  void matchesTheGoldenItem() throws Exception {
    Document actual = parse(write(sample()));
    Document expected;
    try (InputStream in = FeedItemTest.class.getResourceAsStream("/golden/feed-item.xml")) {
      assertThat(in).isNotNull();
      expected = parse(in.readAllBytes());
    }
    stripWhitespaceText(actual.getDocumentElement());
    stripWhitespaceText(expected.getDocumentElement());

    assertThat(actual.getDocumentElement().isEqualNode(expected.getDocumentElement()))
        .as("written:%n%s", new String(write(sample()), StandardCharsets.UTF_8)).isTrue();
  }

  @Test
  void isUtf8WithAnXmlDeclaration() throws Exception {
    String xml = new String(write(sample()), StandardCharsets.UTF_8);
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"");
  }

  @Test
  void rootIsItemDeclaringTheItunesNamespace() throws Exception {
    Element root = parse(write(sample())).getDocumentElement();

    assertThat(root.getLocalName()).isEqualTo("item");
    assertThat(root.getNamespaceURI()).isNull();
    assertThat(root.getAttributeNS("http://www.w3.org/2000/xmlns/", "itunes")).isEqualTo(ITUNES);
    assertThat(FeedItem.ITUNES).isEqualTo(ITUNES);
  }

  @Test
  void plainRssElements() throws Exception {
    Element root = parse(write(sample())).getDocumentElement();

    assertThat(only(root, null, "title").getTextContent()).isEqualTo("Can You Hear a Thirsty Tree?");
    assertThat(only(root, null, "description").getTextContent()).isEqualTo(
        "Trees make tiny ultrasonic clicks when they run short of water.\n\nPaper: https://arxiv.org/abs/2609.04417"
            + "\nAuthors: Amara Okonkwo, Lukas Brandt, Mei-Ling Zhao");
    assertThat(only(root, null, "link").getTextContent()).isEqualTo("https://arxiv.org/abs/2609.04417");
    Element guid = only(root, null, "guid");
    assertThat(guid.getTextContent()).isEqualTo("71a057c1-057e-5ae9-99e8-5bd9d0ea8928");
    assertThat(guid.getAttribute("isPermaLink")).isEqualTo("false");
  }

  @Test
  void pubDateIsRfc2822InUtc() throws Exception {
    Element root = parse(write(sample())).getDocumentElement();
    String pubDate = only(root, null, "pubDate").getTextContent();

    assertThat(pubDate).isEqualTo("Mon, 05 Oct 2026 06:00:00 +0000");
    ZonedDateTime parsed = ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(parsed.toInstant()).isEqualTo(PUBLISHED.toInstant());
  }

  @Test
  void pubDateIsEnglishWhateverTheDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.FRANCE);
      FeedItem item = new FeedItem("t", "d", "g", OffsetDateTime.of(2021, 1, 9, 23, 30, 5, 0, ZoneOffset.ofHours(-5)),
          MP3, 1, 1, OptionalInt.empty(), OptionalInt.empty(), false, Optional.empty(), List.of());
      assertThat(item.pubDate()).isEqualTo("Sun, 10 Jan 2021 04:30:05 +0000");
      assertThat(ZonedDateTime.parse(item.pubDate(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
          .isEqualTo(item.published().toInstant());
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void enclosure() throws Exception {
    Element enclosure = only(parse(write(sample())).getDocumentElement(), null, "enclosure");

    assertThat(enclosure.getAttribute("url")).isEqualTo(MP3.toString());
    assertThat(enclosure.getAttribute("length")).isEqualTo("3693192");
    assertThat(enclosure.getAttribute("type")).isEqualTo("audio/mpeg");
    assertThat(enclosure.getChildNodes().getLength()).isZero();
  }

  @Test
  void enclosureUrlIsAscii() throws Exception {
    FeedItem item = new FeedItem("t", "d", "g", PUBLISHED, new URI("https", "host.example", "/épisode 1.mp3", null),
        10, 1, OptionalInt.empty(), OptionalInt.empty(), false, Optional.empty(), List.of());

    Element enclosure = only(parse(write(item)).getDocumentElement(), null, "enclosure");

    assertThat(enclosure.getAttribute("url")).isEqualTo("https://host.example/%C3%A9pisode%201.mp3");
  }

  @Test
  void itunesElements() throws Exception {
    Element root = parse(write(sample())).getDocumentElement();

    assertThat(only(root, ITUNES, "title").getTextContent()).isEqualTo("Can You Hear a Thirsty Tree?");
    assertThat(only(root, ITUNES, "duration").getTextContent()).isEqualTo("308");
    assertThat(only(root, ITUNES, "episode").getTextContent()).isEqualTo("1");
    assertThat(only(root, ITUNES, "season").getTextContent()).isEqualTo("1");
    assertThat(only(root, ITUNES, "explicit").getTextContent()).isEqualTo("false");
    assertThat(only(root, ITUNES, "explicit").getPrefix()).isEqualTo("itunes");
  }

  @Test
  void episodeSeasonAndLinkOnlyWhenGiven() throws Exception {
    Element root = parse(write(item("T", "D", OptionalInt.empty(), OptionalInt.empty(), true, Optional.empty())))
        .getDocumentElement();

    assertThat(root.getElementsByTagNameNS(ITUNES, "episode").getLength()).isZero();
    assertThat(root.getElementsByTagNameNS(ITUNES, "season").getLength()).isZero();
    assertThat(root.getElementsByTagNameNS("*", "link").getLength()).isZero();
    assertThat(only(root, ITUNES, "explicit").getTextContent()).isEqualTo("true");

    Element onlyEpisode = parse(write(item("T", "D", OptionalInt.of(42), OptionalInt.empty(), false,
        Optional.empty()))).getDocumentElement();
    assertThat(only(onlyEpisode, ITUNES, "episode").getTextContent()).isEqualTo("42");
    assertThat(onlyEpisode.getElementsByTagNameNS(ITUNES, "season").getLength()).isZero();
  }

  @Test
  void hostileTextRoundTripsAndStaysWellFormed() throws Exception {
    String hostile = "Tom & Jerry <b>bold</b> \"quoted\" 'single' ]]> <![CDATA[x]]> &amp; &#0; "
        + "bell\u0001 back\u0008space 🎧🦜 مرحبا بالعالم שלום עולם \u202Eevil\u202C end";
    String clean = hostile.replace("\u0001", "").replace("\u0008", "");
    FeedItem item = item(hostile, hostile + "\nline two\ttabbed", OptionalInt.empty(), OptionalInt.empty(), false,
        Optional.empty());

    byte[] xml = write(item);
    Element root = parse(xml).getDocumentElement();

    assertThat(only(root, null, "title").getTextContent()).isEqualTo(clean);
    assertThat(only(root, ITUNES, "title").getTextContent()).isEqualTo(clean);
    assertThat(only(root, null, "description").getTextContent()).isEqualTo(clean + "\nline two\ttabbed");
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\u0001", "\u0008", "<b>", "]]>", "&#1;", "&#8;", "&#55356;");
  }

  @Test
  void hostileGuidStaysWellFormed() throws Exception {
    FeedItem item = new FeedItem("t", "d", "a<b>&\"c\u0000", PUBLISHED, MP3, 1, 1, OptionalInt.empty(),
        OptionalInt.empty(), false, Optional.empty(), List.of());

    assertThat(only(parse(write(item)).getDocumentElement(), null, "guid").getTextContent()).isEqualTo("a<b>&\"c");
  }

  @Test
  void toElementBuildsIntoAnotherDocument() {
    Document doc = Xml.newDocument();
    Element channel = doc.createElement("channel");
    doc.appendChild(channel);

    Element element = sample().toElement(doc);

    assertThat(element.getOwnerDocument()).isSameAs(doc);
    assertThat(element.getTagName()).isEqualTo("item");
    assertThat(element.getElementsByTagNameNS(ITUNES, "duration").item(0).getTextContent()).isEqualTo("308");
  }

  @Test
  void constructorRejectsBadValues() {
    assertThatIllegalArgumentException().isThrownBy(() -> new FeedItem("t", "d", "g", PUBLISHED, MP3, 0, 1,
        OptionalInt.empty(), OptionalInt.empty(), false, Optional.empty(), List.of()));
    assertThatNullPointerException().isThrownBy(() -> new FeedItem(null, "d", "g", PUBLISHED, MP3, 1, 1,
        OptionalInt.empty(), OptionalInt.empty(), false, Optional.empty(), List.of()));
    assertThatNullPointerException().isThrownBy(() -> new FeedItem("t", "d", "g", null, MP3, 1, 1,
        OptionalInt.empty(), OptionalInt.empty(), false, Optional.empty(), List.of()));
  }

  // --- description() ------------------------------------------------------------------------------------------

  @Test
  void descriptionWithEverything() {
    assertThat(FeedItem.description("  A summary.\n", Optional.of(PAPER), List.of("A. Author", "B. Author")))
        .isEqualTo("A summary.\n\nPaper: https://arxiv.org/abs/2609.04417\nAuthors: A. Author, B. Author");
  }

  @Test
  void descriptionWithoutSummary() {
    assertThat(FeedItem.description("   ", Optional.of(PAPER), List.of("Solo")))
        .isEqualTo("Paper: https://arxiv.org/abs/2609.04417\nAuthors: Solo");
    assertThat(FeedItem.description("", Optional.empty(), List.of("A", "B", "C")))
        .isEqualTo("Authors: A, B, C");
  }

  @Test
  void descriptionWithoutPaperOrAuthors() {
    assertThat(FeedItem.description("Only this.", Optional.empty(), List.of())).isEqualTo("Only this.");
    assertThat(FeedItem.description("S", Optional.empty(), List.of("A"))).isEqualTo("S\nAuthors: A");
    assertThat(FeedItem.description("S", Optional.of(PAPER), List.of()))
        .isEqualTo("S\n\nPaper: https://arxiv.org/abs/2609.04417");
    assertThat(FeedItem.description("", Optional.empty(), List.of())).isEmpty();
  }

  @Test
  void descriptionListsAllAuthorsUnlikeTheSpokenCredit() {
    List<String> many = List.of("A", "B", "C", "D", "E", "F", "G");
    assertThat(FeedItem.description("", Optional.empty(), many)).isEqualTo("Authors: A, B, C, D, E, F, G");
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  static byte[] write(FeedItem item) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    item.write(out);
    return out.toByteArray();
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
      @Override
      public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
        throw e;
      }

      @Override
      public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
        throw e;
      }
    });
    return builder.parse(new ByteArrayInputStream(xml));
  }

  /** The one child element of {@code parent} with that namespace (null for none) and local name. */
  static Element only(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && localName.equals(e.getLocalName())
          && java.util.Objects.equals(namespace, e.getNamespaceURI())) {
        found.add(e);
      }
    }
    assertThat(found).as("<%s> in namespace %s", localName, namespace).hasSize(1);
    return found.get(0);
  }

  private static void stripWhitespaceText(Node node) {
    NodeList children = node.getChildNodes();
    for (int i = children.getLength() - 1; i >= 0; i--) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
        node.removeChild(child);
      } else {
        stripWhitespaceText(child);
      }
    }
  }
}
