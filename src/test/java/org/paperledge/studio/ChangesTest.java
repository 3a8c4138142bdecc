package org.paperledge.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Lexicon;
import org.paperledge.model.VoiceDesign;
import org.paperledge.render.Cast;
import org.paperledge.render.PlannedLine;
import org.paperledge.render.Planner;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.SegmentKey;

/** Which sentences need speaking after which edit: the plans before and after, compared by their cache keys. */
class ChangesTest {
  private static final String FRONT = "---\ntitle: Two Voices\ndate: 2026-11-30\ncast:\n  Maya: maya\n"
      + "authors: [A. Author]\n---\n";
  private static final String BODY = "Hello there, I am Ernis. Trees talk to each other.\n\n"
      + "**Maya:** They do. Roots carry the signal.\n\n"
      + "## How they listened\n\n"
      + "**Ernis:** The team used microphones. Trees talk to each other.\n";
  private static Show show;

  @BeforeAll
  static void load() throws Exception {
    show = Show.load(Path.of("show.yaml"));
  }

  private static VoiceProfile profile(String name, String speaker, double rate, VoiceDesign design) {
    return new VoiceProfile(name, speaker, "cmu-slt-hsmm", rate, "", Lexicon.EMPTY, design, Optional.empty());
  }

  private static final Map<String, VoiceProfile> VOICES = Map.of("ernis", profile("ernis", "Ernis", 1.0,
      VoiceDesign.NONE), "maya", profile("maya", "Maya", 1.0, VoiceDesign.NONE), "paper",
      profile("paper", "The paper", 1.0, VoiceDesign.NONE));

  private static List<PlannedLine> plan(String text, Show with, Map<String, VoiceProfile> voices) throws Exception {
    Script script = new ScriptParser().parse(Path.of("ep.md"), text);
    return new Planner(with, (voice, tokens, rate, reading) -> SegmentKey.of("test-engine", tokens, rate,
        voice.effects(), voice.design(), reading)).plan(script, Cast.of(script, with, voices::get));
  }

  private static List<PlannedLine> plan(String text) throws Exception {
    return plan(text, show, VOICES);
  }

  /** The studio holds the audio of exactly the lines of {@code held}. */
  private static Changes changes(List<PlannedLine> before, List<PlannedLine> after) {
    Set<String> held = before.stream().flatMap(l -> l.key().stream()).collect(Collectors.toSet());
    return Changes.between(before, after, held::contains);
  }

  private static List<String> texts(List<PlannedLine> lines, List<Integer> indices) {
    return indices.stream().map(i -> lines.get(i).text()).toList();
  }

  @Test
  void theFirstBuildSpeaksEveryLineOnceEvenASentenceSaidTwice() throws Exception {
    List<PlannedLine> lines = plan(FRONT + BODY);
    Changes first = Changes.between(List.of(), lines, key -> false);
    assertThat(lines).hasSize(8); // the intro, six sentences, the credit
    assertThat(texts(lines, first.toSpeak())).hasSize(7).containsOnlyOnce("Trees talk to each other.");
    assertThat(first.changed()).hasSize(8);
    assertThat(first.soundChanged()).isTrue();
  }

  @Test
  void aHeadingsWordingOrACommentChangesNoSound() throws Exception {
    List<PlannedLine> before = plan(FRONT + BODY);
    for (String edited : List.of(BODY.replace("## How they listened", "## How they listend"),
        BODY.replace("**Maya:**", "<!-- a note for the producer -->\n\n**Maya:**"),
        BODY + "\n<!-- the end -->\n")) {
      Changes changes = changes(before, plan(FRONT + edited));
      assertThat(changes.toSpeak()).isEmpty();
      assertThat(changes.changed()).isEmpty();
      assertThat(changes.soundChanged()).isFalse();
    }
  }

  @Test
  void editingOneSentenceSpeaksThatSentenceAlone() throws Exception {
    List<PlannedLine> before = plan(FRONT + BODY);
    List<PlannedLine> after = plan(FRONT + BODY.replace("Roots carry the signal.", "Roots carry the news."));
    Changes changes = changes(before, after);
    assertThat(texts(after, changes.toSpeak())).containsExactly("Roots carry the news.");
    assertThat(changes.changed()).isEqualTo(changes.toSpeak());
    assertThat(changes.soundChanged()).isTrue();
  }

  @Test
  void aNewHeadingOrAnotherPauseMovesTheSoundButSpeaksNothing() throws Exception {
    List<PlannedLine> before = plan(FRONT + BODY);
    Changes heading = changes(before, plan(FRONT + BODY.replace("**Maya:**", "## Maya speaks\n\n**Maya:**")));
    assertThat(heading.toSpeak()).isEmpty();
    assertThat(heading.soundChanged()).isTrue();
    Show slower = new Show(show.name(), show.host(), show.description(), show.baseUrl(), show.link(),
        show.language(), show.author(), show.ownerName(), show.ownerEmail(), show.category(), show.cover(),
        show.copyright(), show.explicit(), show.voice(), Optional.empty(), new Show.Timing(0.6,
        show.timing().paragraph(), show.timing().chapter(), show.timing().turn()), show.bitrateKbps(),
        show.channels());
    Changes pause = changes(before, plan(FRONT + BODY, slower, VOICES));
    assertThat(pause.toSpeak()).isEmpty();
    assertThat(pause.soundChanged()).isTrue();
  }

  @Test
  void anEpisodePronunciationSpeaksTheSentencesWithTheWord() throws Exception {
    List<PlannedLine> before = plan(FRONT + BODY);
    List<PlannedLine> after = plan(FRONT.replace("authors:", "lexicon:\n  Trees: \"/t r i: z/\"\nauthors:") + BODY);
    Changes changes = changes(before, after);
    // the sentence said twice is spoken once, in Ernis's voice both times
    assertThat(texts(after, changes.toSpeak())).containsExactly("Trees talk to each other.");
    assertThat(texts(after, changes.changed())).containsExactly("Trees talk to each other.",
        "Trees talk to each other.");
  }

  @Test
  void aVoiceSettingSpeaksThatVoicesLinesAndNoOthers() throws Exception {
    List<PlannedLine> before = plan(FRONT + BODY);
    Map<String, VoiceProfile> faster = Map.of("ernis", VOICES.get("ernis"), "maya",
        profile("maya", "Maya", 1.1, VoiceDesign.NONE), "paper", VOICES.get("paper"));
    List<PlannedLine> after = plan(FRONT + BODY, show, faster);
    assertThat(texts(after, changes(before, after).toSpeak())).containsExactly("They do.",
        "Roots carry the signal.");
  }

  @Test
  void undoingAnEditSpeaksNothingWhatIsHeldOrCachedIsNotSpokenAgain() throws Exception {
    List<PlannedLine> original = plan(FRONT + BODY);
    List<PlannedLine> edited = plan(FRONT + BODY.replace("They do.", "They really do."));
    Set<String> held = original.stream().flatMap(l -> l.key().stream()).collect(Collectors.toSet());
    edited.forEach(l -> l.key().ifPresent(held::add));
    Changes undo = Changes.between(edited, original, held::contains);
    assertThat(undo.toSpeak()).isEmpty();
    assertThat(texts(original, undo.changed())).containsExactly("They do.");
    assertThat(undo.soundChanged()).isTrue();
  }
}
