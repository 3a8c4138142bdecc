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
   * Writes {@code lines} to {@code wav}.
   *
   * @param script the script they come from, for messages
   * @return the seconds of audio written
   */
  public double write(List<PlannedLine> lines, Path script, Path wav) throws ToolException, IOException {
    try (SpeechStream speech = new SpeechStream(voices::pool, cache == null ? null : cache.segments(), script);
        VoiceTrackWriter track = new VoiceTrackWriter(wav)) {
      lines.forEach(speech::planned);
      speech.start(lines);
      for (PlannedLine line : lines) {
        Pcm pcm = speech.next().pcm();
        if (pcm.length() == 0) {
          continue;
        }
        if (track.position() > 0) {
          track.appendSilence(Pcm.fromSeconds(line.pauseSeconds()));
        }
        track.append(pcm);
      }
      return track.position() / (double) Pcm.RATE;
    }
  }
}
