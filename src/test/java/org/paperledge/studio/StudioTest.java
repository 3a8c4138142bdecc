package org.paperledge.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.cache.CacheFolder;
import org.paperledge.lint.Finding;
import org.paperledge.lint.LexiconEditor;
import org.paperledge.render.PlannedLine;
import org.paperledge.render.Voices;
import org.paperledge.speech.SynthesizerPool;

/**
 * The studio on real files, watched, with a synthesizer that speaks a tone a tenth of a second per word: what each
 * edit makes it synthesize, what the page is told, and what a bad edit keeps.
 */
class StudioTest {
  private static final String SCRIPT = "---\ntitle: Listening Roots\ndate: 2026-12-01\n---\n"
      + "Roots listen to the soil. Each root hears the rain.\n\n"
      + "## What we found\n\n"
      + "The roots answered in clicks. Roots listen to the soil.\n";

  @TempDir
  Path dir;

  private final List<String> synthesized = Collections.synchronizedList(new ArrayList<>());
  private final LinkedBlockingQueue<State> states = new LinkedBlockingQueue<>();
  private Path script;
  private Path lexicon;
  private Studio studio;

  @BeforeEach
  void open() throws Exception {
    Path voices = Files.createDirectories(dir.resolve("voices"));
    Files.writeString(dir.resolve("show.yaml"), "name: Test Show\nhost: Ernis\nbase-url: https://example.org/\n"
        + "link: https://example.org/\nowner-email: a@example.org\nvoice: ernis\nquote-voice: none\n");
    Files.writeString(voices.resolve("ernis.yaml"), "speaker: Ernis\nlexicon: ernis.lexicon\n");
    lexicon = voices.resolve("ernis.lexicon");
    Files.writeString(lexicon, "# the host's words\nPaperLedge = paper ledge\n");
    script = Files.createDirectories(dir.resolve("scripts")).resolve("roots.md");
    Files.writeString(script, SCRIPT);
    Voices tone = Voices.of((setup, threads) -> SynthesizerPool.of(new Tone(synthesized)), 1);
    studio = Studio.open(new Studio.Inputs(script, dir.resolve("show.yaml"), voices), tone,
        CacheFolder.at(dir.resolve("cache")), line -> { });
    studio.listen(states::add);
    studio.start();
  }

  @AfterEach
  void close() {
    studio.close();
  }

  private State await(Predicate<State> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      State state = states.poll(100, TimeUnit.MILLISECONDS);
      if (state != null && wanted.test(state)) {
        return state;
      }
    }
    throw new AssertionError("no such state came; the last: " + studio.state());
  }

  private State built(Predicate<Snapshot> wanted) throws InterruptedException {
    return await(s -> s.busy().isEmpty() && s.problems().isEmpty() && s.good().filter(wanted).isPresent());
  }

  private static List<String> texts(Snapshot snapshot) {
    return snapshot.lines().stream().map(PlannedLine::text).toList();
  }

  /** Replaces the script the way many editors save: a new file renamed over the old. */
  private void save(String text) throws Exception {
    Path tmp = script.resolveSibling(".roots.md.swp");
    Files.writeString(tmp, text);
    Files.move(tmp, script, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void eachEditSynthesizesOnlyWhatItChangedAndABadEditKeepsTheLastGoodAudio() throws Exception {
    Snapshot first = built(s -> true).good().orElseThrow();
    await(State::warm);
    assertThat(texts(first)).hasSize(6).contains("Roots listen to the soil.", "The roots answered in clicks.");
    assertThat(first.stats().synthesized()).isEqualTo(5); // a sentence said twice is synthesized once
    assertThat(first.audio().seconds()).isGreaterThan(2.0);
    synthesized.clear();

    save(SCRIPT.replace("## What we found", "## What we heard"));
    Snapshot heading = built(s -> s.script().chapters().get(1).title().equals("What we heard")).good().get();
    assertThat(synthesized).isEmpty();
    assertThat(heading.audio()).isSameAs(first.audio()); // the page keeps its audio: nothing to load

    save(SCRIPT.replace("Each root hears the rain.", "Each root hears the rain falling."));
    Snapshot edited = built(s -> texts(s).contains("Each root hears the rain falling.")).good().get();
    assertThat(synthesized).containsExactly("Each root hears the rain falling");
    assertThat(edited.audio().version()).isEqualTo(first.audio().version() + 1);
    assertThat(edited.changed()).containsExactly(texts(edited).indexOf("Each root hears the rain falling."));
    assertThat(edited.stats().kept()).isEqualTo(4);

    Files.writeString(script, SCRIPT.replace("date: 2026-12-01", "date: 2026-12-41"));
    State broken = await(s -> !s.problems().isEmpty());
    Finding problem = broken.problems().get(0);
    assertThat(problem.file()).isEqualTo(script);
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isPositive();
    assertThat(problem.severity()).isEqualTo(Finding.Severity.ERROR);
    assertThat(broken.good().orElseThrow().audio()).isSameAs(edited.audio());

    Files.writeString(script, SCRIPT);
    Snapshot back = built(s -> texts(s).contains("Each root hears the rain.")).good().get();
    assertThat(synthesized).hasSize(1); // the original sentence came from the segment cache
    assertThat(back.stats().fromCache()).isEqualTo(1);
  }

  @Test
  void aPronunciationIsHeardThenKeptInTheVoicesLexiconAndTheEpisodeReRenders() throws Exception {
    Snapshot first = built(s -> true).good().orElseThrow();
    await(State::warm);
    synthesized.clear();
    int line = texts(first).indexOf("The roots answered in clicks.");
    Pronunciations.Heard heard = studio.pronunciations().hear(line, "The roots answered in clicks.", "clicks",
        "/k l I k s/");
    assertThat(heard.wav()).hasSize(EpisodeAudio.HEADER + 5 * 4_800 * 2);
    assertThat(synthesized).containsExactly("The roots answered in clicks /k l I k s/");
    assertThatThrownBy(() -> studio.pronunciations().hear(line, "another sentence", "clicks", "klicks"))
        .isInstanceOf(LexiconEditor.Refusal.class);

    Path file = studio.pronunciations().keep(line, "The roots answered in clicks.", "clicks", "/k l I k s/",
        Pronunciations.Target.VOICE);
    assertThat(file).isEqualTo(lexicon);
    assertThat(Files.readString(lexicon)).isEqualTo("# the host's words\nPaperLedge = paper ledge\n"
        + "clicks = /k l I k s/\n");
    Snapshot kept = built(s -> s.lines().stream().anyMatch(l -> l.tokens().stream()
        .anyMatch(t -> t.phonemes().isPresent()))).good().get();
    // the sentence heard is in the segment cache already: keeping it synthesizes nothing more
    assertThat(synthesized).hasSize(1);
    assertThat(kept.stats().fromCache()).isEqualTo(1);

    studio.pronunciations().keep(line, "The roots answered in clicks.", "Roots", "roots", Pronunciations.Target.EPISODE);
    assertThat(Files.readString(script)).startsWith("---\ntitle: Listening Roots\ndate: 2026-12-01\nlexicon:\n"
        + "  Roots: roots\n---\n");
    built(s -> s.script().lexicon().containsKey("Roots"));
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part"))).isEmpty();
    }
  }

  @Test
  void aProducersControlCutsASentenceIntoLinesEachPlacedInTheScriptAndABadOneIsAnErrorAtItsColumn()
      throws Exception {
    built(s -> true);
    save(SCRIPT.replace("Each root hears the rain.", "Each root hears [](pause:1s) the rain."));
    Snapshot paused = built(s -> texts(s).contains("the rain.")).good().get();
    int before = texts(paused).indexOf("Each root hears");
    int after = texts(paused).indexOf("the rain.");
    assertThat(after).isEqualTo(before + 1);
    // line 5 of the script: "Roots listen to the soil. Each root hears [](pause:1s) the rain."
    assertThat(paused.spans().get(before)).hasValue(new SourceSpans.Span(5, 27, 5, 41));
    assertThat(paused.spans().get(after)).hasValue(new SourceSpans.Span(5, 56, 5, 64));
    assertThat(paused.audio().start(after) - paused.audio().end(before)).isCloseTo(1.0,
        org.assertj.core.data.Offset.offset(1e-9));

    save(SCRIPT.replace("Each root hears the rain.", "Each root hears [the rain](louder:10%)."));
    State rejected = await(s -> !s.problems().isEmpty());
    Finding problem = rejected.problems().get(0);
    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.column()).isEqualTo(43);
    assertThat(problem.message()).startsWith("unknown control 'louder'");
    assertThat(rejected.good().orElseThrow().audio()).isSameAs(paused.audio());
  }
}
