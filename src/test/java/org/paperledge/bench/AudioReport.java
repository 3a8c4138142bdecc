package org.paperledge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.audio.ProcessRunner;
import org.paperledge.model.ToolException;
import org.paperledge.render.Cast;
import org.paperledge.render.Cover;
import org.paperledge.render.EpisodeRenderer;
import org.paperledge.render.RenderResult;
import org.paperledge.render.Voices;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;

/**
 * Audio quality report: renders every sample script twice and prints, per episode, loudness (ebur128 on the
 * final MP3), true peak, loudness range, duration, bitrate, mp3val's verdict, whether both renders are
 * byte-identical, and how render time splits between synthesis and everything else.
 *
 * <p>Run with {@code mvn -B -Paudio-report -DskipTests -DskipITs verify}. Exits 1 when an episode misses a
 * target: -16 LUFS within 1 LU, true peak at most -1 dBTP, a clean mp3val, identical bytes, everything else at
 * most 25% of synthesis time. The first render stays in {@code target/audio-report/} for further checks.
 */
public final class AudioReport {
  private static final Pattern NUMBER = Pattern.compile("(-?[0-9.]+|-inf)");

  public static void main(String[] args) throws Exception {
    Path out = Path.of("target/audio-report");
    Path again = Files.createTempDirectory("paperledge-again-");
    Show show = Show.load(Path.of("show.yaml"));
    VoiceProfile voice = VoiceProfile.load(Path.of("voices"), show.voice());
    FfmpegTools tools = FfmpegTools.locate(Optional.empty(), org.paperledge.cache.CacheFolder.at(cache()));
    // As `paperledge render` runs: one synthesis thread per core, MaryTTS started and warmed up first.
    Voices voices = Voices.mary(Runtime.getRuntime().availableProcessors());
    // MaryTTS's start-up is not charged to the first episode
    voices.pool(voice).submit(s -> s.get().synthesize(new org.paperledge.speech.Normalizer(voice.lexicon())
        .tokens("Warming up."), 1.0)).get();
    EpisodeRenderer renderer = new EpisodeRenderer(show, voices, tools,
        Cover.of(show, Path.of("show.yaml")), null);
    Optional<Path> mp3val = Stream.of("/usr/bin/mp3val", "/usr/local/bin/mp3val").map(Path::of)
        .filter(Files::isExecutable).findFirst();
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("scripts"))) {
      files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    System.out.printf(Locale.ROOT, "%-40s %7s %6s %6s %8s %7s %-8s %-9s %7s %7s %6s %8s%n", "episode", "LUFS",
        "dBTP", "LU", "seconds", "kbps", "mp3val", "identical", "synth s", "other s", "other", "ffmpeg s");
    boolean ok = true;
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      Script script = new ScriptParser().parse(file);
      Cast cast = Cast.of(script, show, name -> VoiceProfile.load(Path.of("voices"), name));
      RenderResult first = renderer.render(script, cast, out, EpisodeRenderer.Progress.NONE);
      RenderResult second = renderer.render(script, cast, again, EpisodeRenderer.Progress.NONE);
      boolean identical = java.util.Arrays.equals(Files.readAllBytes(first.mp3()),
          Files.readAllBytes(second.mp3()));
      String ebur = tools.runner().run("ebur128", tools.ffmpeg(), List.of("-hide_banner", "-nostdin", "-i",
          first.mp3().toString(), "-af", "ebur128=peak=true:framelog=quiet", "-f", "null", "-"),
          Duration.ofMinutes(5)).stderr();
      String summary = ebur.substring(ebur.lastIndexOf("Summary:"));
      double lufs = value(summary, "I:");
      double lra = value(summary, "LRA:");
      double peak = value(summary, "Peak:");
      String probe = tools.runner().run("ffprobe", tools.ffmpeg().resolveSibling("ffprobe"), List.of("-v", "error", "-select_streams",
          "a:0", "-show_entries", "stream=bit_rate:format=duration", "-of", "default=nw=1",
          first.mp3().toString()), Duration.ofMinutes(1)).stdout();
      double seconds = Double.parseDouble(probe.replaceAll("(?s).*duration=([0-9.]+).*", "$1"));
      double kbps = Double.parseDouble(probe.replaceAll("(?s).*bit_rate=([0-9]+).*", "$1")) / 1000;
      String mp3valVerdict = mp3val.map(p -> mp3val(p, first.mp3())).orElse("absent");
      double other = first.totalSeconds() - first.synthesisSeconds();
      double share = other / first.synthesisSeconds();
      System.out.printf(Locale.ROOT, "%-40s %7.1f %6.1f %6.1f %8.1f %7.0f %-8s %-9s %7.1f %7.1f %5.0f%% %8.1f%n",
          shorten(file.getFileName().toString()), lufs, peak, lra, seconds, kbps, mp3valVerdict,
          identical ? "yes" : "NO", first.synthesisSeconds(), other, 100 * share, first.masteringSeconds());
      if (Math.abs(lufs + 16) > 1) {
        failures.add(file + ": integrated loudness " + lufs + " LUFS");
      }
      if (peak > -1.0) {
        failures.add(file + ": true peak " + peak + " dBTP");
      }
      if (!identical) {
        failures.add(file + ": two renders differ");
      }
      if (mp3valVerdict.startsWith("PROBLEM")) {
        failures.add(file + ": mp3val reported problems");
      }
      if (share > 0.25) {
        failures.add(file + ": everything but synthesis took " + Math.round(100 * share) + "% of synthesis time");
      }
    }
    failures.forEach(f -> System.out.println("FAIL " + f));
    System.out.println(failures.isEmpty() ? "audio report: all targets met" : "audio report: targets missed");
    System.exit(failures.isEmpty() ? 0 : 1);
  }

  private static String mp3val(Path mp3val, Path file) {
    try {
      String report = new ProcessRunner(java.util.Map.of()).run("mp3val", mp3val, List.of(file.toString()),
          Duration.ofMinutes(1)).stdout();
      boolean clean = report.lines().noneMatch(l -> l.startsWith("WARNING") || l.startsWith("ERROR"));
      return clean ? "clean" : "PROBLEM";
    } catch (ToolException e) {
      return "PROBLEM";
    }
  }

  private static double value(String summary, String label) {
    int at = summary.indexOf(label);
    Matcher m = NUMBER.matcher(summary.substring(at + label.length()));
    if (!m.find()) {
      throw new IllegalStateException("no " + label + " in ebur128 summary");
    }
    return m.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(1));
  }

  private static String shorten(String name) {
    String stem = name.replaceFirst("\\.md$", "");
    return stem.length() > 40 ? stem.substring(0, 39) + "…" : stem;
  }

  private static Path cache() {
    String env = System.getenv("PAPERLEDGE_CACHE");
    return env != null ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "paperledge");
  }
}
