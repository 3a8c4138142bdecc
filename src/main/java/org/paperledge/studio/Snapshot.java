package org.paperledge.studio;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperledge.lint.Finding;
import org.paperledge.render.Cast;
import org.paperledge.render.PlannedLine;
import org.paperledge.script.Script;
import org.paperledge.show.Show;

/**
 * One build of the episode that can be played: the script as parsed, its plan, {@code check}'s findings, and the
 * audio of every line. Never changed once made; the studio replaces it whole.
 *
 * @param script the script
 * @param show the show file, as it was read for this build
 * @param cast who speaks
 * @param lines the planned lines, the host's intro first and credit last
 * @param spans where each line is written in the script
 * @param findings what {@code check} says of the script (warnings only: a script with errors is not built)
 * @param audio the episode's audio
 * @param changed the lines whose audio is new in this build
 * @param stats what the build did and how long it took
 */
record Snapshot(Script script, Show show, Cast cast, List<PlannedLine> lines, List<Optional<SourceSpans.Span>> spans,
    List<Finding> findings, EpisodeAudio audio, List<Integer> changed, Stats stats) {
  Snapshot {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(show, "show");
    Objects.requireNonNull(cast, "cast");
    lines = List.copyOf(lines);
    spans = List.copyOf(spans);
    findings = List.copyOf(findings);
    Objects.requireNonNull(audio, "audio");
    changed = List.copyOf(changed);
    Objects.requireNonNull(stats, "stats");
    if (spans.size() != lines.size() || audio.lines() != lines.size()) {
      throw new IllegalArgumentException("spans and audio must cover every line");
    }
  }

  /**
   * What one build did.
   *
   * @param millis from the first file event of the edit (or the request) to the build's end
   * @param waitMillis of those, spent waiting for the editor to finish writing
   * @param planMillis reading, checking and planning
   * @param speakMillis fetching and synthesizing the lines it did not hold
   * @param assembleMillis laying the episode out
   * @param synthesized lines synthesized
   * @param fromCache lines read from the segment cache
   * @param kept lines whose audio the studio held already
   */
  record Stats(long millis, long waitMillis, long planMillis, long speakMillis, long assembleMillis,
      int synthesized, int fromCache, int kept) {}
}
