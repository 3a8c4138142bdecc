package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paperledge.speech.ProsodyMarks.Emphasis;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Alignment of the plan's tokens on a sentence as MaryTTS leaves it, and the duration edits, on a built document. */
class SentenceShapeTest {
  /** "We", "10:30" (expanded by MaryTTS into two words), ",", "now", "." */
  private static final List<Token> TOKENS =
      Arrays.stream("We 10:30 , now .".split(" ")).map(Token::of).toList();
  private Document doc;
  private Element phrase;
  private final List<Element> tokensAndBoundaries = new ArrayList<>();

  @BeforeEach
  void sentence() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    doc = factory.newDocumentBuilder().newDocument();
    Element s = element(doc, "s");
    doc.appendChild(s);
    phrase = element(s, "phrase");
    word(phrase, "We", "60", "90");
    Element mtu = element(phrase, "mtu");
    mtu.setAttribute("orig", "10:30");
    word(mtu, "ten", "50", "80", "40");
    word(mtu, "thirty", "70", "60", "50", "55");
    word(phrase, ",");
    Element boundary = element(phrase, "boundary");
    boundary.setAttribute("breakindex", "4");
    boundary.setAttribute("duration", "400");
    tokensAndBoundaries.add(boundary);
    word(phrase, "now", "50", "120");
    word(phrase, ".");
  }

  private static Element element(org.w3c.dom.Node parent, String tag) {
    Document owner = parent instanceof Document d ? d : parent.getOwnerDocument();
    Element e = owner.createElementNS(MaryXml.NAMESPACE, tag);
    if (!(parent instanceof Document)) {
      parent.appendChild(e);
    }
    return e;
  }

  private void word(Element parent, String text, String... durations) {
    Element t = element(parent, "t");
    t.appendChild(doc.createTextNode(text));
    if (durations.length > 0) {
      Element syllable = element(t, "syllable");
      syllable.setAttribute("stress", "1");
      for (String d : durations) {
        element(syllable, "ph").setAttribute("d", d);
      }
    }
    tokensAndBoundaries.add(t);
  }

  private List<String> durations() {
    List<String> out = new ArrayList<>();
    var phones = doc.getElementsByTagNameNS(MaryXml.NAMESPACE, "ph");
    for (int i = 0; i < phones.getLength(); i++) {
      out.add(((Element) phones.item(i)).getAttribute("d"));
    }
    return out;
  }

  private String pause() {
    return ((Element) doc.getElementsByTagNameNS(MaryXml.NAMESPACE, "boundary").item(0)).getAttribute("duration");
  }

  @Test
  void anExpandedTokenKeepsItsMarksOverAllItsWords() {
    ProsodyPlan plan = new ProsodyPlan(ProsodyMarks.of(TOKENS).withEmphasis(1, Emphasis.STRONG));
    SentenceShape.of(tokensAndBoundaries, plan).applyDurations(tokensAndBoundaries);
    assertThat(durations()).containsExactly("60", "90", "70.0", "112.0", "56.0", "98.0", "84.0", "70.0", "77.0",
        "50", "120");
    assertThat(pause()).isEqualTo("400");
  }

  @Test
  void anAsideIsQuickerAndItsPausesShort() {
    ProsodyPlan plan = new ProsodyPlan(ProsodyMarks.of(TOKENS).withAside(3, 4));
    SentenceShape.of(tokensAndBoundaries, plan).applyDurations(tokensAndBoundaries);
    assertThat(durations().subList(0, 9)).containsExactly("60", "90", "50", "80", "40", "70", "60", "50", "55");
    assertThat(durations().subList(9, 11)).containsExactly("43.5", "104.3");
    assertThat(pause()).isEqualTo(String.valueOf(ProsodyPlan.ASIDE_PAUSE_MS));
  }

  @Test
  void plainAndSentenceWideMarksChangeNoDuration() {
    List<String> before = durations();
    SentenceShape.of(tokensAndBoundaries, new ProsodyPlan(ProsodyMarks.of(TOKENS).withLiveliness(1.3)))
        .applyDurations(tokensAndBoundaries);
    assertThat(durations()).isEqualTo(before);
    assertThat(pause()).isEqualTo("400");
  }

  @Test
  void aTokenCountThatDoesNotMatchOnlyAllowsSentenceWideMarks() {
    List<Token> six = Arrays.stream("We 10:30 , right now ?".split(" ")).map(Token::of).toList();
    List<String> before = durations();
    SentenceShape.of(tokensAndBoundaries, new ProsodyPlan(ProsodyMarks.of(six))).applyDurations(tokensAndBoundaries);
    assertThat(durations()).isEqualTo(before);
    assertThatThrownBy(() -> SentenceShape.of(tokensAndBoundaries,
        new ProsodyPlan(ProsodyMarks.of(six).withEmphasis(4, Emphasis.EMPHASIS))))
        .isInstanceOf(IllegalStateException.class).hasMessage("MaryTTS made 5 tokens of the 6 it was given");
  }
}
