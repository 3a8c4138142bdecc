package org.paperledge.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.paperledge.lint.Finding;
import org.paperledge.lint.ScriptChecker;
import org.paperledge.model.InputException;
import org.paperledge.model.ToolException;
import org.paperledge.render.Cast;
import org.paperledge.render.PlannedLine;
import org.paperledge.render.Planner;
import org.paperledge.render.Preview;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.MaryLexicon;

/**
 * Builds the studio's snapshots, one edit at a time: reads the show file, the voice profiles and the script again
 * (milliseconds), checks and plans them as {@code check} and {@code render} do, and speaks only the lines whose
 * audio it does not hold from the last build, from the segment cache or by synthesis. Used by one thread.
 */
final class Builder {
  /** Told how far speaking has got. */
  @FunctionalInterface
  interface Progress {
    void update(int done, int total);
  }

  /**
   * What a build gave: a snapshot, or the errors that stopped it.
   *
   * @param snapshot the new snapshot, if the edit built
   * @param problems the errors, each with its file, line and column, if it did not
   */
  record Outcome(Optional<Snapshot> snapshot, List<Finding> problems) {
    Outcome {
      java.util.Objects.requireNonNull(snapshot, "snapshot");
      problems = List.copyOf(problems);
    }

    static Outcome failed(List<Finding> problems) {
      return new Outcome(Optional.empty(), problems);
    }
  }

  private final Studio.Inputs inputs;
  private final Preview preview;
  private final MaryLexicon mary;
  /** The levelled audio of every line of the last snapshot, by cache key. */
  private Map<String, byte[]> held = Map.of();
  private int audioVersion;

  Builder(Studio.Inputs inputs, Preview preview, MaryLexicon mary) {
    this.inputs = inputs;
    this.preview = preview;
    this.mary = mary;
  }

  /**
   * Builds the episode as the files are now.
   *
   * @param previous the last snapshot that built, if any
   * @param since when the edit began (the first file event), {@link System#nanoTime()}
   * @param waited how long of that was spent waiting for the editor to finish writing, nanoseconds
   */
  Outcome build(Optional<Snapshot> previous, long since, long waited, Progress progress) {
    long planning = System.nanoTime();
    Read read;
    try {
      read = read();
    } catch (InputException e) {
      return Outcome.failed(List.of(problem(e)));
    } catch (Unparsed e) {
      return Outcome.failed(e.problems);
    }
    Script script = read.script();
    // check's findings decide whether the edit builds, but its work overlaps with planning and speaking
    CompletableFuture<List<Finding>> checked = CompletableFuture.supplyAsync(() -> read.checker().check(script,
        read.voice()));
    List<PlannedLine> lines = new Planner(read.show(), preview.keys()).plan(script, read.cast());
    Changes changes = Changes.between(previous.map(Snapshot::lines).orElse(List.of()), lines, held::containsKey);
    long speaking = System.nanoTime();
    Map<String, byte[]> audio = new HashMap<>();
    for (PlannedLine line : lines) {
      line.key().filter(held::containsKey).ifPresent(k -> audio.put(k, held.get(k)));
    }
    int kept = audio.size();
    int[] counts = new int[2];
    Optional<Finding> failure = speak(changes.toSpeak().stream().map(lines::get).toList(), script, audio, counts,
        progress);
    long spoken = System.nanoTime();
    List<Finding> findings = checked.join();
    List<Finding> errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
    if (!errors.isEmpty() || failure.isPresent()) {
      return Outcome.failed(errors.isEmpty() ? List.of(failure.get()) : errors);
    }
    long assembling = System.nanoTime();
    EpisodeAudio episode = previous.isPresent() && !changes.soundChanged() ? previous.get().audio()
        : EpisodeAudio.assemble(++audioVersion, lines, l -> l.silent() ? new byte[0] : audio.get(l.key().get()));
    held = audio;
    long done = System.nanoTime();
    // waiting for check is planning's, once speaking is over
    Snapshot.Stats stats = new Snapshot.Stats(millis(done - since), millis(waited), millis(speaking - planning
        + assembling - spoken), millis(spoken - speaking), millis(done - assembling), counts[0], counts[1], kept);
    return new Outcome(Optional.of(new Snapshot(script, read.show(), read.cast(), lines, SourceSpans.of(script,
        lines), findings, episode, changes.changed(), stats)), List.of());
  }

  /**
   * The inputs as read for one build.
   *
   * @param show the show file
   * @param script the script
   * @param cast who speaks
   * @param checker {@code check}, set up for this show
   * @param voice the host's voice, as {@code check} reads the script with it
   */
  private record Read(Show show, Script script, Cast cast, ScriptChecker checker, ScriptChecker.Voice voice) {}

  /** The script did not parse: {@code check}'s findings say why. */
  private static final class Unparsed extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Finding> problems;

    Unparsed(List<Finding> problems) {
      super(problems.isEmpty() ? "" : problems.get(0).message(), null, false, false);
      this.problems = List.copyOf(problems);
    }
  }

  private Read read() throws InputException, Unparsed {
    Show show = Show.load(inputs.showFile());
    ScriptParser parser = new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES,
        name -> VoiceProfile.exists(inputs.voices(), name), show.host());
    ScriptChecker checker = new ScriptChecker(parser, mary);
    ScriptChecker.Result parsed = checker.parse(inputs.script());
    if (parsed.script().isEmpty()) {
      throw new Unparsed(parsed.findings());
    }
    Map<String, VoiceProfile> profiles = new HashMap<>();
    Cast cast = Cast.of(parsed.script().get(), show, name -> {
      VoiceProfile profile = profiles.get(name);
      if (profile == null) {
        profile = VoiceProfile.load(inputs.voices(), name);
        profiles.put(name, profile);
      }
      return profile;
    });
    VoiceProfile host = cast.host().voice();
    ScriptChecker.Voice voice = new ScriptChecker.Voice(host.lexicon(), host.lexiconFile().map(Path::toString)
        .orElse("a lexicon file (" + inputs.voices().resolve(host.name() + ".yaml") + " names none: add 'lexicon:"
            + " FILE')"));
    return new Read(show, parsed.script().get(), cast, checker, voice);
  }

  /**
   * Speaks {@code missing} into {@code audio} (levelled, by key), counting in {@code counts} the lines synthesized
   * and those read from the cache.
   *
   * @return why it failed, if it did
   */
  private Optional<Finding> speak(List<PlannedLine> missing, Script script, Map<String, byte[]> audio, int[] counts,
      Progress progress) {
    try {
      preview.speak(missing, script.file(), (line, spoken) -> {
        audio.put(line.key().orElseThrow(), EpisodeAudio.level(spoken.pcm(), spoken.levellingDb()));
        counts[spoken.synthesized() ? 0 : 1]++;
        progress.update(counts[0] + counts[1], missing.size());
      });
      return Optional.empty();
    } catch (ToolException | IOException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return Optional.of(new Finding(script.file(), 0, 0, Finding.Severity.ERROR, message, Optional.empty()));
    }
  }

  /** An input error as the page shows it: a line without a column points at the line's start. */
  static Finding problem(InputException e) {
    int column = e.column() > 0 ? e.column() : e.line() > 0 ? 1 : 0;
    return new Finding(e.file(), e.line(), column, Finding.Severity.ERROR, e.getMessage(), Optional.empty());
  }

  private static long millis(long nanos) {
    return Math.round(nanos / 1e6);
  }
}
