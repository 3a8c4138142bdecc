package org.paperledge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.bench.PitchEstimator;
import org.paperledge.bench.PitchTrack;
import org.paperledge.cli.Main;
import org.paperledge.model.Pcm;
import org.paperledge.model.VoiceDesign;
import org.paperledge.show.VoiceProfile;

/**
 * Renders the shipped two-speaker sample with real MaryTTS and FFmpeg, then listens to it turn by turn: each
 * turn's audio, cut from the MP3 at its WebVTT cues' times, must have the pitch of the voice its cue names.
 *
 * <p>What each voice should measure is worked out from its profile, anchored on the host: the host's median over
 * all his turns gives the stock voice's median on this text (his profile's shift undone), and a profile that
 * shifts by k semitones is expected k semitones from that, one that asks for a median at it.
 */
class CastPitchIT {
  private static final String SAMPLE = "2026-11-30-teaching-models-to-say-i-dont-know";
  private static final Pattern CUE = Pattern.compile(
      "(?m)^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) --> (\\d\\d:\\d\\d:\\d\\d\\.\\d{3})\\n<v ([^>]+)>");
  /** How far a turn's median may be from its voice's, and the least distance between two voices' medians. */
  private static final double TOLERANCE_ST = 2.0;
  private static final int MIN_FRAMES = 30;

  private record Turn(String speaker, double start, double end) {}

  @Test
  void everyTurnHasThePitchOfItsSpeakersVoice(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.execute(new PrintWriter(o), new PrintWriter(e), "render", "scripts/" + SAMPLE + ".md",
        "--out", out.toString(), "--show", "show.yaml", "--voices", "voices");
    assertThat(code).as("exit code; stderr: %s", e).isZero();

    List<Turn> turns = turns(Files.readString(out.resolve(SAMPLE + ".vtt")));
    assertThat(turns).extracting(Turn::speaker).contains("Ernis", "Theo", "The paper");
    PitchTrack track = PitchEstimator.track(new Pcm(new Probe().decode(out.resolve(SAMPLE + ".mp3"), dir)));

    Map<String, VoiceDesign> designs = Map.of("Ernis", VoiceProfile.load(Path.of("voices"), "ernis").design(),
        "Theo", VoiceProfile.load(Path.of("voices"), "theo").design(),
        "The paper", VoiceProfile.load(Path.of("voices"), "paper").design());
    double hostMedian = framesOf("Ernis", turns, track).median();
    assertThat(hostMedian).as("the host's median F0 over his turns").isBetween(100.0, 135.0);
    double stock = hostMedian / Math.pow(2, designs.get("Ernis").semitones() / 12);
    Map<String, Double> expected = new LinkedHashMap<>();
    designs.forEach((speaker, design) -> expected.put(speaker,
        design.medianHz() > 0 ? design.medianHz() : stock * Math.pow(2, design.semitones() / 12)));

    StringBuilder report = new StringBuilder();
    int judged = 0;
    for (Turn turn : turns) {
      PitchTrack frames = track.within(turn.start(), turn.end());
      if (frames.size() < MIN_FRAMES) {
        continue; // a turn too short to have a median worth the name ("Exactly that.")
      }
      judged++;
      double median = frames.median();
      String nearest = expected.entrySet().stream()
          .min((a, b) -> Double.compare(Math.abs(PitchTrack.semitones(median, a.getValue())),
              Math.abs(PitchTrack.semitones(median, b.getValue()))))
          .orElseThrow().getKey();
      double off = PitchTrack.semitones(median, expected.get(turn.speaker()));
      report.append(String.format(java.util.Locale.ROOT, "%n  %6.2f-%6.2f s %-9s %5.1f Hz (expected %5.1f, %+.1f st)",
          turn.start(), turn.end(), turn.speaker(), median, expected.get(turn.speaker()), off));
      assertThat(Math.abs(off)).as("turn at %.2f s read by %s: %.1f Hz, expected %.1f Hz%s", turn.start(),
          turn.speaker(), median, expected.get(turn.speaker()), report).isLessThanOrEqualTo(TOLERANCE_ST);
      assertThat(nearest).as("the voice nearest the turn at %.2f s%s", turn.start(), report)
          .isEqualTo(turn.speaker());
    }
    System.out.println("per-turn median F0 of " + SAMPLE + ":" + report);
    assertThat(judged).as("turns long enough to judge").isGreaterThanOrEqualTo(8);
  }

  /** The cues in order, runs of one speaker joined into a turn. */
  private static List<Turn> turns(String vtt) {
    List<Turn> turns = new ArrayList<>();
    Matcher m = CUE.matcher(vtt);
    while (m.find()) {
      double start = seconds(m.group(1));
      double end = seconds(m.group(2));
      String speaker = m.group(3);
      Turn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
      if (last != null && last.speaker().equals(speaker)) {
        turns.set(turns.size() - 1, new Turn(speaker, last.start(), end));
      } else {
        turns.add(new Turn(speaker, start, end));
      }
    }
    return turns;
  }

  private static PitchTrack framesOf(String speaker, List<Turn> turns, PitchTrack track) {
    List<PitchTrack> parts = turns.stream().filter(t -> t.speaker().equals(speaker))
        .map(t -> track.within(t.start(), t.end())).toList();
    double[] hz = parts.stream().flatMapToDouble(p -> Arrays.stream(p.hz())).toArray();
    double[] times = new double[hz.length];
    Arrays.setAll(times, i -> i);
    return new PitchTrack(times, hz);
  }

  private static double seconds(String time) {
    return LocalTime.parse(time).toNanoOfDay() / 1e9;
  }
}
