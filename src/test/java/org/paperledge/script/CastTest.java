package org.paperledge.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperledge.script.TestScripts.parse;
import static org.paperledge.script.TestScripts.parseFailure;
import static org.paperledge.script.TestScripts.script;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paperledge.model.InputException;

/** The front matter's cast and the turns of the body. */
class CastTest {
  private static final String FRONT = "title: Two voices\ndate: 2026-11-30\ncast:\n  Maya: maya\n"
      + "  Theo: {voice: theo, role: co-host}\n";

  private static List<Script.Paragraph> paragraphs(Script script) {
    return script.chapters().stream().flatMap(c -> c.paragraphs().stream()).toList();
  }

  @Test
  void theCastMapsNamesToVoicesAndRoles() throws Exception {
    Script s = parse(script(FRONT, "**Maya:** Hi.\n\n**Theo:** Hello.\n"));
    assertThat(s.meta().cast().values()).containsExactly(new CastMember("Maya", "maya", "guest", 5),
        new CastMember("Theo", "theo", "co-host", 6));
  }

  @Test
  void aTurnStartsAtItsMarkerAndTheMarkerIsNotSpoken() throws Exception {
    Script s = parse(script(FRONT, "Ernis opens.\n\n**Maya:** Thanks, Ernis.\n\nShe goes on.\n\n"
        + "**Ernis:** Back to me.\n"));
    List<Script.Paragraph> p = paragraphs(s);
    assertThat(p).extracting(Script.Paragraph::text)
        .containsExactly("Ernis opens.", "Thanks, Ernis.", "She goes on.", "Back to me.");
    assertThat(p).extracting(Script.Paragraph::turn).containsExactly(Optional.empty(), Optional.of("Maya"),
        Optional.empty(), Optional.of("Ernis"));
  }

  @Test
  void aMarkerOnItsOwnStartsTheTurnAtTheNextParagraph() throws Exception {
    Script s = parse(script(FRONT, "Intro.\n\n**Theo:**\n\nHis words.\n"));
    assertThat(paragraphs(s)).extracting(Script.Paragraph::text).containsExactly("Intro.", "His words.");
    assertThat(paragraphs(s).get(1).turn()).contains("Theo");
  }

  @Test
  void boldLabelsInListsAndOneVoiceScriptsStayText() throws Exception {
    Script listed = parse(script(FRONT, "- **Maya:** a list item, not a turn.\n"));
    assertThat(paragraphs(listed).get(0).text()).isEqualTo("Maya: a list item, not a turn.");
    assertThat(paragraphs(listed).get(0).turn()).isEmpty();
    Script plain = parse(script("title: T\ndate: 2026-01-01\n", "**Note:** bold label.\n"));
    assertThat(paragraphs(plain).get(0).text()).isEqualTo("Note: bold label.");
    assertThat(paragraphs(plain).get(0).turn()).isEmpty();
    Script host = parse(script("title: T\ndate: 2026-01-01\n", "**Ernis:** the host's own marker.\n"));
    assertThat(paragraphs(host).get(0).turn()).contains("Ernis");
  }

  @Test
  void blockQuotesAreMarked() throws Exception {
    Script s = parse(script(FRONT, "Before.\n\n> The paper says this.\n\nAfter.\n"));
    assertThat(paragraphs(s)).extracting(Script.Paragraph::quote).containsExactly(false, true, false);
  }

  @Test
  void anUnknownSpeakerIsAnErrorAtTheMarker() {
    InputException e = parseFailure(script(FRONT, "Fine.\n\nStill fine.\n\n  **Mya:** typo.\n"));
    assertThat(e.line()).isEqualTo(12);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.getMessage()).isEqualTo("unknown speaker 'Mya': the speakers are Ernis, Maya, Theo (add them to"
        + " 'cast:' in the front matter)");
  }

  @Test
  void aMarkerThatCannotBeReadIsAnError() {
    InputException e = parseFailure(script(FRONT, "**Maya *really*:** hi.\n"));
    assertThat(e.line()).isEqualTo(8);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage()).startsWith("cannot read this turn marker");
    assertThat(parseFailure(script(FRONT, "**:** nobody.\n")).getMessage()).startsWith("cannot read");
  }

  @Test
  void castErrorsNameTheLine() {
    record Case(String cast, int line, String message) {}
    for (Case c : List.of(
        new Case("cast: maya\n", 4, "'cast' must map speaker names to voice profiles, such as 'Maya: maya'"),
        new Case("cast:\n  Ernis: maya\n", 5, "Ernis is the show's host: choose the host's voice with 'voice:'"),
        new Case("cast:\n  Maya: {voice: maya, role: star}\n", 5,
            "cast member Maya: role must be co-host or guest, not 'star'"),
        new Case("cast:\n  Maya: Some Voice\n", 5, "cast member Maya needs a voice profile name (letters, digits,"
            + " '-' and '_'), not 'Some Voice'"),
        new Case("cast:\n  '3po': droid\n", 5, "a cast member's name must be a name (letters first), such as Maya"),
        new Case("cast:\n  Maya: [a, b]\n", 5, "cast member Maya needs a voice profile, such as 'Maya: maya'"),
        new Case("cast:\n  Maya: {voice: maya, mood: happy}\n", 5, "a cast member has 'voice' and 'role', each a"
            + " single value"))) {
      InputException e = parseFailure(script("title: T\ndate: 2026-01-01\n" + c.cast(), "Hi.\n"));
      assertThat(e.getMessage()).as(c.cast()).isEqualTo(c.message());
      assertThat(e.line()).as(c.cast()).isEqualTo(c.line());
    }
  }

  @Test
  void aCastVoiceMustExist() {
    ScriptParser parser = new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES, name -> name.equals("ernis"), "Ernis");
    InputException e = parseFailure(parser, script("title: T\ndate: 2026-01-01\ncast:\n  Maya: maya\n", "Hi.\n"));
    assertThat(e.describe()).isEqualTo("broken.md:5: cast member Maya: unknown voice 'maya': there is no voice"
        + " profile of that name");
  }
}
