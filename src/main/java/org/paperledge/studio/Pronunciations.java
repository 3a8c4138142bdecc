package org.paperledge.studio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.paperledge.lint.LexiconEditor;
import org.paperledge.lint.ScriptChecker;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;
import org.paperledge.render.PlannedLine;
import org.paperledge.render.Planner;
import org.paperledge.render.Preview;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.VoiceProfile;

/**
 * Fixing a pronunciation from the page: hear a sentence with an entry the lexicons do not have yet, then keep it.
 * Keeping writes to one of two files only, the episode's script (its front matter {@code lexicon:} map) or the
 * lexicon file of the sentence's voice, through {@link LexiconEditor} (the edit behind {@code lexicon add}: the
 * file is written beside itself, read back, and renamed over the old one). The page names neither file; it says
 * which of the two, and the studio knows their paths.
 */
final class Pronunciations {
  /** Where a kept entry goes. */
  enum Target {
    /** The episode's front matter. */
    EPISODE,
    /** The lexicon file of the sentence's voice profile. */
    VOICE
  }

  /**
   * A sentence heard with a trial entry.
   *
   * @param wav the audio
   * @param spoken what the voice was given, as {@code check --spoken} prints it
   */
  record Heard(byte[] wav, String spoken) {}

  private final Supplier<Optional<Snapshot>> current;
  private final Preview preview;
  private final Path voices;
  private final Runnable rebuild;
  /** Held while a file is being edited, and by {@link #close()}, so that stopping never cuts an edit short. */
  private final ReentrantLock editing = new ReentrantLock();
  private boolean closed;

  /**
   * @param current the last snapshot that built
   * @param rebuild asks for a build once an entry is kept
   */
  Pronunciations(Supplier<Optional<Snapshot>> current, Preview preview, Path voices, Runnable rebuild) {
    this.current = current;
    this.preview = preview;
    this.voices = voices;
    this.rebuild = rebuild;
  }

  /**
   * Line {@code line} of the current snapshot (written {@code text}) spoken with {@code written = spoken} added to the episode's own
   * entries. The audio is kept in the segment cache like any other, so keeping the entry re-renders at once.
   */
  Heard hear(int line, String text, String written, String spoken) throws LexiconEditor.Refusal, ToolException,
      IOException {
    Snapshot snapshot = snapshot();
    PlannedLine planned = line(snapshot, line, text);
    LexiconEditor.Entry entry = LexiconEditor.Entry.parse(written + " = " + spoken);
    Map<String, String> lexicon = new HashMap<>(snapshot.script().lexicon());
    lexicon.put(entry.written(), entry.spoken());
    List<PlannedLine> lines = new Planner(snapshot.show(), preview.keys()).plan(planned.text(), planned.speaker(),
        lexicon);
    ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    StringBuilder said = new StringBuilder();
    preview.speak(lines, snapshot.script().file(), (l, audio) -> {
      if (audio.pcm().length() > 0) {
        if (pcm.size() > 0) {
          pcm.write(new byte[(int) Pcm.fromSeconds(l.pauseSeconds()) * 2]);
        }
        pcm.write(EpisodeAudio.level(audio.pcm(), audio.levellingDb()));
      }
      said.append(said.length() > 0 ? " " : "").append(ScriptChecker.spoken(l.tokens()));
    });
    return new Heard(EpisodeAudio.wav(pcm.toByteArray()), said.toString());
  }

  /**
   * Keeps {@code written = spoken}: in the episode's front matter, or in the lexicon file of line {@code line}'s
   * voice; then asks for a build.
   *
   * @return the file written
   */
  Path keep(int line, String text, String written, String spoken, Target target) throws LexiconEditor.Refusal,
      IOException {
    Snapshot snapshot = snapshot();
    PlannedLine planned = line(snapshot, line, text);
    LexiconEditor.Entry entry = LexiconEditor.Entry.parse(written + " = " + spoken);
    editing.lock();
    try {
      if (closed) {
        throw new LexiconEditor.Refusal("the studio is stopping; nothing was written");
      }
      Path file;
      if (target == Target.EPISODE) {
        file = snapshot.script().file();
        LexiconEditor.addToEpisode(file, entry, new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES,
            name -> VoiceProfile.exists(voices, name), snapshot.show().host()));
      } else {
        VoiceProfile voice = planned.speaker().voice();
        file = voice.lexiconFile().orElseThrow(() -> new LexiconEditor.Refusal(voices.resolve(voice.name()
            + ".yaml") + " names no lexicon file; add 'lexicon: " + voice.name() + ".lexicon' to it"));
        LexiconEditor.addToLexiconFile(file, entry);
      }
      rebuild.run();
      return file;
    } finally {
      editing.unlock();
    }
  }

  /** The lexicon file line {@code line}'s voice names, if it names one. */
  static Optional<Path> voiceLexicon(PlannedLine line) {
    return line.speaker().voice().lexiconFile();
  }

  /** Waits for an edit under way to end (a few milliseconds), then refuses any other. */
  void close() {
    try {
      if (editing.tryLock(10, TimeUnit.SECONDS)) {
        try {
          closed = true;
        } finally {
          editing.unlock();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Snapshot snapshot() throws LexiconEditor.Refusal {
    return current.get().orElseThrow(() -> new LexiconEditor.Refusal("the episode has not built yet"));
  }

  /** Line {@code line}, which the page saw as {@code text}: an edit since may have moved the sentences. */
  private static PlannedLine line(Snapshot snapshot, int line, String text) throws LexiconEditor.Refusal {
    if (line < 0 || line >= snapshot.lines().size() || !snapshot.lines().get(line).text().equals(text)) {
      throw new LexiconEditor.Refusal("that sentence is no longer in the episode as the page shows it; try again");
    }
    return snapshot.lines().get(line);
  }
}
