package org.paperledge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.audio.Pcm;
import org.paperledge.audio.ProcessRunner;
import org.paperledge.audio.ToolException;
import org.paperledge.audio.VoiceTrackWriter;
import org.paperledge.script.EpisodeMeta;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.script.Segment;
import org.paperledge.script.Segmenter;
import org.paperledge.script.Sentences;
import org.paperledge.show.Lexicon;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.MarySynthesizer;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.ProsodyMarks;
import org.paperledge.speech.Token;

/**
 * Intelligibility benchmark: speaks every sample script twice, with PaperLedge's normalization and with naive
 * tokenization, transcribes both with pocketsphinx and prints the word error rate of each against a hand-written
 * reference of what a careful host would say ({@code bench/reference/}).
 *
 * <p>Run with {@code mvn -B -Pwer verify}; needs Debian's pocketsphinx and pocketsphinx-en-us. Exits 1 when
 * PaperLedge's mean WER exceeds {@code -Dwer.max} or is not lower than the naive one.
 */
public final class WerBenchmark {
  private static final Path DICTIONARY = Path.of("/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict");
  private static final Pattern NAIVE = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  public static void main(String[] args) throws Exception {
    double max = Double.parseDouble(System.getProperty("wer.max", "0.28"));
    // Liveliness PaperLedge's reading gets (ProsodyMarks); the naive one is read as the voice reads it.
    double liveliness = Double.parseDouble(System.getProperty("wer.liveliness", "1.0"));
    Path scripts = Path.of(System.getProperty("wer.scripts", "scripts"));
    Path references = Path.of("bench/reference");
    Show show = Show.load(Path.of("show.yaml"));
    VoiceProfile voice = VoiceProfile.load(Path.of("voices"), show.voice());
    Set<String> dictionary = dictionary();
    FfmpegTools tools = FfmpegTools.locate(Optional.empty(), cache());
    MarySynthesizer mary = MarySynthesizer.start(voice.maryVoice());
    Path work = Files.createTempDirectory("paperledge-wer-");
    List<Path> files;
    try (Stream<Path> list = Files.list(scripts)) {
      files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    System.out.println("Word error rate, pocketsphinx (en-us) on 16 kHz speech, against bench/reference/*.txt"
        + (liveliness == 1.0 ? "" : ", PaperLedge read with liveliness " + liveliness));
    System.out.printf(Locale.ROOT, "%-52s %6s %9s %9s %9s%n", "script", "words", "naive", "paperledge",
        "relative");
    // Synthesis runs on this thread while pocketsphinx transcribes the previous track on another core.
    java.util.concurrent.ExecutorService recognizer = java.util.concurrent.Executors.newSingleThreadExecutor();
    List<Path> done = new ArrayList<>();
    List<java.util.concurrent.Future<String[]>> transcripts = new ArrayList<>();
    for (Path file : files) {
      Path reference = references.resolve(file.getFileName().toString().replaceFirst("\\.md$", ".txt"));
      if (!Files.exists(reference)) {
        System.out.println(file + ": no reference transcript, skipped");
        continue;
      }
      Script script = new ScriptParser().parse(file);
      Normalizer normalizer = new Normalizer(voice.lexicon().with(script.lexicon()));
      List<String> texts = texts(script, show);
      String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
      Path naiveWav = speak(mary, texts, WerBenchmark::naive, work.resolve(stem + ".naive.wav"), show, 1.0);
      Path oursWav = speak(mary, texts, normalizer::tokens, work.resolve(stem + ".paperledge.wav"), show,
          liveliness);
      transcripts.add(recognizer.submit(() -> new String[] {
          transcribe(naiveWav, tools, work), transcribe(oursWav, tools, work)}));
      done.add(file);
    }
    recognizer.shutdown();
    double naiveSum = 0;
    double oursSum = 0;
    int count = 0;
    for (int k = 0; k < done.size(); k++) {
      Path file = done.get(k);
      String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
      String ref = Files.readString(references.resolve(stem + ".txt"), StandardCharsets.UTF_8);
      String[] hypotheses = transcripts.get(k).get();
      Files.writeString(work.resolve(stem + ".naive.txt"), hypotheses[0]);
      Files.writeString(work.resolve(stem + ".paperledge.txt"), hypotheses[1]);
      WordErrorRate.Score naive = WordErrorRate.score(ref, hypotheses[0], dictionary);
      WordErrorRate.Score ours = WordErrorRate.score(ref, hypotheses[1], dictionary);
      System.out.printf(Locale.ROOT, "%-52s %6d %8.1f%% %8.1f%% %8.1f%%%n", file.getFileName(),
          ours.referenceWords(), 100 * naive.rate(), 100 * ours.rate(),
          100 * (naive.rate() - ours.rate()) / naive.rate());
      naiveSum += naive.rate();
      oursSum += ours.rate();
      count++;
    }
    if (count == 0) {
      System.out.println("no scripts with references");
      System.exit(1);
    }
    double naiveMean = naiveSum / count;
    double oursMean = oursSum / count;
    System.out.printf(Locale.ROOT, "%-52s %6s %8.1f%% %8.1f%% %8.1f%%%n", "mean", "", 100 * naiveMean,
        100 * oursMean, 100 * (naiveMean - oursMean) / naiveMean);
    System.out.println("Scoring: lowercase words; 'oh' = 'o'; reference words missing from the recognizer's"
        + " dictionary (names, coined model names) are wildcards matching any one word. Transcripts: " + work);
    boolean ok = oursMean <= max && oursMean < naiveMean;
    System.out.printf(Locale.ROOT, "WER check: paperledge mean %.1f%% (limit %.1f%%), naive mean %.1f%%: %s%n",
        100 * oursMean, 100 * max, 100 * naiveMean, ok ? "PASS" : "FAIL");
    System.exit(ok ? 0 : 1);
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

  private static Path speak(MarySynthesizer mary, List<String> texts, Tokens tokenizer, Path wav, Show show,
      double liveliness) throws IOException {
    int failures = 0;
    try (VoiceTrackWriter track = new VoiceTrackWriter(wav)) {
      for (String text : texts) {
        List<Token> tokens = tokenizer.of(text);
        if (tokens.isEmpty()) {
          continue;
        }
        try {
          track.append(mary.synthesize(tokens, 1.0, ProsodyMarks.of(tokens).withLiveliness(liveliness))
              .trimmed(330, 10));
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

  private static String transcribe(Path wav, FfmpegTools tools, Path work) throws ToolException {
    Path wav16 = work.resolve(wav.getFileName() + ".16k.wav");
    tools.runner().run("resampling", tools.ffmpeg(), List.of("-v", "error", "-nostdin", "-y", "-i", wav.toString(),
        "-ar", "16000", "-ac", "1", wav16.toString()), Duration.ofMinutes(5));
    ProcessRunner.Result result = new ProcessRunner(java.util.Map.of()).run("pocketsphinx",
        Path.of("/usr/bin/pocketsphinx_continuous"), List.of("-infile", wav16.toString(), "-logfn", "/dev/null"),
        Duration.ofMinutes(20));
    return result.stdout();
  }

  private static Set<String> dictionary() throws IOException {
    Set<String> words = new HashSet<>();
    for (String line : Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      if (space > 0) {
        words.add(line.substring(0, space).replaceAll("\\(\\d+\\)$", ""));
      }
    }
    return words;
  }

  private static Path cache() {
    String env = System.getenv("PAPERLEDGE_CACHE");
    return env != null ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "paperledge");
  }
}
