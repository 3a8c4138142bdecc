package org.paperledge.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.MarySynthesizer;
import org.paperledge.speech.SynthesizerPool;

/**
 * The synthesizers of every voice a run speaks with: one {@link SynthesizerPool} per engine set-up (MaryTTS voice
 * and audio effects), shared by every profile and episode that uses it, started only when first needed.
 */
public final class Voices implements AutoCloseable {
  /** Makes the pool for one engine set-up. */
  @FunctionalInterface
  public interface Engines {
    SynthesizerPool pool(Setup setup, int threads);
  }

  /**
   * What a synthesizer is started with; profiles that agree on it share synthesizers.
   *
   * @param maryVoice the MaryTTS voice
   * @param effects its MaryTTS audio effects, empty for none
   */
  public record Setup(String maryVoice, String effects) {
    static Setup of(VoiceProfile voice) {
      return new Setup(voice.maryVoice(), voice.effects());
    }
  }

  private final Engines engines;
  private final int threads;
  private final Map<Setup, SynthesizerPool> pools = new LinkedHashMap<>();

  private Voices(Engines engines, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.engines = engines;
    this.threads = threads;
  }

  /** MaryTTS, on {@code threads} threads per set-up. */
  public static Voices mary(int threads) {
    return new Voices((setup, n) -> SynthesizerPool.of(() -> MarySynthesizer.start(setup.maryVoice(),
        setup.effects()), n, MarySynthesizer.describe(setup.maryVoice(), setup.effects())), threads);
  }

  /** Other engines (tests). */
  public static Voices of(Engines engines, int threads) {
    return new Voices(engines, threads);
  }

  /** The synthesizers that speak for {@code voice}. */
  public synchronized SynthesizerPool pool(VoiceProfile voice) {
    return pools.computeIfAbsent(Setup.of(voice), setup -> engines.pool(setup, threads));
  }

  /** Synthesis threads per set-up. */
  public int threads() {
    return threads;
  }

  @Override
  public void close() {
    List<SynthesizerPool> all;
    synchronized (this) {
      all = new ArrayList<>(pools.values());
      pools.clear();
    }
    all.forEach(SynthesizerPool::close);
  }
}
