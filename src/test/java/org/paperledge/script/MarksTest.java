package org.paperledge.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperledge.script.TestScripts.parse;
import static org.paperledge.script.TestScripts.parseFailure;
import static org.paperledge.script.TestScripts.script;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperledge.model.InputException;

/** Emphasis, list positions and the producer's controls, from the Markdown to the paragraph's marks. */
class MarksTest {
  private static Script.Paragraph first(String body) throws Exception {
    return parse(script("title: T\ndate: 2026-01-01\ncast:\n  Theo: theo\n", body)).chapters().get(0)
        .paragraphs().get(0);
  }

  private static String covered(Script.Paragraph p, Mark m) {
    return p.text().substring(m.start(), m.end());
  }

  @Test
  void emphasisAndStrongMarkTheirWordsAndTheTextHasNoMarkers() throws Exception {
    Script.Paragraph p = first("We *really* mean **it** now.\n");
    assertThat(p.text()).isEqualTo("We really mean it now.");
    assertThat(p.marks()).extracting(Mark::type).containsExactly(Mark.Type.EMPHASIS, Mark.Type.STRONG);
    assertThat(p.marks()).extracting(m -> covered(p, m)).containsExactly("really", "it");
  }

  @Test
  void controlsAreLinksThatLeaveOnlyTheirWords() throws Exception {
    Script.Paragraph p = first("Meet [Okonkwo](say \"oh kon kwo\"), wait[](pause:1.5s) and [NASA](spell) "
        + "goes [step by step](slower:20%) while [trees talk](as:Theo) and [fast](faster).\n");
    assertThat(p.text()).isEqualTo("Meet Okonkwo, wait and NASA goes step by step while trees talk and fast.");
    assertThat(p.marks()).extracting(Mark::type).containsExactly(Mark.Type.SAY, Mark.Type.PAUSE,
        Mark.Type.SPELL, Mark.Type.RATE, Mark.Type.VOICE, Mark.Type.RATE);
    assertThat(p.marks()).extracting(Mark::argument).containsExactly("oh kon kwo", "1.5", "", "0.8", "Theo",
        "1.15");
    Mark pause = p.marks().get(1);
    assertThat(pause.start()).isEqualTo(pause.end()).isEqualTo("Meet Okonkwo, wait ".length()); // before "and"
    assertThat(covered(p, p.marks().get(4))).isEqualTo("trees talk");
  }

  @Test
  void ordinaryLinksStayLinksReadAsTheirText() throws Exception {
    Script.Paragraph p = first("See [the paper](https://example.org/p), [notes](notes.md), [me](mailto:a@b.c).\n");
    assertThat(p.text()).isEqualTo("See the paper, notes, me.");
    assertThat(p.marks()).isEmpty();
  }

  @Test
  void listItemsKnowWhetherTheyAreLast() throws Exception {
    Script s = parse(script("title: T\ndate: 2026-01-01\n", "Intro.\n\n- one\n- two\n- three\n\nAfter.\n"));
    assertThat(s.chapters().get(0).paragraphs()).extracting(Script.Paragraph::list).containsExactly(
        Script.ListPosition.NONE, Script.ListPosition.ITEM, Script.ListPosition.ITEM,
        Script.ListPosition.LAST_ITEM, Script.ListPosition.NONE);
  }

  @Test
  void badControlsAreErrorsAtTheirLineAndColumn() {
    record Case(String body, int column, String message) {}
    for (Case c : List.of(
        new Case("Wait [](pause:20s) now.\n", 6, "a pause needs a length from 1 ms to 10 s, such as [](pause:800ms)"
            + " or [](pause:1.5s), not '20s'"),
        new Case("Wait [](pause:soon) now.\n", 6, "a pause needs a length from 1 ms to 10 s, such as"
            + " [](pause:800ms) or [](pause:1.5s), not 'soon'"),
        new Case("Wait [now](pause:1s).\n", 6, "a pause is written with no words: [](pause:1s)"),
        new Case("Say [it](pasue:1s).\n", 5, "unknown control 'pasue' (the controls: pause, say, spell, slower,"
            + " faster, as)"),
        new Case("Go [](spell) now.\n", 4, "this control applies to words: write them in the brackets"),
        new Case("Go [x](slower:150%) now.\n", 4, "'slower' takes a change from 1% to 99%, such as (slower:20%),"
            + " or none for 15%, not '150%'"),
        new Case("Go [x](say) now.\n", 4, "say the words in quotes, or phonemes between slashes:"
            + " [Okonkwo](say \"oh kon kwo\") or [Ernis](say \"/' r= - n I s/\")"),
        new Case("Go [x](as:Nobody) now.\n", 4, "unknown speaker 'Nobody' in (as:Nobody): the speakers are Ernis,"
            + " Theo"))) {
      InputException e = parseFailure(script("title: T\ndate: 2026-01-01\ncast:\n  Theo: theo\n", c.body()));
      assertThat(e.getMessage()).as(c.body()).isEqualTo(c.message());
      assertThat(e.line()).as(c.body()).isEqualTo(7);
      assertThat(e.column()).as(c.body()).isEqualTo(c.column());
    }
  }
}
