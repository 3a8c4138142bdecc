package org.paperledge.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.paperledge.script.TestScripts.chapter;
import static org.paperledge.script.TestScripts.paragraph;
import static org.paperledge.script.TestScripts.scriptOf;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.paperledge.model.InputException;
import org.paperledge.script.Segment.Pause;

class SegmenterTest {

  @Test
  void oneSegmentPerSentence() {
    Script script = scriptOf(chapter("Introduction", 5, paragraph("One. Two! Three? Dr. Who stays.", 5)));
    List<Segment> segments = new Segmenter().segments(script);
    assertThat(segments).extracting(Segment::text).containsExactly("One.", "Two!", "Three?", "Dr. Who stays.");
  }

  @Test
  void pauseKindsChapterIndexAndLines() {
    Script script = scriptOf(
        chapter("Introduction", 5, paragraph("A one. A two.", 5), paragraph("B one.", 7)),
        chapter("Methods", 9, paragraph("C one. C two.", 11)),
        chapter("Results", 13, paragraph("D one.", 15), paragraph("E one. E two.", 17)));
    List<Segment> segments = new Segmenter().segments(script);
    assertThat(segments)
        .extracting(Segment::text, Segment::pauseBefore, Segment::chapter, Segment::paragraph, Segment::line)
        .containsExactly(
            tuple("A one.", Pause.NONE, 0, 0, 5),
            tuple("A two.", Pause.SENTENCE, 0, 0, 5),
            tuple("B one.", Pause.PARAGRAPH, 0, 1, 7),
            tuple("C one.", Pause.CHAPTER, 1, 2, 11),
            tuple("C two.", Pause.SENTENCE, 1, 2, 11),
            tuple("D one.", Pause.CHAPTER, 2, 3, 15),
            tuple("E one.", Pause.PARAGRAPH, 2, 4, 17),
            tuple("E two.", Pause.SENTENCE, 2, 4, 17));
  }

  @Test
  void segmentsFromParsedScriptKeepSourceLines() throws InputException {
    Script script = TestScripts.parse(TestScripts.withBody("Hello there. Welcome.\n\n# Part\n\n- item one\n"));
    List<Segment> segments = new Segmenter().segments(script);
    assertThat(segments).extracting(Segment::text, Segment::line, Segment::chapter, Segment::pauseBefore)
        .containsExactly(
            tuple("Hello there.", 5, 0, Pause.NONE),
            tuple("Welcome.", 5, 0, Pause.SENTENCE),
            tuple("item one", 9, 1, Pause.CHAPTER));
  }

  @Test
  void continuationPiecesHaveNoPause() {
    String longSentence = "Then " + words(40) + ".";
    Script script = scriptOf(chapter("Intro", 1, paragraph("Short one. " + longSentence, 1)),
        chapter("Next", 3, paragraph(longSentence, 4)));
    List<Segment> segments = new Segmenter(60).segments(script);

    assertThat(segments.get(0).pauseBefore()).isEqualTo(Pause.NONE);
    assertThat(segments.get(1).pauseBefore()).isEqualTo(Pause.SENTENCE);
    int firstOfNext = indexOfFirstInChapter(segments, 1);
    assertThat(firstOfNext).isGreaterThan(2);
    assertThat(segments.subList(2, firstOfNext)).extracting(Segment::pauseBefore).containsOnly(Pause.NONE);
    assertThat(segments.get(firstOfNext).pauseBefore()).isEqualTo(Pause.CHAPTER);
    assertThat(segments.subList(firstOfNext + 1, segments.size())).isNotEmpty()
        .extracting(Segment::pauseBefore).containsOnly(Pause.NONE);
    assertThat(segments).extracting(Segment::text).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(60));
  }

  @Test
  void hugeParagraphWithoutPunctuationIsBoundedAndLosesNoWords() {
    String text = words(10_000);
    Script script = scriptOf(chapter("Intro", 7, paragraph(text, 7)));
    List<Segment> segments = new Segmenter().segments(script);

    assertThat(segments).hasSizeGreaterThan(text.length() / Segmenter.DEFAULT_MAX_CHARS);
    assertThat(segments).allSatisfy(s -> {
      assertThat(s.text().length()).isLessThanOrEqualTo(Segmenter.DEFAULT_MAX_CHARS);
      assertThat(s.text()).isEqualTo(s.text().strip());
      assertThat(s.chapter()).isZero();
      assertThat(s.paragraph()).isZero();
      assertThat(s.line()).isEqualTo(7);
    });
    assertThat(segments.get(0).pauseBefore()).isEqualTo(Pause.NONE);
    assertThat(segments.subList(1, segments.size())).extracting(Segment::pauseBefore).containsOnly(Pause.NONE);

    List<String> rejoined = Arrays.asList(
        segments.stream().map(Segment::text).collect(Collectors.joining(" ")).split("\\s+"));
    assertThat(rejoined).containsExactlyElementsOf(Arrays.asList(text.split(" ")));
  }

  @Test
  void longSentenceIsCutAtACommaWhenAvailable() {
    String first = "alpha beta gamma delta epsilon zeta,";
    String sentence = first + " eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon.";
    List<String> pieces = new Segmenter(60).bound(sentence);
    assertThat(pieces.get(0)).isEqualTo(first);
    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(60));
    assertThat(String.join(" ", pieces)).isEqualTo(sentence);
  }

  @Test
  void longSentenceIsCutAtTheLastCommaWithinTheBound() {
    String sentence = "one, two three four five six seven, eight nine ten eleven twelve thirteen fourteen"
        + " fifteen sixteen seventeen.";
    List<String> pieces = new Segmenter(50).bound(sentence);
    assertThat(pieces.get(0)).isEqualTo("one, two three four five six seven,");
  }

  @Test
  void withoutClauseMarksItCutsBetweenWords() {
    String sentence = words(30);
    List<String> pieces = new Segmenter(40).bound(sentence);
    assertThat(pieces).hasSizeGreaterThan(1);
    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(40));
    assertThat(String.join(" ", pieces)).isEqualTo(sentence);
  }

  @Test
  void sentenceAtTheBoundIsKeptWhole() {
    String sentence = "x".repeat(58) + ".";
    assertThat(new Segmenter(59).bound(sentence)).containsExactly(sentence);
    assertThat(new Segmenter(58).bound(sentence)).hasSize(2);
  }

  @Test
  void aSingleHugeWordIsCutHard() {
    String word = "x".repeat(1000);
    List<String> pieces = new Segmenter(100).bound(word);
    assertThat(pieces).hasSize(10).allSatisfy(p -> assertThat(p).hasSize(100));
    assertThat(String.join("", pieces)).isEqualTo(word);
  }

  @Test
  void hardCutsDoNotSplitSurrogatePairs() {
    String text = "a" + "\uD83D\uDE00".repeat(200);
    List<String> pieces = new Segmenter(20).bound(text);
    assertThat(pieces).allSatisfy(p -> {
      assertThat(p.length()).isLessThanOrEqualTo(20);
      assertThat(ScriptParserTest.hasUnpairedSurrogate(p)).as("unpaired surrogate in %s", p).isFalse();
    });
    assertThat(String.join("", pieces)).isEqualTo(text);
  }

  @Test
  void boundTooSmallIsRejected() {
    assertThatThrownBy(() -> new Segmenter(19)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Segmenter(20)).isNotNull();
  }

  private static int indexOfFirstInChapter(List<Segment> segments, int chapter) {
    return IntStream.range(0, segments.size()).filter(i -> segments.get(i).chapter() == chapter).findFirst()
        .orElseThrow();
  }

  /** {@code n} distinct words of varying length, separated by single spaces, without punctuation. */
  private static String words(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> "w" + "abcdefghij".substring(0, i % 10) + i)
        .collect(Collectors.joining(" "));
  }
}
