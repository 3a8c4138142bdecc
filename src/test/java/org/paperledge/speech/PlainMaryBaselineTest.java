package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.script.Segment;
import org.paperledge.script.Segment.Pause;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PlainMaryBaselineTest {
  private static Segment segment(int paragraph, String text, Pause pause) {
    return new Segment(0, paragraph, 1, 0, text, pause);
  }

  @Test
  void paragraphsStartAtParagraphAndChapterPauses() {
    List<Segment> segments = List.of(
        segment(0, "A one.", Pause.NONE),
        segment(0, "A two.", Pause.SENTENCE),
        segment(1, "B one.", Pause.PARAGRAPH),
        segment(2, "C one.", Pause.CHAPTER),
        segment(2, "C two starts", Pause.SENTENCE),
        segment(2, "and goes on.", Pause.NONE),
        segment(2, "C three.", Pause.SENTENCE));
    assertThat(PlainMaryBaseline.paragraphs(segments)).containsExactly(
        List.of("A one.", "A two."),
        List.of("B one."),
        List.of("C one.", "C two starts and goes on.", "C three."));
  }

  @Test
  void introAndCreditAreParagraphsOfTheirOwn() throws Exception {
    Script script = new ScriptParser().parse(Path.of("t.md"), "---\ntitle: Trees\ndate: 2026-01-05\nepisode: 3\n"
        + "authors:\n  - Ann Lee\n---\nHello there. Welcome.\n\n## Part\n\nMore text.\n");
    assertThat(PlainMaryBaseline.spoken(script, "PaperLedge")).containsExactly(
        List.of("This is PaperLedge, episode 3: Trees."),
        List.of("Hello there.", "Welcome."),
        List.of("More text."),
        List.of("Today's paper is by Ann Lee. Thanks for listening to PaperLedge."));
  }

  @Test
  void oneSentenceElementPerSentenceInOneParagraph() {
    Document doc = PlainMaryBaseline.paragraph(List.of(
        List.of(Token.of("Hello"), Token.of(".")),
        List.of(Token.of("Ernis"), Token.of("here"), Token.of("!"))), 1.0);
    assertThat(doc.getElementsByTagNameNS(MaryXml.NAMESPACE, "p").getLength()).isEqualTo(1);
    NodeList sentences = doc.getElementsByTagNameNS(MaryXml.NAMESPACE, "s");
    assertThat(sentences.getLength()).isEqualTo(2);
    assertThat(texts((Element) sentences.item(0))).containsExactly("Hello", ".");
    assertThat(texts((Element) sentences.item(1))).containsExactly("Ernis", "here", "!");
    assertThat(sentences.item(1).getParentNode().getLocalName()).isEqualTo("p");
    assertThat(sentences.item(1).getOwnerDocument()).isSameAs(doc);
  }

  @Test
  void sentencesStayInsideTheProsodyAtOtherRates() {
    Document doc = PlainMaryBaseline.paragraph(List.of(List.of(Token.of("One"), Token.of(".")),
        List.of(Token.of("Two"), Token.of("."))), 1.2);
    NodeList sentences = doc.getElementsByTagNameNS(MaryXml.NAMESPACE, "s");
    assertThat(sentences.getLength()).isEqualTo(2);
    for (int i = 0; i < 2; i++) {
      Element prosody = (Element) sentences.item(i).getParentNode();
      assertThat(prosody.getLocalName()).isEqualTo("prosody");
      assertThat(prosody.getAttribute("rate")).isEqualTo("120%");
    }
  }

  private static List<String> texts(Element sentence) {
    NodeList tokens = sentence.getElementsByTagNameNS(MaryXml.NAMESPACE, "t");
    return java.util.stream.IntStream.range(0, tokens.getLength()).mapToObj(i -> tokens.item(i).getTextContent())
        .toList();
  }
}
