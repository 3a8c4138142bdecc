package org.paperledge.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Preview benchmark: how soon {@code paperledge preview} has the new audio after a save. It opens the studio on a
 * copy of the pipeline benchmark's episode (as a user starts it, {@code ./paperledge preview}, with a new cache),
 * listens to the page's event stream as a page does, and times from just before each file write to the page
 * having what the edit changed: for a one-paragraph edit, the new episode audio fetched whole; for an edit that
 * changes no sound (a heading's wording, a comment), the updated state. It then times the same edit rendered to
 * MP3 for real, in one warm JVM, the alternative the studio does not take, and prints everything beside the
 * pipeline benchmark's cold and edited renders ({@code bench/pipeline-latest.txt}).
 *
 * <p>Run with {@code mvn -B -Ppreview-bench -DskipTests -DskipITs verify} (two minutes on two cores). Writes
 * {@code bench/preview-latest.txt}. Exits 2 on an error; a missed target exits 0, unless {@code
 * -Dbench.strict=true}, then 1.
 */
public final class PreviewBenchmark {
  static final Path REPORT = Path.of("bench", "preview-latest.txt");
  static final Path PIPELINE = Path.of("bench", "pipeline-latest.txt");
  static final int ROUNDS = 6;
  static final double MAX_SOUND_EDIT_SECONDS = 1.0;
  static final double MAX_SILENT_EDIT_SECONDS = 0.3;
  private static final String[] MILLIONS = {"two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
  private static final Pattern HEADING = Pattern.compile("(?m)^## (.+)$");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Path root = Path.of("").toAbsolutePath();
  private final Path work;

  private PreviewBenchmark(Path work) {
    this.work = work;
  }

  public static void main(String[] args) {
    boolean strict = Boolean.getBoolean("bench.strict");
    int code;
    Path work = null;
    try {
      work = Files.createTempDirectory("paperledge-preview-bench-");
      int missed = new PreviewBenchmark(work).run();
      code = strict && missed > 0 ? 1 : 0;
    } catch (IOException | WarmRender.BenchException | org.paperledge.model.InputException e) {
      System.out.println("preview benchmark: error: " + e);
      code = 2;
    } catch (RuntimeException e) {
      System.out.println("preview benchmark: error: " + e);
      e.printStackTrace(System.out);
      code = 2;
    } catch (InterruptedException e) {
      System.out.println("preview benchmark: interrupted");
      code = 2;
    } finally {
      if (work != null) {
        org.paperledge.files.AtomicFiles.deleteTree(work);
      }
    }
    System.exit(code);
  }

  /** The one-paragraph edit of round {@code k}: the pipeline benchmark's, with numbers no other round uses. */
  static String paragraph(int k) {
    return PipelineBenchmark.EDITED_PARAGRAPH.replace("412 trees", (413 + k) + " trees")
        .replace("well over a million", "well over " + MILLIONS[k % MILLIONS.length] + " million");
  }

  private int run() throws IOException, InterruptedException, WarmRender.BenchException,
      org.paperledge.model.InputException {
    Path project = Files.createDirectories(work.resolve("project"));
    Files.copy(root.resolve("show.yaml"), project.resolve("show.yaml"));
    copyTree(root.resolve("voices"), project.resolve("voices"));
    Path script = Files.createDirectories(project.resolve("scripts")).resolve(PipelineBenchmark.EPISODE
        .getFileName());
    Files.copy(root.resolve(PipelineBenchmark.EPISODE), script);
    Path cache = Files.createDirectories(work.resolve("cache"));
    build();
    String loadBefore = load();
    progress("opening the studio on a copy of " + PipelineBenchmark.EPISODE + ", with an empty cache");
    long started = System.nanoTime();
    Process studio = new ProcessBuilder(root.resolve("paperledge").toString(), "preview",
        Path.of("scripts").resolve(script.getFileName()).toString(), "--cache", cache.toString())
        .directory(project.toFile()).redirectErrorStream(true).start();
    List<Double> sound = new ArrayList<>();
    List<Double> stated = new ArrayList<>();
    List<Double> silent = new ArrayList<>();
    List<long[]> soundStats = new ArrayList<>();
    double open;
    int openSynthesized;
    try (StudioClient client = new StudioClient(url(studio))) {
      StudioClient.Seen ready = client.await(s -> s.warm() && s.idle(), Duration.ofMinutes(10));
      open = (ready.nanos() - started) / 1e9;
      openSynthesized = (int) ready.stats()[5];
      progress(String.format(Locale.ROOT, "studio ready: %.1f s, %d sentences synthesized", open,
          openSynthesized));
      String text = Files.readString(script, StandardCharsets.UTF_8);
      for (int k = 0; k < ROUNDS; k++) {
        BenchScripts.Edit edit = BenchScripts.replaceParagraphAfterHeading(text,
            PipelineBenchmark.EDITED_HEADING, paragraph(k));
        StudioClient.Seen before = client.latest().orElseThrow();
        long t0 = System.nanoTime();
        Files.writeString(script, edit.text(), StandardCharsets.UTF_8);
        String marker = "sensors to " + (413 + k) + " trees";
        StudioClient.Seen seen = client.await(s -> s.version() > before.version() && s.idle()
            && s.json().contains(marker), TIMEOUT);
        long arrived = seen.nanos();
        byte[] wav = client.get("audio/episode.wav?v=" + seen.audio());
        sound.add((System.nanoTime() - t0) / 1e9);
        String detail = String.format(Locale.ROOT, " (state after %.3f s, of which the build %.3f s; WAV fetched in"
            + " %.3f s)", (arrived - t0) / 1e9, seen.stats()[0] / 1e3, (System.nanoTime() - arrived) / 1e9);
        stated.add((arrived - t0) / 1e9);
        soundStats.add(seen.stats());
        check(seen.audio() > before.audio() && wav.length > 44, "a paragraph edit made no new audio");
        text = edit.text();
        Thread.sleep(300);
        StudioClient.Seen quiet = client.latest().orElseThrow();
        String changed = k % 2 == 0 ? headingEdit(text, k) : text + "\n<!-- producer's note, take " + k + " -->\n";
        String title = k % 2 == 0 ? headingOf(changed) : null;
        t0 = System.nanoTime();
        Files.writeString(script, changed, StandardCharsets.UTF_8);
        seen = client.await(s -> s.version() > quiet.version() && s.idle()
            && (title == null || s.json().contains("\"title\":\"" + title + "\"")), TIMEOUT);
        silent.add((seen.nanos() - t0) / 1e9);
        detail += String.format(Locale.ROOT, "; the %s's build %.3f s", k % 2 == 0 ? "heading" : "comment",
            seen.stats()[0] / 1e3);
        check(seen.audio() == quiet.audio() && seen.stats()[5] == 0, "an edit that changes no sound made audio");
        text = changed;
        progress(String.format(Locale.ROOT, "round %d: paragraph %.3f s%s, %s %.3f s", k + 1, sound.get(k),
            detail, k % 2 == 0 ? "heading" : "comment", silent.get(k)));
        Thread.sleep(300);
      }
    } finally {
      studio.destroy();
      studio.waitFor(60, TimeUnit.SECONDS);
    }
    String loadAfter = load();
    progress("the alternative: the same edit rendered to MP3 for real, warm, in this JVM");
    String text = Files.readString(script, StandardCharsets.UTF_8);
    List<String> edits = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      edits.add(BenchScripts.replaceParagraphAfterHeading(text, PipelineBenchmark.EDITED_HEADING,
          paragraph(ROUNDS + k)).text());
    }
    List<Double> mp3 = WarmRender.edited(project, script, cache, edits).subList(1, edits.size());
    return report(sound, stated, soundStats, silent, open, openSynthesized, mp3, loadBefore, loadAfter);
  }

  private int report(List<Double> sound, List<Double> stated, List<long[]> soundStats, List<Double> silent,
      double open, int openSynthesized, List<Double> mp3, String loadBefore, String loadAfter) throws IOException {
    List<String> out = new ArrayList<>();
    out.add("PaperLedge preview benchmark, " + ZonedDateTime.now(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    out.add(String.format(Locale.ROOT, "OpenJDK %s; %d cores; load average (1, 5, 15 min) %s before, %s after",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
    out.add("episode: a copy of " + PipelineBenchmark.EPISODE + "; " + ROUNDS + " rounds of each edit");
    out.add("");
    out.add(String.format(Locale.ROOT, "%-58s %8s %7s  %-9s %-6s %s", "figure", "median s", "max s", "target",
        "result", "detail"));
    boolean soundOk = max(sound) <= MAX_SOUND_EDIT_SECONDS;
    boolean silentOk = max(silent) <= MAX_SILENT_EDIT_SECONDS;
    out.add(String.format(Locale.ROOT, "%-58s %8.3f %7.3f  %-9s %-6s %s",
        "(g) one-paragraph edit: save to new episode audio loaded", median(sound), max(sound), "<= 1.0 s",
        soundOk ? "PASS" : "MISS", String.format(Locale.ROOT, "%d synthesized per edit; the state on the page after"
            + " %.3f s (median), then the WAV; in the studio (median ms): waiting for quiet %d, reading+planning %d,"
            + " speaking %d, assembling %d", soundStats.get(0)[5], median(stated), medianOf(soundStats, 1),
            medianOf(soundStats, 2), medianOf(soundStats, 3), medianOf(soundStats, 4))));
    out.add(String.format(Locale.ROOT, "%-58s %8.3f %7.3f  %-9s %-6s %s",
        "(h) edit with no sound (heading, comment): save to page", median(silent), max(silent), "<= 0.3 s",
        silentOk ? "PASS" : "MISS", "audio kept; headings and comments alternately"));
    out.add(String.format(Locale.ROOT, "%-58s %8.1f %7s  %-9s %-6s %s",
        "(i) opening the studio, empty cache, to a warm page", open, "", "", "", openSynthesized
            + " sentences synthesized; JVM start included"));
    out.add(String.format(Locale.ROOT, "%-58s %8.3f %7.3f  %-9s %-6s %s",
        "(j) the same edit rendered to MP3 for real, warm JVM", median(mp3), max(mp3), "", "",
        "music, limiter, MP3 chunk, tags, sidecars, feed; " + mp3.size() + " rounds after one untimed"));
    out.add("");
    out.add("pipeline benchmark, from " + PIPELINE + " (a run of its own, whole processes):");
    out.addAll(pipelineFigures());
    out.add("");
    out.add("(g) and (h) are timed from just before the script is written to: for (g), the state with the new"
        + " sentence arriving on the page's event stream and the new episode WAV fetched whole; for (h), the"
        + " updated state arriving. The studio waits " + "40 ms for the files to be quiet before it builds.");
    out.add("(j) is why the studio plays a WAV it lays out itself: the same edit as an MP3 costs the music mix,"
        + " the limiter and the encoding of a chunk on top of the synthesis.");
    out.forEach(System.out::println);
    Files.write(root.resolve(REPORT), out, StandardCharsets.UTF_8);
    return (soundOk ? 0 : 1) + (silentOk ? 0 : 1);
  }

  private List<String> pipelineFigures() throws IOException {
    Path file = root.resolve(PIPELINE);
    if (!Files.isRegularFile(file)) {
      return List.of("  (not there: run mvn -B -Ppipeline-bench -DskipTests -DskipITs verify)");
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> figures = new ArrayList<>();
    lines.stream().filter(l -> l.startsWith("PaperLedge pipeline benchmark")).findFirst()
        .ifPresent(l -> figures.add("  " + l));
    lines.stream().filter(l -> l.startsWith("(a) ") || l.startsWith("(c) ")).forEach(l -> figures.add("  "
        + l.replaceAll("\\s{2,}", "  ")));
    return figures;
  }

  static String headingEdit(String text, int k) {
    Matcher m = HEADING.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("the episode has no level-2 heading");
    }
    String title = m.group(1).replaceAll(" \\(take \\d+\\)$", "") + " (take " + k + ")";
    return text.substring(0, m.start(1)) + title + text.substring(m.end(1));
  }

  static String headingOf(String text) {
    Matcher m = HEADING.matcher(text);
    m.find();
    return m.group(1);
  }

  /** The page's address, from the line the studio prints first. */
  private static URI url(Process studio) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(studio.getInputStream(),
        StandardCharsets.UTF_8));
    CompletableFuture<URI> found = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          System.out.println("  studio: " + line);
          Matcher m = URL.matcher(line);
          if (m.find()) {
            found.complete(URI.create(m.group(1)));
          }
        }
        found.completeExceptionally(new IOException("the studio ended without printing its address"));
      } catch (IOException e) {
        found.completeExceptionally(e);
      }
    }, "studio-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return found.get(5, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IOException("no address from the studio: " + e.getMessage(), e);
    }
  }

  private void build() throws IOException, InterruptedException {
    Process check = new ProcessBuilder(root.resolve("paperledge").toString(), "--version").directory(root.toFile())
        .redirectErrorStream(true).start();
    String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (check.waitFor() != 0) {
      throw new IOException("./paperledge --version failed: " + out);
    }
  }

  private static String load() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new IllegalStateException(problem);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  private static long medianOf(List<long[]> stats, int field) {
    return Math.round(median(stats.stream().map(s -> (double) s[field]).toList()));
  }

  private static void progress(String message) {
    System.out.println("preview benchmark: " + message);
  }
}
