package org.paperledge.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.paperledge.cache.CacheFolder;
import org.paperledge.render.Batch;
import org.paperledge.render.Cover;
import org.paperledge.render.EpisodeRenderer;
import org.paperledge.render.RenderReport;
import org.paperledge.render.Shard;
import org.paperledge.show.Show;
import org.paperledge.testing.ToneSynthesizer;

/**
 * Scale benchmark: a batch of {@value #EPISODES} short episodes in one run, with the heap after every
 * {@value #EVERY} (it must hold steady), then the up-to-date pass over all of them as a user runs it
 * ({@code ./paperledge render} on the folder, every episode unchanged), which must take at most
 * {@value #MAX_UP_TO_DATE_SECONDS} s. (The 3-hour script's memory is figure (f) of {@link PipelineBenchmark}.)
 *
 * <p>The batch speaks with a tone instead of MaryTTS ({@link ToneSynthesizer}): a thousand real episodes would
 * take the better part of an hour, and what it measures is the memory the batch keeps from one episode to the
 * next (layout, mastering, FFmpeg, sidecars, the feed), not the synthesizer's, which the soak measures; FFmpeg
 * and everything else is real. The up-to-date pass reads the scripts and the fingerprints, which do not depend
 * on how the audio was made.
 *
 * <p>Run with {@code mvn -B -Pscale-bench -DskipTests -DskipITs verify}; writes {@code bench/scale-latest.txt}.
 * Exits 2 on an error, 1 on a missed target with {@code -Dbench.strict=true}, else 0.
 */
public final class ScaleBenchmark {
  static final int EPISODES = Integer.getInteger("scale.episodes", 1_000);
  static final int EVERY = 100;
  /** How much the heap may grow from the first sample to the last, relative to the first. */
  static final double MAX_HEAP_GROWTH = 0.10;
  static final double MAX_UP_TO_DATE_SECONDS = 5.0;
  static final Path REPORT = Path.of("bench", "scale-latest.txt");
  private static final String[] WORDS = ("energy graph vision trees water sound model robot kitchen test memory"
      + " river light field signal forest cook data label answer").split(" ");

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Files.createTempDirectory("paperledge-scale-bench-");
    int code;
    try {
      code = run(work) > 0 && Boolean.getBoolean("bench.strict") ? 1 : 0;
    } catch (IOException | RuntimeException e) {
      System.out.println("scale benchmark: error: " + e);
      code = 2;
    } finally {
      org.paperledge.files.AtomicFiles.deleteTree(work);
    }
    System.exit(code);
  }

  /** Measures, prints and writes the report; how many targets were missed. */
  private static int run(Path work) throws Exception {
    List<Path> scripts = catalog(Files.createDirectories(work.resolve("scripts")));
    Path out = work.resolve("out");
    List<Long> heap = new ArrayList<>();
    long started = System.nanoTime();
    RenderReport report = batch(scripts, out, CacheFolder.at(work.resolve("cache")), heap);
    double batchSeconds = (System.nanoTime() - started) / 1e9;
    if (report.rendered() != EPISODES) {
      throw new IllegalStateException("the batch rendered " + report.summary());
    }
    launch(List.of("./paperledge", "--version"), "paperledge"); // untimed: builds the jar if the sources changed
    double[] upToDate = {upToDatePass(work.resolve("scripts"), out), upToDatePass(work.resolve("scripts"), out)};
    double pass = Math.min(upToDate[0], upToDate[1]);

    double growth = (heap.get(heap.size() - 1) - heap.get(0)) / (double) heap.get(0);
    boolean heapOk = growth <= MAX_HEAP_GROWTH;
    boolean passOk = pass <= MAX_UP_TO_DATE_SECONDS;
    List<String> lines = new ArrayList<>();
    lines.add("PaperLedge scale benchmark (" + EPISODES + " episodes); " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.version") + "; " + Runtime.getRuntime().availableProcessors() + " cores");
    lines.add(String.format(Locale.ROOT, "(g) batch of %d episodes in one run: %.0f s (%.2f s an episode, speech by"
        + " a tone)", EPISODES, batchSeconds, batchSeconds / EPISODES));
    lines.add("    heap in use after each " + EVERY + " episodes, after a full GC: " + String.join(" ", heap.stream()
        .map(b -> String.format(Locale.ROOT, "%.1f", b / 1e6)).toList()) + " MB");
    lines.add(String.format(Locale.ROOT, "    growth from the first to the last: %+.1f%%   target <= +%.0f%%   %s",
        100 * growth, 100 * MAX_HEAP_GROWTH, heapOk ? "PASS" : "FAIL"));
    lines.add(String.format(Locale.ROOT, "(h) up-to-date pass over the %d rendered episodes (./paperledge render on"
        + " the folder): %.2f s (runs %.2f, %.2f s)   target <= %.1f s   %s", EPISODES, pass, upToDate[0],
        upToDate[1], MAX_UP_TO_DATE_SECONDS, passOk ? "PASS" : "FAIL"));
    lines.add("The batch speaks with a tone (ToneSynthesizer), not MaryTTS: a thousand real episodes would take the"
        + " better part of an hour, and this measures what the batch keeps from one episode to the next (layout,"
        + " mastering, FFmpeg, sidecars, feed); MaryTTS's own memory over thousands of sentences is the"
        + " reliability suite's soak. FFmpeg, the cache and the files are real. The up-to-date pass is a whole"
        + " process, JVM start included; it reads every script and fingerprint, which do not depend on how the"
        + " audio was made.");
    String text = String.join("\n", lines) + "\n";
    System.out.print(text);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, text, StandardCharsets.UTF_8);
    return (heapOk ? 0 : 1) + (passOk ? 0 : 1);
  }

  /** Short episodes, two chapters and four sentences each, all different. */
  private static List<Path> catalog(Path dir) throws IOException {
    List<Path> scripts = new ArrayList<>();
    for (int i = 0; i < EPISODES; i++) {
      String day = String.format(Locale.ROOT, "2026-%02d-%02d", 1 + i / 28 % 12, 1 + i % 28);
      StringBuilder body = new StringBuilder();
      for (int s = 0; s < 4; s++) {
        body.append(s == 2 ? "\n\n## Part two\n\n" : s == 0 ? "" : " ").append("Today we look at ")
            .append(WORDS[(i + s) % WORDS.length]).append(' ').append(WORDS[(i * 7 + s * 3) % WORDS.length])
            .append(" number ").append(i).append('.');
      }
      Path script = dir.resolve(String.format(Locale.ROOT, "%s-episode-%04d.md", day, i));
      Files.writeString(script, "---\ntitle: Episode " + i + "\ndate: " + day + "\n---\n" + body + "\n");
      scripts.add(script);
    }
    return scripts;
  }

  private static RenderReport batch(List<Path> scripts, Path out, CacheFolder cache, List<Long> heap)
      throws Exception {
    Path showFile = Path.of("show.yaml");
    Show show = Show.load(showFile);
    Cover cover = Cover.of(show, showFile).cachedIn(cache.covers());
    Batch.Settings settings = new Batch.Settings(out, showFile, Path.of("voices"), Optional.empty(), true, Shard.ALL);
    int[] rendered = {0};
    try (Batch batch = new Batch(settings, show, cover, cache, ToneSynthesizer.voices(2), new Batch.Listener() {
      @Override
      public void said(String line) {
        if (line.startsWith("rendered ") && ++rendered[0] % EVERY == 0) {
          heap.add(heapAfterGc());
          System.out.printf(Locale.ROOT, "scale benchmark: %d episodes, heap %.1f MB%n", rendered[0],
              heap.get(heap.size() - 1) / 1e6);
        }
      }

      @Override
      public void problem(String message, Throwable cause) {
        System.out.println("scale benchmark: " + message);
      }

      @Override
      public EpisodeRenderer.Progress progress(String slug) {
        return EpisodeRenderer.Progress.NONE;
      }
    })) {
      return batch.run(scripts);
    }
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** {@code ./paperledge render} on the folder of scripts, every episode up to date; its wall time in seconds. */
  private static double upToDatePass(Path scripts, Path out) throws IOException, InterruptedException {
    long started = System.nanoTime();
    launch(List.of("./paperledge", "render", scripts.toString(), "--out", out.toString()),
        "0 rendered, " + EPISODES + " up to date");
    return (System.nanoTime() - started) / 1e9;
  }

  /** Runs {@code command} in the project folder; it must exit 0 and print {@code expected}. */
  private static void launch(List<String> command, String expected) throws IOException, InterruptedException {
    Path log = Files.createTempFile("paperledge-scale-", ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(20, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(command + " did not finish in 20 minutes");
    }
    String said = Files.readString(log);
    Files.delete(log);
    if (process.exitValue() != 0 || !said.contains(expected)) {
      throw new IllegalStateException(String.join(" ", command) + ": exit " + process.exitValue() + ": "
          + PipelineBenchmark.tail(said));
    }
  }
}
