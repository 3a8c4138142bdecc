package org.paperledge.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.paperledge.audio.VoiceTrackWriter;
import org.paperledge.cache.CacheFolder;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;
import org.paperledge.speech.SegmentKey;

/**
 * Speaks planned lines to a WAV file with their pauses, without music or mastering: a quick preview of a sentence
 * or a chapter. Each line is exactly what a render of the same line synthesizes (same voice set-up, same trim,
 * same cache), so what the preview plays is what the episode will say.
 */
public final class Preview {
  private final Voices voices;
  private final CacheFolder cache;

  /** @param cache the cache folder, or null to synthesize afresh */
  public Preview(Voices voices, CacheFolder cache) {
    this.voices = voices;
    this.cache = cache;
  }

  /** The cache keys lines get, or null without a cache. */
  public Planner.Keys keys() {
    return cache == null ? null
        : (voice, tokens, rate, reading) -> SegmentKey.of(voices.pool(voice).describe(), tokens, rate,
            voice.effects(), voice.design(), reading);
  }

  /**
   * A line's audio, as a render lays it out.
   *
   * @param pcm the trimmed audio, empty when there is nothing to say
   * @param levellingDb the gain that brings it to the episode's common loudness
   * @param cached whether it came from the segment cache
   * @param synthesized whether it was synthesized now
   */
  public record Spoken(Pcm pcm, double levellingDb, boolean cached, boolean synthesized) {
    public Spoken {
      java.util.Objects.requireNonNull(pcm, "pcm");
    }
  }

  /** Takes each line's audio, in order, as soon as it is there. */
  @FunctionalInterface
  public interface Sink {
    void accept(PlannedLine line, Spoken spoken) throws IOException;
  }

  /**
   * Speaks {@code lines}, in order, into {@code sink}: each from the cache when it is there, else synthesized
   * (a few ahead of the one handed over) and kept in the cache.
   *
   * @param script the script they come from, for messages
   */
  public void speak(List<PlannedLine> lines, Path script, Sink sink) throws ToolException, IOException {
    try (SpeechStream speech = new SpeechStream(voices::pool, cache == null ? null : cache.segments(), script)) {
      lines.forEach(speech::planned);
      speech.start(lines);
      for (PlannedLine line : lines) {
        SpeechStream.Speech said = speech.next();
        sink.accept(line, new Spoken(said.pcm(), said.levellingDb(), said.cached(), said.synthesized()));
      }
    }
  }

  /**
   * Writes {@code lines} to {@code wav}.
   *
   * @param script the script they come from, for messages
   * @return the seconds of audio written
   */
  public double write(List<PlannedLine> lines, Path script, Path wav) throws ToolException, IOException {
    try (VoiceTrackWriter track = new VoiceTrackWriter(wav)) {
      speak(lines, script, (line, spoken) -> {
        if (spoken.pcm().length() == 0) {
          return;
        }
        if (track.position() > 0) {
          track.appendSilence(Pcm.fromSeconds(line.pauseSeconds()));
        }
        track.append(spoken.pcm());
      });
      return track.position() / (double) Pcm.RATE;
    }
  }
}
