package org.paperledge.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.paperledge.model.ToolException;
import org.paperledge.render.Planner;
import org.paperledge.render.Preview;
import org.paperledge.render.Speaker;
import org.paperledge.render.Voices;
import org.paperledge.speech.SynthesizerPool;

/**
 * Gets MaryTTS ready for the first edit: a first synthesis starts MaryTTS's modules, and in a new JVM the
 * vocoder runs several times slower until the JIT has compiled it. When the first build took everything from the
 * cache, a few throw-away sentences (never cached) are spoken in every voice of the cast, on every synthesis
 * thread.
 */
final class WarmUp {
  /** Sentences spoken once, uncached. */
  static final String TEXT = "The studio is warming up its voices. Every sentence spoken here is thrown away."
      + " Edits to the script are heard within a second. The last of these sentences ends the warm-up.";

  private WarmUp() {}

  /**
   * Warms the voices of {@code built} up, unless its build synthesized enough already.
   *
   * @param stop whether to stop early (the studio is closing)
   * @return what went wrong, or null
   */
  static String run(Snapshot built, Voices voices, BooleanSupplier stop) {
    if (built.stats().synthesized() >= 2 * voices.threads() + 2) {
      return null;
    }
    // one speaker per pool: profiles that share a MaryTTS set-up share its synthesizers
    Map<SynthesizerPool, Speaker> pools = new LinkedHashMap<>();
    built.cast().people().forEach(p -> pools.putIfAbsent(voices.pool(p.voice()), p));
    built.cast().quotes().ifPresent(p -> pools.putIfAbsent(voices.pool(p.voice()), p));
    Preview uncached = new Preview(voices, null);
    for (Speaker speaker : pools.values()) {
      if (stop.getAsBoolean()) {
        return null;
      }
      try {
        uncached.speak(new Planner(built.show(), null).plan(TEXT, speaker, Map.of()), Path.of("warm-up"),
            (line, spoken) -> { });
      } catch (ToolException | IOException e) {
        return stop.getAsBoolean() ? null : "warming up the voice " + speaker.voice().name() + " failed: "
            + e.getMessage();
      }
    }
    return null;
  }
}
