package org.paperledge.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import org.paperledge.audio.EpisodeMaster;
import org.paperledge.audio.Tasks;
import org.paperledge.cache.ContentStore;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.SynthesizerPool;
import org.paperledge.speech.Trim;

/**
 * The audio of planned lines, delivered in order: each from the segment cache when it is there, else synthesized
 * on its voice's pool (and kept in the cache). Lines are synthesized a few ahead of the one being delivered, so
 * memory holds only those in flight; MaryTTS starts, in the background, only once a line turns out to be missing
 * from the cache.
 */
final class SpeechStream implements AutoCloseable {
  /** The synthesizers for each voice. */
  @FunctionalInterface
  interface Voices {
    SynthesizerPool pool(VoiceProfile voice);
  }

  /**
   * A line's audio and the gain that levels it.
   *
   * @param pcm the trimmed audio, empty when there is nothing to say
   * @param cached whether it came from the cache
   * @param synthesized whether it was synthesized now
   * @param levellingDb the gain that brings it to the common loudness
   */
  record Speech(Pcm pcm, boolean cached, boolean synthesized, double levellingDb) {
    static Speech of(Pcm pcm, boolean cached, boolean synthesized) {
      return new Speech(pcm, cached, synthesized, EpisodeMaster.levelling(pcm.samples()));
    }
  }

  private final Voices voices;
  private final ContentStore segments;
  private final Path script;
  private final Set<SynthesizerPool> prepared = new HashSet<>();
  private final ArrayDeque<Future<Speech>> inFlight = new ArrayDeque<>();
  private List<PlannedLine> lines = List.of();
  private int submitted;
  private int delivered;
  private int hits;
  private int misses;

  /**
   * @param voices the synthesizers of each voice
   * @param segments the segment cache, or null for none
   * @param script the script, for messages
   */
  SpeechStream(Voices voices, ContentStore segments, Path script) {
    this.voices = voices;
    this.segments = segments;
    this.script = script;
  }

  /**
   * Looks at a line as soon as it is planned: at the first one of a voice that the cache lacks, that voice's
   * synthesizer starts in the background, while the rest is planned and what is cached is laid out.
   */
  void planned(PlannedLine line) {
    if (line.silent() || (line.key().isPresent() && segments.contains(line.key().get()))) {
      return;
    }
    SynthesizerPool pool = voices.pool(line.speaker().voice());
    if (prepared.add(pool)) {
      pool.prepare();
    }
  }

  /** Starts delivering {@code planned}, in order. */
  void start(List<PlannedLine> planned) {
    this.lines = List.copyOf(planned);
  }

  /** The audio of the next line. */
  Speech next() throws ToolException, IOException {
    if (delivered >= lines.size()) {
      throw new IllegalStateException("no line left");
    }
    int ahead = 2 * voices.pool(lines.get(delivered).speaker().voice()).threads() + 2;
    while (submitted < lines.size() && submitted <= delivered + ahead) {
      PlannedLine line = lines.get(submitted++);
      inFlight.add(voices.pool(line.speaker().voice()).submit(s -> speak(s, line)));
    }
    Speech speech = Tasks.await(inFlight.poll(), "synthesizing");
    delivered++;
    if (speech.cached()) {
      hits++;
    } else if (speech.synthesized()) {
      misses++;
    }
    return speech;
  }

  /** Lines taken from the cache so far. */
  int hits() {
    return hits;
  }

  /** Lines synthesized so far. */
  int misses() {
    return misses;
  }

  private Speech speak(SynthesizerPool.Lease synthesizer, PlannedLine line) throws ToolException {
    if (line.silent()) {
      return Speech.of(new Pcm(new short[0]), false, false);
    }
    Optional<String> key = line.key();
    if (key.isPresent()) {
      Optional<byte[]> cached = segments.get(key.get());
      if (cached.isPresent()) {
        return Speech.of(Pcm.fromBytes(cached.get(), cached.get().length), true, false);
      }
    }
    try {
      VoiceProfile voice = line.speaker().voice();
      Pcm pcm = Trim.edges(synthesizer.get().synthesize(line.tokens(), line.rate(), voice.design()));
      key.ifPresent(k -> segments.put(k, pcm.toBytes()));
      return Speech.of(pcm, false, true);
    } catch (ToolException e) {
      String where = line.scriptLine() > 0 ? script + ":" + line.scriptLine() : script.toString();
      String text = line.text();
      String quoted = text.length() > 60 ? text.substring(0, 57) + "..." : text;
      throw new ToolException(where + ": speech synthesis failed for \"" + quoted + "\": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    inFlight.forEach(f -> f.cancel(true));
    inFlight.clear();
  }
}
