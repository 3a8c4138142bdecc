package org.paperledge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.audio.ProcessRunner;
import org.paperledge.audio.VoiceTrackWriter;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;
import org.paperledge.model.VoiceDesign;
import org.paperledge.script.EpisodeMeta;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.script.Segment;
import org.paperledge.script.Segmenter;
import org.paperledge.script.Sentences;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.MarySynthesizer;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.ProsodyMarks;
import org.paperledge.speech.Token;

/**
 * Intelligibility benchmark: speaks every sample script twice in the stock voice, with PaperLedge's normalization
 * and with naive tokenization, and once more in each voice profile asked for, transcribes them all with
 * pocketsphinx and prints the word error rate of each against a hand-written reference of what a careful host
 * would say ({@code bench/reference/}).
 *
 * <p>Run with {@code mvn -B -Pwer verify}; needs Debian's pocketsphinx and pocketsphinx-en-us. Exits 1 when
 * PaperLedge's mean WER exceeds {@code -Dwer.max} or is not lower than the naive one, or when a profile's mean is
 * more than {@code -Dwer.profileMargin} (default one point) above the stock voice's. {@code -Dwer.profiles}
 * names the profiles of {@code voices/}, comma-separated, or {@code all}; empty for none.
 */
public final class WerBenchmark {
  private static final Path DICTIONARY = Path.of("/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict");
  private static final Pattern NAIVE = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  /** One way of reading the scripts: a voice and a tokenizer. */
  private record Reading(String label, VoiceProfile voice, boolean naive) {}

  public static void main(String[] args) throws Exception {
    double max = Double.parseDouble(System.getProperty("wer.max", "0.28"));
    double margin = Double.parseDouble(System.getProperty("wer.profileMargin", "0.01"));
    Path scripts = Path.of(System.getProperty("wer.scripts", "scripts"));
    Path references = Path.of("bench/reference");
    Path voices = Path.of("voices");
    Show show = Show.load(Path.of("show.yaml"));
    VoiceProfile host = VoiceProfile.load(voices, show.voice());
    // The stock voice: the show voice's MaryTTS voice and lexicon, without its design.
    VoiceProfile stock = new VoiceProfile("stock", host.speaker(), host.maryVoice(), 1.0, "", host.lexicon(),
        VoiceDesign.NONE, host.lexiconFile());
    List<Reading> readings = new ArrayList<>(List.of(new Reading("naive", stock, true),
        new Reading("paperledge", stock, false)));
    for (String name : profiles(voices, System.getProperty("wer.profiles", ""))) {
      readings.add(new Reading(name, VoiceProfile.load(voices, name), false));
    }
    Set<String> dictionary = dictionary();
    FfmpegTools tools = FfmpegTools.locate(Optional.empty(), org.paperledge.cache.CacheFolder.at(cache()));
    MarySynthesizer mary = MarySynthesizer.start(stock.maryVoice());
    Path work = Files.createTempDirectory("paperledge-wer-");
    List<Path> files;
    try (Stream<Path> list = Files.list(scripts)) {
      files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    System.out.println("Word error rate, pocketsphinx (en-us) on 16 kHz speech, against bench/reference/*.txt");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-52s %6s", "script", "words"));
    readings.forEach(r -> header.append(String.format(Locale.ROOT, " %10s", r.label())));
    System.out.println(header.append(String.format(Locale.ROOT, " %9s", "relative")));
    // Synthesis runs on this thread while pocketsphinx transcribes the previous tracks; with several readings
    // per script the transcriptions outlast the synthesis, so they use every core once it is over.
    java.util.concurrent.ExecutorService recognizer = java.util.concurrent.Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors());
    List<Path> done = new ArrayList<>();
    List<List<java.util.concurrent.Future<String>>> transcripts = new ArrayList<>();
    for (Path file : files) {
      Path reference = references.resolve(file.getFileName().toString().replaceFirst("\\.md$", ".txt"));
      if (!Files.exists(reference)) {
        System.out.println(file + ": no reference transcript, skipped");
        continue;
      }
      Script script = new ScriptParser().parse(file);
      List<String> texts = texts(script, show);
      String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
      List<java.util.concurrent.Future<String>> heard = new ArrayList<>();
      for (Reading reading : readings) {
        Normalizer normalizer = new Normalizer(reading.voice().lexicon().with(script.lexicon()));
        Path wav = speak(mary, texts, reading.naive() ? WerBenchmark::naive : normalizer::tokens, reading.voice(),
            work.resolve(stem + "." + reading.label() + ".wav"), show);
        heard.add(recognizer.submit(() -> transcribe(wav, tools, work)));
      }
      transcripts.add(heard);
      done.add(file);
    }
    recognizer.shutdown();
    double[] sums = new double[readings.size()];
    for (int k = 0; k < done.size(); k++) {
      String stem = done.get(k).getFileName().toString().replaceFirst("\\.md$", "");
      String ref = Files.readString(references.resolve(stem + ".txt"), StandardCharsets.UTF_8);
      StringBuilder row = new StringBuilder();
      double[] rates = new double[readings.size()];
      int words = 0;
      for (int r = 0; r < readings.size(); r++) {
        String hypothesis = transcripts.get(k).get(r).get();
        Files.writeString(work.resolve(stem + "." + readings.get(r).label() + ".txt"), hypothesis);
        WordErrorRate.Score score = WordErrorRate.score(ref, hypothesis, dictionary);
        words = score.referenceWords();
        rates[r] = score.rate();
        sums[r] += score.rate();
        row.append(String.format(Locale.ROOT, " %9.1f%%", 100 * score.rate()));
      }
      System.out.printf(Locale.ROOT, "%-52s %6d%s %8.1f%%%n", done.get(k).getFileName(), words, row,
          100 * (rates[0] - rates[1]) / rates[0]);
    }
    if (done.isEmpty()) {
      System.out.println("no scripts with references");
      System.exit(1);
    }
    double[] means = Arrays.stream(sums).map(sum -> sum / done.size()).toArray();
    StringBuilder row = new StringBuilder();
    Arrays.stream(means).forEach(m -> row.append(String.format(Locale.ROOT, " %9.1f%%", 100 * m)));
    System.out.printf(Locale.ROOT, "%-52s %6s%s %8.1f%%%n", "mean", "", row, 100 * (means[0] - means[1]) / means[0]);
    System.out.println("Scoring: lowercase words; 'oh' = 'o'; reference words missing from the recognizer's"
        + " dictionary (names, coined model names) are wildcards matching any one word. Naive and paperledge:"
        + " the stock voice " + stock.maryVoice() + "; the other columns: voice profiles. Transcripts: " + work);
    boolean ok = means[1] <= max && means[1] < means[0];
    System.out.printf(Locale.ROOT, "WER check: paperledge mean %.1f%% (limit %.1f%%), naive mean %.1f%%: %s%n",
        100 * means[1], 100 * max, 100 * means[0], ok ? "PASS" : "FAIL");
    for (int r = 2; r < readings.size(); r++) {
      boolean close = means[r] <= means[1] + margin + 1e-12;
      System.out.printf(Locale.ROOT, "WER check: profile %s mean %.1f%%, stock %.1f%% (at most %.1f point above): %s%n",
          readings.get(r).label(), 100 * means[r], 100 * means[1], 100 * margin, close ? "PASS" : "FAIL");
      ok &= close;
    }
    System.exit(ok ? 0 : 1);
  }

  /** The profiles {@code list} names: comma-separated names, or {@code all} for every profile in {@code voices}. */
  private static List<String> profiles(Path voices, String list) throws IOException {
    if (!list.strip().equals("all")) {
      return Arrays.stream(list.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }
    try (Stream<Path> files = Files.list(voices)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.replaceFirst("\\.yaml$", "")).sorted().toList();
    }
  }

  /** What is spoken, in order: the intro, every segment, the credit (as the renderer does). */
  private static List<String> texts(Script script, Show show) {
    List<String> texts = new ArrayList<>();
    EpisodeMeta meta = script.meta();
    texts.add(org.paperledge.script.Announcements.intro(show.name(), meta));
    for (Segment segment : new Segmenter().segments(script)) {
      texts.add(segment.text());
    }
    texts.add(org.paperledge.script.Announcements.outro(show.name(), meta.authors()));
    return texts;
  }

  /** Naive tokenization: split on word boundaries, punctuation as its own token, nothing else. */
  static List<Token> naive(String text) {
    List<Token> tokens = new ArrayList<>();
    for (String sentence : Sentences.split(text)) {
      Matcher m = NAIVE.matcher(sentence);
      while (m.find()) {
        tokens.add(Token.of(m.group()));
      }
    }
    return tokens;
  }

  private interface Tokens {
    List<Token> of(String text);
  }

  private static Path speak(MarySynthesizer mary, List<String> texts, Tokens tokenizer, VoiceProfile voice, Path wav,
      Show show) throws IOException {
    int failures = 0;
    try (VoiceTrackWriter track = new VoiceTrackWriter(wav)) {
      for (String text : texts) {
        List<Token> tokens = tokenizer.of(text);
        if (tokens.isEmpty()) {
          continue;
        }
        try {
          track.append(mary.synthesize(tokens, voice.rate(), voice.design(), ProsodyMarks.of(tokens)).trimmed(330, 10));
        } catch (ToolException e) {
          failures++; // the segment is lost, as it would be in an episode
        }
        track.appendSilence(Pcm.fromSeconds(show.timing().sentence()));
      }
    }
    if (failures > 0) {
      System.out.println("  " + wav.getFileName() + ": " + failures + " segments failed to synthesize");
    }
    return wav;
  }

  /** Transcribes {@code wav} with pocketsphinx, after resampling it to 16 kHz mono into {@code work}. */
  static String transcribe(Path wav, FfmpegTools tools, Path work) throws ToolException {
    return recognize(resample(wav, tools, work));
  }

  /** {@code wav} resampled to 16 kHz mono, as pocketsphinx and Praat take it, beside it in {@code work}. */
  static Path resample(Path wav, FfmpegTools tools, Path work) throws ToolException {
    Path wav16 = work.resolve(wav.getFileName() + ".16k.wav");
    tools.runner().run("resampling", tools.ffmpeg(), List.of("-v", "error", "-nostdin", "-y", "-i", wav.toString(),
        "-ar", "16000", "-ac", "1", wav16.toString()), Duration.ofMinutes(5));
    return wav16;
  }

  /** What pocketsphinx hears in a 16 kHz mono WAV file. */
  static String recognize(Path wav16) throws ToolException {
    ProcessRunner.Result result = new ProcessRunner(java.util.Map.of()).run("pocketsphinx",
        Path.of("/usr/bin/pocketsphinx_continuous"), List.of("-infile", wav16.toString(), "-logfn", "/dev/null"),
        Duration.ofMinutes(20));
    return result.stdout();
  }

  /** The recognizer's vocabulary. */
  static Set<String> dictionary() throws IOException {
    Set<String> words = new HashSet<>();
    for (String line : Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      if (space > 0) {
        words.add(line.substring(0, space).replaceAll("\\(\\d+\\)$", ""));
      }
    }
    return words;
  }

  static Path cache() {
    String env = System.getenv("PAPERLEDGE_CACHE");
    return env != null ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "paperledge");
  }
}
