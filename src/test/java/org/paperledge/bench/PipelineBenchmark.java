package org.paperledge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paperledge.model.InputException;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.speech.PlainMaryBaseline;

/**
 * Pipeline benchmark: how long one episode takes to render cold, cold with one synthesis thread, again after a
 * one-paragraph edit and again with nothing changed, against plain sequential MaryTTS speaking the same text; and
 * how much memory a 3-hour episode needs (the scale benchmark, {@link ScaleBenchmark}, has the big catalog). Every figure is one whole process started as a user starts it
 * ({@code ./paperledge render ...}; {@code java} for the baseline) and timed from outside, JVM start included.
 *
 * <p>Run with {@code mvn -B -Ppipeline-bench -DskipTests -DskipITs verify} (twenty minutes on two cores);
 * nothing else heavy should run meanwhile. Prints a table of the figures with their targets and writes it to
 * {@code bench/pipeline-latest.txt}. Exits 2 on an error (a render that fails, output that cannot be read). A
 * missed target exits 0, unless {@code -Dbench.strict=true}, then 1.
 */
public final class PipelineBenchmark {
  static final Path EPISODE = Path.of("scripts", "2026-10-05-can-you-hear-a-thirsty-tree.md");
  static final Path REPORT = Path.of("bench", "pipeline-latest.txt");
  /** The edit of (c): the first paragraph after this heading of the body (1-based) is replaced. */
  static final int EDITED_HEADING = 2;
  static final String EDITED_PARAGRAPH = "Amara Okonkwo's group fastened small ultrasonic sensors to 412 trees in"
      + " three forests, in Portugal, Germany and Oregon, and left them listening day and night through two full"
      + " growing seasons. By the end they had gathered well over a million hours of recordings, far more sound"
      + " than anyone could sit through in a lifetime.";
  /**
   * Spoken words of the long episode of (f): about 3 hours at the voice's 145 or so words a minute (each hour is
   * about 9,000 words; 60 minutes until issue 16 asked for three hours).
   */
  static final int HOUR_WORDS = 27_000;
  static final int UP_TO_DATE_RUNS = 3;
  /** How many times a measurement is tried when the jar is rebuilt during it (the sources changed meanwhile). */
  static final int MAX_ATTEMPTS = 3;
  static final double MAX_COLD_VS_BASELINE = 0.8;
  static final double MAX_EDIT_SHARE = 0.35;
  static final double MAX_UP_TO_DATE_SECONDS = 1.5;
  static final long MAX_HOUR_RSS_BYTES = 1_500_000_000L;
  private static final Duration SAMPLE_INTERVAL = Duration.ofMillis(100);
  private static final Duration EPISODE_TIMEOUT = Duration.ofMinutes(20);
  private static final Duration HOUR_TIMEOUT = Duration.ofMinutes(120);
  private static final Pattern BASELINE_PARAGRAPHS = Pattern.compile("([0-9]+) paragraphs");
  private static final Pattern BASELINE_START = Pattern.compile("MaryTTS start ([0-9.]+) s");
  private static final Pattern BASELINE_WARM_UP = Pattern.compile("warm-up ([0-9.]+) s");
  private static final Pattern BASELINE_SYNTHESIS = Pattern.compile("synthesis ([0-9.]+) s");
  private static final Pattern AUDIO = Pattern.compile("([0-9]+(?:\\.[0-9]+)?) s of audio");
  private static final String HOUR_FRONT = "title: \"Three Hours of PaperLedge\"\ndate: 2026-12-28\nsummary: >-\n"
      + "  The sample episodes back to back, over and over, for about three hours: the pipeline benchmark's long"
      + " episode.\n";

  /**
   * One finished process.
   *
   * @param label what it measured, for messages
   * @param wallSeconds from just before it was started to just after it ended
   * @param stdout its standard output
   * @param stderr its standard error
   * @param peakBytes its own peak resident memory (VmHWM), sampled
   * @param treePeakBytes the peak of its and its descendants' resident memory together, sampled
   */
  record Run(String label, double wallSeconds, String stdout, String stderr, long peakBytes, long treePeakBytes) {}

  /**
   * (c) and (d), measured together.
   *
   * @param cold the cold render of the copy
   * @param edit what was changed
   * @param edited the render after the edit
   * @param unchanged the renders after it, with nothing changed
   */
  record Edited(Run cold, BenchScripts.Edit edit, Run edited, List<Run> unchanged) {}

  /** Something went wrong that makes the figures meaningless. */
  static class BenchException extends Exception {
    BenchException(String message) {
      super(message);
    }
  }

  /** A timed run included a rebuild of the jar. */
  static final class Rebuilt extends BenchException {
    Rebuilt(String message) {
      super(message);
    }
  }

  /** One measurement that starts from nothing, so that it can be repeated. */
  private interface Step<T> {
    T measure() throws BenchException, IOException, InterruptedException;
  }

  private final Path root;
  private final Path launcher;
  private final Path work;
  private volatile Process running;

  private PipelineBenchmark(Path root, Path work) {
    this.root = root;
    this.launcher = root.resolve("paperledge");
    this.work = work;
  }

  public static void main(String[] args) {
    boolean strict = Boolean.getBoolean("bench.strict");
    int code;
    Path work = null;
    try {
      work = Files.createTempDirectory("paperledge-pipeline-bench-");
      PipelineBenchmark bench = new PipelineBenchmark(Path.of("").toAbsolutePath(), work);
      Runtime.getRuntime().addShutdownHook(new Thread(bench::stopRunning));
      int missed = bench.run();
      code = strict && missed > 0 ? 1 : 0;
    } catch (BenchException | IOException e) {
      System.out.println("pipeline benchmark: error: " + e.getMessage());
      code = 2;
    } catch (InterruptedException e) {
      System.out.println("pipeline benchmark: interrupted");
      code = 2;
    } catch (RuntimeException e) {
      System.out.println("pipeline benchmark: error: " + e);
      e.printStackTrace(System.out);
      code = 2;
    } finally {
      if (work != null) {
        deleteTree(work);
      }
    }
    System.exit(code);
  }

  /** Measures everything, prints and writes the report; returns how many targets were missed. */
  private int run() throws BenchException, IOException, InterruptedException {
    if (!Files.isExecutable(launcher) || !Files.isRegularFile(root.resolve(EPISODE))) {
      throw new BenchException("run from the project root: needs ./paperledge and " + EPISODE);
    }
    String version = ensureBuilt().lines().findFirst().orElse("paperledge");
    long jarModified = Files.getLastModifiedTime(root.resolve("target/paperledge.jar")).toMillis();

    // Untimed warm-up: FFmpeg extracted if it is not yet, the jar and the JDK in the page cache.
    Path warmUp = Files.createDirectories(work.resolve("warm-up")).resolve("warm-up.md");
    Files.writeString(warmUp, "---\ntitle: Warm-up\ndate: 2026-01-05\n---\nJust warming up.\n");
    retrying(() -> render("warm-up", coldArgs(warmUp.toString(), "warm-up"), EPISODE_TIMEOUT));

    Run a = retrying(() -> render("(a) cold render", coldArgs(EPISODE.toString(), "a"), EPISODE_TIMEOUT));
    RenderOutput aOut = rendered(a);
    Run b = retrying(() -> {
      List<String> args = coldArgs(EPISODE.toString(), "b");
      args.addAll(List.of("--threads", "1"));
      return render("(b) cold render, one thread", args, EPISODE_TIMEOUT);
    });
    RenderOutput bOut = rendered(b);
    Edited edited = retrying(this::editAndRenderAgain);
    Run c0 = edited.cold();
    RenderOutput c0Out = rendered(c0);
    Run c = edited.edited();
    RenderOutput cOut = rendered(c);
    BenchScripts.Edit edit = edited.edit();
    List<Run> d = edited.unchanged();
    Run e = baseline();
    double eAudio = RenderOutput.number(AUDIO, e.stdout());
    if (Double.isNaN(eAudio)) {
      throw new BenchException("(e) baseline printed no audio duration: " + tail(e.stdout()));
    }
    BenchScripts.Composed hour = hourLongScript();
    Path hourFile = Files.createDirectories(work.resolve("f")).resolve("three-hours-of-paperledge.md");
    Files.writeString(hourFile, hour.text(), StandardCharsets.UTF_8);
    int hourWords = spokenWords(parse(hourFile));
    Run f = retrying(() -> render("(f) 3-hour render", List.of(hourFile.toString(), "--no-cache", "--out",
        Files.createTempDirectory(work, "f-out-").toString()), HOUR_TIMEOUT));
    RenderOutput fOut = rendered(f);

    boolean rebuilt = Files.getLastModifiedTime(root.resolve("target/paperledge.jar")).toMillis() != jarModified;

    // The report.
    List<String> lines = new ArrayList<>();
    int missed = 0;
    lines.add("PaperLedge pipeline benchmark, " + ZonedDateTime.now(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)));
    lines.add(String.format(Locale.ROOT, "%s; %s %s; %d cores; Linux %s", version,
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.version")));
    lines.add("episode: " + EPISODE + "; sources: " + describeSources()
        + (javaOpts().isEmpty() ? "" : "; PAPERLEDGE_JAVA_OPTS=" + javaOpts()));
    lines.add("");
    lines.add(String.format(Locale.ROOT, "%-46s %8s %8s %6s  %-22s %-6s %s", "figure", "wall s", "audio s", "RTF",
        "target", "result", "detail"));

    double eLimit = MAX_COLD_VS_BASELINE * e.wallSeconds();
    boolean aOk = a.wallSeconds() <= eLimit;
    missed += aOk ? 0 : 1;
    lines.add(row("(a) cold render, default threads", a.wallSeconds(), aOut.audioSeconds(),
        String.format(Locale.ROOT, "<= %.1f x (e) = %.1f s", MAX_COLD_VS_BASELINE, eLimit), verdict(aOk),
        inProcess(aOut) + "; peak RSS " + megabytes(a.peakBytes())));
    lines.add(row("(b) cold render, --threads 1", b.wallSeconds(), bOut.audioSeconds(), "", "",
        String.format(Locale.ROOT, "%.2f x (a); ", b.wallSeconds() / a.wallSeconds()) + inProcess(bOut)
            + "; peak RSS " + megabytes(b.peakBytes())));
    double share = c.wallSeconds() / a.wallSeconds();
    boolean cOk = share <= MAX_EDIT_SHARE;
    missed += cOk ? 0 : 1;
    lines.add(row("(c) re-render after a one-paragraph edit", c.wallSeconds(), cOut.audioSeconds(),
        String.format(Locale.ROOT, "<= %.0f%% of (a)", 100 * MAX_EDIT_SHARE), verdict(cOk),
        String.format(Locale.ROOT, "%.1f%% of (a); ", 100 * share) + cache(cOut) + "; " + inProcess(cOut)));
    lines.add(row("    the copy's cold render, before the edit", c0.wallSeconds(), c0Out.audioSeconds(), "", "",
        inProcess(c0Out) + "; " + cache(c0Out)));
    double dMedian = median(d.stream().map(Run::wallSeconds).toList());
    boolean dOk = dMedian <= MAX_UP_TO_DATE_SECONDS;
    missed += dOk ? 0 : 1;
    lines.add(String.format(Locale.ROOT, "%-46s %8.2f %8s %6s  %-22s %-6s %s",
        "(d) re-render, nothing changed, median of " + UP_TO_DATE_RUNS, dMedian, "", "",
        String.format(Locale.ROOT, "<= %.1f s", MAX_UP_TO_DATE_SECONDS), verdict(dOk),
        "runs " + d.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.wallSeconds()))
            .collect(Collectors.joining(", ")) + " s; prints 'up to date'"));
    lines.add(row("(e) plain sequential MaryTTS, warm, one JVM", e.wallSeconds(), eAudio, "", "",
        baselineDetail(e.stdout()) + "; peak RSS " + megabytes(e.peakBytes())));
    lines.add(row("(f) 3-hour script, --no-cache", f.wallSeconds(), fOut.audioSeconds(),
        String.format(Locale.ROOT, "peak RSS < %s", megabytes(MAX_HOUR_RSS_BYTES)),
        verdict(f.treePeakBytes() < MAX_HOUR_RSS_BYTES),
        String.format(Locale.ROOT, "peak RSS: process tree %s, JVM %s; %,d spoken words (%d sample bodies); %s",
            megabytes(f.treePeakBytes()), megabytes(f.peakBytes()), hourWords, hour.parts(), inProcess(fOut))));
    missed += f.treePeakBytes() < MAX_HOUR_RSS_BYTES ? 0 : 1;
    lines.add("");
    lines.add(String.format(Locale.ROOT, "(a) / (e) = %.2f   target <= %.2f   %s", a.wallSeconds() / e.wallSeconds(),
        MAX_COLD_VS_BASELINE, verdict(aOk)));
    lines.add(String.format(Locale.ROOT, "(c) = %.1f%% of (a)   target <= %.0f%%   %s", 100 * share,
        100 * MAX_EDIT_SHARE, verdict(cOk)));
    lines.add(String.format(Locale.ROOT, "targets met: %d of 4", 4 - missed));
    lines.add("");
    lines.add("Every figure is one whole process, timed from outside, JVM start included: ./paperledge render"
        + " (java -XX:+UseSerialGC -jar target/paperledge.jar, with the class-data archive the build records), or for"
        + " (e) java -XX:+UseSerialGC with the test"
        + " classpath. RTF = wall time / audio duration.");
    lines.add("Cold = new, empty --cache and --out folders; the jar is built and FFmpeg extracted beforehand, and"
        + " one untimed render of one sentence runs first.");
    lines.add(String.format(Locale.ROOT, "(c): a copy of the episode rendered cold into its own folders, then its"
            + " line %d (%d words) replaced by %d words of new text, and rendered again into the same folders."
            + " (d): the same command three more times.", edit.line(), words(edit.before()),
        words(EDITED_PARAGRAPH)));
    lines.add("(e): org.paperledge.speech.PlainMaryBaseline: intro, segments and credit through the Normalizer,"
        + " one MaryTTS call per paragraph (one <s> per sentence), after one warm-up call.");
    lines.add("(f): the four sample bodies, back to back and repeated, under new headings. Peak RSS sampled every "
        + SAMPLE_INTERVAL.toMillis() + " ms from /proc: JVM = its VmHWM; process tree = the largest sum of VmRSS"
        + " over the JVM and its child processes (FFmpeg) at one sample. MB = 10^6 bytes.");
    if (rebuilt) {
      lines.add("WARNING: target/paperledge.jar was rebuilt while the benchmark ran (sources changed): figures may"
          + " mix two builds.");
    }
    String report = String.join("\n", lines) + "\n";
    System.out.println();
    System.out.print(report);
    Files.createDirectories(root.resolve(REPORT).getParent());
    Files.writeString(root.resolve(REPORT), report, StandardCharsets.UTF_8);
    return missed;
  }

  /**
   * (c) and (d): a copy of the episode rendered cold into folders of its own, one paragraph replaced, rendered
   * again into the same folders, then rendered again unchanged, {@link #UP_TO_DATE_RUNS} times.
   */
  private Edited editAndRenderAgain() throws BenchException, IOException, InterruptedException {
    Path copy = Files.createTempDirectory(work, "c-scripts-").resolve(EPISODE.getFileName());
    Files.copy(root.resolve(EPISODE), copy);
    List<String> args = coldArgs(copy.toString(), "c");
    Run cold = render("(c) cold render of the copy", args, EPISODE_TIMEOUT);
    BenchScripts.Edit edit = BenchScripts.replaceParagraphAfterHeading(
        Files.readString(copy, StandardCharsets.UTF_8), EDITED_HEADING, EDITED_PARAGRAPH);
    Files.writeString(copy, edit.text(), StandardCharsets.UTF_8);
    Run edited = render("(c) re-render after the edit", args, EPISODE_TIMEOUT);
    List<Run> unchanged = new ArrayList<>();
    for (int i = 1; i <= UP_TO_DATE_RUNS; i++) {
      Run run = render("(d) re-render, nothing changed, #" + i, args, EPISODE_TIMEOUT);
      if (!RenderOutput.upToDate(run.stdout())) {
        throw new BenchException(run.label() + ": expected 'up to date: ...', got: " + tail(run.stdout()));
      }
      unchanged.add(run);
    }
    return new Edited(cold, edit, edited, unchanged);
  }

  /** Measures {@code step} again, in new folders, when the launcher rebuilt the jar during one of its runs. */
  private <T> T retrying(Step<T> step) throws BenchException, IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return step.measure();
      } catch (Rebuilt e) {
        if (attempt == MAX_ATTEMPTS) {
          throw new BenchException(e.getMessage() + ", " + MAX_ATTEMPTS + " times: stop editing the sources while"
              + " the benchmark runs");
        }
        progress(e.getMessage() + "; measuring again");
      }
    }
  }

  /** Arguments of a cold render of {@code script} into new, empty folders. */
  private List<String> coldArgs(String script, String name) throws IOException {
    Path dir = Files.createTempDirectory(work, name + "-");
    return new ArrayList<>(List.of(script, "--cache", Files.createDirectory(dir.resolve("cache")).toString(),
        "--out", Files.createDirectory(dir.resolve("out")).toString()));
  }

  /**
   * Runs {@code ./paperledge --version} untimed, which builds the jar when it is missing or older than the
   * sources; returns what it printed.
   */
  private String ensureBuilt() throws BenchException, IOException, InterruptedException {
    Run run = launch("build check", List.of(launcher.toString(), "--version"), Duration.ofMinutes(20), true);
    if (run.stderr().contains("paperledge: building")) {
      progress(String.format(Locale.ROOT, "built target/paperledge.jar (%.0f s, untimed)", run.wallSeconds()));
    }
    return run.stdout();
  }

  /** A timed {@code ./paperledge render ARGS}, preceded by an untimed build check. */
  private Run render(String label, List<String> args, Duration timeout)
      throws BenchException, IOException, InterruptedException {
    ensureBuilt();
    List<String> command = new ArrayList<>(List.of(launcher.toString(), "render"));
    command.addAll(args);
    Run run = launch(label, command, timeout, false);
    progress(String.format(Locale.ROOT, "%s: %.2f s", label, run.wallSeconds()));
    return run;
  }

  /** The timed baseline (e), in a JVM of its own with the launcher's flags and the test classpath. */
  private Run baseline() throws BenchException, IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-XX:+UseSerialGC"));
    if (!javaOpts().isEmpty()) {
      command.addAll(Arrays.asList(javaOpts().split("\\s+")));
    }
    command.addAll(List.of("-classpath", System.getProperty("java.class.path"), PlainMaryBaseline.class.getName(),
        EPISODE.toString()));
    Run run = launch("(e) plain sequential MaryTTS", command, EPISODE_TIMEOUT, false);
    progress(String.format(Locale.ROOT, "%s: %.2f s", run.label(), run.wallSeconds()));
    return run;
  }

  /** The commit measured, from {@code git describe --always --dirty}, or "unknown" without git. */
  private String describeSources() throws InterruptedException {
    try {
      Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").directory(root.toFile())
          .redirectErrorStream(true).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return git.waitFor() == 0 && !out.isEmpty() ? "commit " + out : "unknown";
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String javaOpts() {
    String opts = System.getenv("PAPERLEDGE_JAVA_OPTS");
    return opts == null ? "" : opts.strip();
  }

  /** Starts {@code command} in the project root, waits for it, samples its memory; fails on a non-zero exit. */
  private Run launch(String label, List<String> command, Duration timeout, boolean mayBuild)
      throws BenchException, IOException, InterruptedException {
    Path logs = Files.createDirectories(work.resolve("logs"));
    String name = label.replaceAll("[^A-Za-z0-9]+", "-");
    Path out = Files.createTempFile(logs, name, ".out");
    Path err = Files.createTempFile(logs, name, ".err");
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    long started = System.nanoTime();
    Process process = builder.start();
    running = process;
    MemorySampler sampler = MemorySampler.start(process.toHandle(), SAMPLE_INTERVAL);
    boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    long ended = System.nanoTime();
    sampler.close();
    if (!finished) {
      stopRunning();
      throw new BenchException(label + ": still running after " + timeout.toMinutes() + " minutes; stopped");
    }
    running = null;
    Run run = new Run(label, (ended - started) / 1e9, Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8), sampler.rootPeakBytes(), sampler.treePeakBytes());
    if (process.exitValue() != 0) {
      throw new BenchException(label + ": exit code " + process.exitValue() + " from " + String.join(" ",
          command.subList(0, Math.min(2, command.size()))) + " ...\n" + tail(run.stderr() + run.stdout()));
    }
    if (!mayBuild && run.stderr().contains("paperledge: building")) {
      throw new Rebuilt(label + ": the sources changed and the launcher rebuilt target/paperledge.jar during a"
          + " timed run");
    }
    return run;
  }

  /** Stops the process being measured and its descendants, if one is running. */
  private void stopRunning() {
    Process process = running;
    if (process != null && process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private static RenderOutput rendered(Run run) throws BenchException {
    return RenderOutput.parse(run.stdout()).orElseThrow(() -> new BenchException(run.label()
        + ": no 'rendered ... s of audio' line in the output: " + tail(run.stdout())));
  }

  /** The hour-long script of (f), from every sample in the episode's folder. */
  private BenchScripts.Composed hourLongScript() throws IOException, BenchException {
    List<BenchScripts.Sample> samples = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(root.resolve(EPISODE).getParent())) {
      files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path file : files) {
      Script script = parse(file);
      samples.add(new BenchScripts.Sample(script.meta().title(),
          BenchScripts.body(Files.readString(file, StandardCharsets.UTF_8)), spokenWords(script)));
    }
    return BenchScripts.compose(HOUR_FRONT, samples, HOUR_WORDS);
  }

  private static Script parse(Path file) throws BenchException {
    try {
      return new ScriptParser().parse(file);
    } catch (InputException e) {
      throw new BenchException(e.describe());
    }
  }

  /** Words in the paragraphs of {@code script}. */
  static int spokenWords(Script script) {
    return script.chapters().stream().flatMap(c -> c.paragraphs().stream())
        .mapToInt(p -> words(p.text())).sum();
  }

  static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** The median of {@code values}: the middle one, or the mean of the middle two. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** {@code bytes} in MB (10^6 bytes), "n/a" for 0 (nothing sampled). */
  static String megabytes(long bytes) {
    return bytes <= 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", Math.round(bytes / 1e6));
  }

  private static String row(String figure, double wall, double audio, String target, String verdict,
      String detail) {
    return String.format(Locale.ROOT, "%-46s %8.1f %8.1f %6.3f  %-22s %-6s %s", figure, wall, audio, wall / audio,
        target, verdict, detail);
  }

  private static String verdict(boolean ok) {
    return ok ? "PASS" : "FAIL";
  }

  private static String inProcess(RenderOutput out) {
    return String.format(Locale.ROOT, "in the JVM %.1f s, synthesis %.1f s", out.inProcessSeconds(),
        out.synthesisSeconds());
  }

  private static String cache(RenderOutput out) {
    String segments = out.hasCacheFigures() ? out.cacheHits() + " of " + out.segments() + " segments from the cache"
        : "cache figures not printed";
    return out.hasChunkFigures() ? segments + ", " + out.chunksReused() + " of " + out.chunks()
        + " encoded chunks reused" : segments;
  }

  private static String baselineDetail(String stdout) {
    return String.format(Locale.ROOT, "MaryTTS start %.1f s, warm-up %.1f s, synthesis %.1f s; %.0f paragraphs",
        RenderOutput.number(BASELINE_START, stdout), RenderOutput.number(BASELINE_WARM_UP, stdout),
        RenderOutput.number(BASELINE_SYNTHESIS, stdout), RenderOutput.number(BASELINE_PARAGRAPHS, stdout));
  }

  /** The last lines of {@code text}, for error messages. */
  static String tail(String text) {
    List<String> lines = text.strip().lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }

  private static void progress(String message) {
    System.out.println("pipeline benchmark: " + message);
    System.out.flush();
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.out.println("pipeline benchmark: could not delete " + dir + ": " + e.getMessage());
    }
  }
}
