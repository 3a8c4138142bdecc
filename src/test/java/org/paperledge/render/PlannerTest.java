package org.paperledge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperledge.audio.EpisodeMaster;
import org.paperledge.model.Lexicon;
import org.paperledge.model.VoiceDesign;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;

/** The plan of an episode with several speakers: who says each line, and the pauses between them. */
class PlannerTest {
  private static String key(VoiceProfile voice, List<org.paperledge.speech.Token> tokens, double rate,
      org.paperledge.speech.ProsodyMarks reading) {
    return voice.name() + ":" + rate + ":" + tokens + reading.cacheKey();
  }

  private static Show show;
  private static final Map<String, VoiceProfile> PROFILES = Map.of(
      "ernis", profile("ernis", "Ernis"), "maya", profile("maya", "Maya"), "paper", profile("paper", "The paper"));

  private static VoiceProfile profile(String name, String speaker) {
    return new VoiceProfile(name, speaker, "cmu-slt-hsmm", 1.0, "", Lexicon.EMPTY, VoiceDesign.NONE,
        java.util.Optional.empty());
  }

  @BeforeAll
  static void load() throws Exception {
    show = Show.load(Path.of("show.yaml"));
  }

  private static Script script(String body) throws Exception {
    return new ScriptParser().parse(Path.of("two.md"), "---\ntitle: Two\ndate: 2026-11-30\ncast:\n  Maya: maya\n"
        + "authors: [A. Author]\n---\n" + body);
  }

  private static Cast cast(Script script, Optional<String> quotes) throws Exception {
    Show withQuotes = new Show(show.name(), show.host(), show.description(), show.baseUrl(), show.link(),
        show.language(), show.author(), show.ownerName(), show.ownerEmail(), show.category(), show.cover(),
        show.copyright(), show.explicit(), "ernis", quotes, show.timing(), show.bitrateKbps(), show.channels());
    return Cast.of(script, withQuotes, PROFILES::get);
  }

  private static List<PlannedLine> plan(Script script, Cast cast) {
    return new Planner(show, PlannerTest::key).plan(script, cast);
  }

  @Test
  void eachLineIsSaidByWhoeverHoldsTheTurnAndTheHostSaysTheIntroAndCredit() throws Exception {
    Script script = script("Hello, I am Ernis.\n\n**Maya:** And I am Maya. I study trees.\n\nMore from Maya.\n\n"
        + "**Ernis:** Back to me.\n");
    List<PlannedLine> lines = plan(script, cast(script, Optional.empty()));
    assertThat(lines).extracting(l -> l.speaker().name()).containsExactly("Ernis", "Ernis", "Maya", "Maya",
        "Maya", "Ernis", "Ernis");
    assertThat(lines).extracting(l -> l.speaker().voice().name()).containsExactly("ernis", "ernis", "maya",
        "maya", "maya", "ernis", "ernis");
  }

  @Test
  void aNewTurnWaitsTheTurnPauseAndTheSameSpeakersNextParagraphTheParagraphPause() throws Exception {
    Script script = script("Hello.\n\n**Maya:** Hi.\n\nStill Maya.\n\n## Next\n\n**Ernis:** New chapter.\n");
    List<PlannedLine> lines = plan(script, cast(script, Optional.empty()));
    Show.Timing t = show.timing();
    assertThat(lines).extracting(PlannedLine::pauseSeconds).containsExactly(0.0, Planner.SPLIT_PAUSE,
        t.turn(), t.paragraph(), t.chapter(), t.chapter());
    assertThat(lines.get(2).cut()).isEqualTo(EpisodeMaster.Cut.PARAGRAPH);
  }

  @Test
  void blockQuotesAreReadInTheQuotationVoiceOrElseByTheSpeaker() throws Exception {
    Script script = script("**Maya:** The authors write:\n\n> Trees talk.\n\nThat is all.\n");
    List<PlannedLine> quoted = plan(script, cast(script, Optional.of("paper")));
    assertThat(quoted).extracting(l -> l.speaker().name()).containsExactly("Ernis", "Maya", "The paper", "Maya",
        "Ernis");
    List<PlannedLine> plain = plan(script, cast(script, Optional.empty()));
    assertThat(plain).extracting(l -> l.speaker().name()).containsExactly("Ernis", "Maya", "Maya", "Maya",
        "Ernis");
  }

  @Test
  void theSameWordsInAnotherVoiceAreCachedApart() throws Exception {
    Script script = script("Same words.\n\n**Maya:** Same words.\n");
    List<PlannedLine> lines = plan(script, cast(script, Optional.empty()));
    assertThat(lines.get(1).text()).isEqualTo(lines.get(2).text());
    assertThat(lines.get(1).key()).isNotEqualTo(lines.get(2).key());
  }

  @Test
  void theCastListsItsPeopleHostFirstWithTheirRoles() throws Exception {
    Cast cast = cast(script("Hi.\n"), Optional.of("paper"));
    assertThat(cast.people()).extracting(Speaker::name).containsExactly("Ernis", "Maya");
    assertThat(cast.roles()).containsExactly(Map.entry("Ernis", "host"), Map.entry("Maya", "guest"));
  }

  @Test
  void controlsCutTheSentenceAndChangeOnlyTheirWords() throws Exception {
    Script script = script("First part,[](pause:1.2s) second part and [this bit](slower:20%) and "
        + "[trees talk](as:Maya), then [NASA](spell) and [Okonkwo](say \"oh kon kwo\") *now*.\n");
    List<PlannedLine> lines = plan(script, cast(script, Optional.empty()));
    List<PlannedLine> body = lines.subList(1, lines.size() - 1);
    assertThat(body).extracting(PlannedLine::text).containsExactly("First part,", "second part and", "this bit",
        "and", "trees talk", ", then NASA and Okonkwo now.");
    assertThat(body.get(1).pauseSeconds()).isEqualTo(1.2);
    assertThat(body.get(2).rate()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(body.get(3).rate()).isEqualTo(1.0);
    assertThat(body.get(4).speaker().name()).isEqualTo("Maya");
    assertThat(body.get(5).speaker().name()).isEqualTo("Ernis");
    PlannedLine last = body.get(5);
    assertThat(last.tokens()).extracting(org.paperledge.speech.Token::text).contains("N", "A", "S", "oh", "kon",
        "kwo", "now");
    int now = last.tokens().stream().map(org.paperledge.speech.Token::text).toList().indexOf("now");
    assertThat(last.reading().emphasis().get(now)).isEqualTo(org.paperledge.speech.ProsodyMarks.Emphasis.EMPHASIS);
    assertThat(last.reading().emphasis().stream().filter(e -> e != org.paperledge.speech.ProsodyMarks.Emphasis.NONE))
        .hasSize(1);
  }

  @Test
  void aControlThatChangesNothingLeavesTheCacheKeyAlone() throws Exception {
    Script plain = script("We read the trees.\n");
    Script said = script("We read the [trees](say \"trees\").\n");
    assertThat(plan(said, cast(said, Optional.empty())).get(1).key())
        .isEqualTo(plan(plain, cast(plain, Optional.empty())).get(1).key());
  }

  @Test
  void aShowThatDisclosesItsVoicesInTheAudioHasTheHostSayItAfterTheIntro() throws Exception {
    Script script = script("Hello.\n");
    Cast cast = cast(script, Optional.empty());
    Show disclosing = new Show(show.name(), show.host(), show.description(), show.baseUrl(), show.link(),
        show.language(), show.author(), show.ownerName(), show.ownerEmail(), show.category(), show.cover(),
        show.copyright(), show.explicit(), "ernis", Optional.empty(), show.timing(), show.bitrateKbps(),
        show.channels(), List.of("mp3"), true);
    List<PlannedLine> lines = new Planner(disclosing, PlannerTest::key)
        .plan(script, cast);
    List<PlannedLine> plain = plan(script, cast);

    assertThat(lines).hasSize(plain.size() + 1);
    assertThat(lines.get(0).text()).isEqualTo(plain.get(0).text()).startsWith("This is PaperLedge");
    assertThat(lines.get(1).text()).isEqualTo(org.paperledge.script.Announcements.disclosure())
        .contains("synthetic");
    assertThat(lines.get(1).speaker().name()).isEqualTo("Ernis");
    assertThat(lines.get(1).pauseSeconds()).isEqualTo(show.timing().sentence());
    assertThat(lines.get(1).cut()).isEqualTo(EpisodeMaster.Cut.NEVER);
    assertThat(lines.subList(2, lines.size())).isEqualTo(plain.subList(1, plain.size()));
    assertThat(plain).noneMatch(l -> l.text().contains("synthetic")); // off by default: the sample audio stays
  }

  @Test
  void aPauseWrittenBetweenTwoSentencesGoesBeforeTheSecondOnTopOfTheSentencePause() throws Exception {
    for (String written : List.of("One thing.[](pause:0.6s) Another thing.\n",
        "One thing. [](pause:0.6s)Another thing.\n", "One thing.[](pause:0.6s)\n\nAnother thing.\n")) {
      Script script = script(written);
      List<PlannedLine> lines = plan(script, cast(script, Optional.empty()));
      PlannedLine second = lines.get(2);
      assertThat(second.text()).as(written).isEqualTo("Another thing.");
      double usual = written.contains("\n\n") ? show.timing().paragraph() : show.timing().sentence();
      assertThat(second.pauseSeconds()).as(written).isCloseTo(usual + 0.6, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void checkSpokenShowsWhatEachControlDoes() throws Exception {
    Script script = script("Wait[](pause:1.2s) for it, [NASA](spell) said [this part](slower:20%) and "
        + "[that](as:Maya), *really*.\n\n**Maya:** Hi. [Faster](faster:10%) now.\n\n**Ernis:** Bye.\n");
    Cast cast = cast(script, Optional.empty());
    assertThat(SpokenLines.of(script, plan(script, cast), cast.host(), show.timing().sentence())).containsExactly(
        "two.md: (intro) This is Paper Ledge, Two.",
        "two.md:8: Wait [pause 1.2 s] for it, N A S A said [slower 20%: this part] and [as Maya: that] *really*.",
        "two.md:10: Maya: Hi. [faster 10%: Faster] now.",
        "two.md:12: Ernis: Bye.",
        "two.md: (credit) Today's paper is by A Author. Thanks for listening to Paper Ledge.");
  }
}
