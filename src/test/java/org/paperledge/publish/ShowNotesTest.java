package org.paperledge.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Chapter;
import org.w3c.dom.Element;

/** The show notes of {@code content:encoded}: their HTML, exactly, and what hostile text becomes in them. */
class ShowNotesTest {
  private static final URI PAPER = URI.create("https://arxiv.org/abs/2609.04417?a=1&b=2");

  private static List<Chapter> chapters() {
    return List.of(new Chapter("Introduction", 0, 41_250, Optional.empty()),
        new Chapter("Trees make noise, who knew?", 41_250, 192_999, Optional.empty()),
        new Chapter("What it means", 192_999, 3_725_004, Optional.empty()),
        new Chapter("After an hour", 3_725_004, 3_800_000, Optional.empty()));
  }

  @Test
  void holdsTheSummaryTheChaptersWithTimesThePaperTheAuthorsAndTheDisclosure() {
    String html = ShowNotes.html("Trees click when thirsty.\n\nA second paragraph.", chapters(), Optional.of(PAPER),
        List.of("Amara Okonkwo", "Lukas Brandt", "Mei-Ling Zhao", "Four", "Five", "Six"));

    assertThat(html).isEqualTo("""
        <p>Trees click when thirsty.</p>
        <p>A second paragraph.</p>
        <p>Chapters:</p>
        <ul>
        <li>00:00:00 Introduction</li>
        <li>00:00:41 Trees make noise, who knew?</li>
        <li>00:03:12 What it means</li>
        <li>01:02:05 After an hour</li>
        </ul>
        <p>Paper: <a href="https://arxiv.org/abs/2609.04417?a=1&amp;b=2">https://arxiv.org/abs/2609.04417?a=1&amp;b=2</a></p>
        <p>Authors: Amara Okonkwo, Lukas Brandt, Mei-Ling Zhao, Four, Five, Six</p>
        <p>%s</p>
        """.formatted(Disclosure.EPISODE));
  }

  @Test
  void leavesOutWhatTheEpisodeLacks() {
    String html = ShowNotes.html("  ", List.of(), Optional.empty(), List.of());

    assertThat(html).isEqualTo("<p>" + Disclosure.EPISODE + "</p>\n");
  }

  @Test
  void onlyWebLinksAreLinked() {
    String html = ShowNotes.html("s", List.of(), Optional.of(URI.create("javascript:alert(1)")), List.of());

    assertThat(html).doesNotContain("javascript", "<a ");
  }

  @Test
  void hostileTextIsEscapedAndTheNotesStayWellFormed() throws Exception {
    String html = ShowNotes.html(FeedTest.HOSTILE, List.of(new Chapter(FeedTest.HOSTILE, 0, 1000, Optional.empty())),
        Optional.of(PAPER), List.of(FeedTest.HOSTILE));

    assertThat(html).doesNotContain("<script", "<b>", "\u0001", "\u001B")
        .contains("Q&amp;A &lt;b&gt;bold&lt;/b&gt; \"quoted\" 'single' ]]&gt;");
    // it parses as XML, so no tag is left open or made up by the text
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(("<div>" + html + "</div>").getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
    assertThat(root.getElementsByTagName("li").item(0).getTextContent())
        .isEqualTo("00:00:00 " + FeedTest.HOSTILE_ONE_LINE);
    assertThat(root.getElementsByTagName("*").getLength()).isEqualTo(8); // 5 p, ul, li, a
  }

  @Test
  void timestampsAreHoursMinutesAndSecondsRoundedDown() {
    assertThat(ShowNotes.timestamp(0)).isEqualTo("00:00:00");
    assertThat(ShowNotes.timestamp(59_999)).isEqualTo("00:00:59");
    assertThat(ShowNotes.timestamp(192_000)).isEqualTo("00:03:12");
    assertThat(ShowNotes.timestamp(36_000_000)).isEqualTo("10:00:00");
  }
}
