package org.paperledge.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.audio.VoiceTrackWriter;
import org.paperledge.model.Pcm;
import org.paperledge.model.VoiceDesign;
import org.paperledge.script.Sentences;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.MarySynthesizer;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.ProsodyMarks;
import org.paperledge.speech.Token;

/**
 * Voice report: reads one fixed passage ({@code bench/voice/passage.txt}, about a hundred seconds) in the stock
 * voice and in every profile of {@code voices/}, measures each with Praat and pocketsphinx, and prints median F0,
 * its 10th and 90th percentiles, the F1 to F3 medians and their ratios to the stock voice, words per minute, word
 * error rate and synthesis time per second of audio; then checks {@link VoiceTargets}.
 *
 * <p>Run with {@code mvn -B -Pvoice-report -DskipTests -DskipITs verify}; needs Debian's praat, pocketsphinx and
 * pocketsphinx-en-us. Exits 1 when a target is missed. Each voice is synthesized twice, warm, on one thread with
 * nothing else of the report running, and its faster run counts (in processor time of that thread); both runs
 * must give the same samples. The table is kept in
 * {@code bench/voice-latest.txt}. {@code -Dvoice.dir=DIR} measures the profiles of another folder.
 */
public final class VoiceReport {
  private static final Path PASSAGE = Path.of("bench/voice/passage.txt");
  private static final String STOCK = "stock";
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Show show = Show.load(Path.of("show.yaml"));
    Path voices = Path.of(System.getProperty("voice.dir", "voices"));
    List<VoiceProfile> profiles = new ArrayList<>();
    try (Stream<Path> list = Files.list(voices)) {
      for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        profiles.add(VoiceProfile.load(voices, file.getFileName().toString().replaceFirst("\\.yaml$", "")));
      }
    }
    VoiceProfile host = VoiceProfile.load(voices, show.voice());
    VoiceProfile stock = new VoiceProfile(STOCK, STOCK, host.maryVoice(), 1.0, "", host.lexicon(), VoiceDesign.NONE,
        host.lexiconFile());
    List<VoiceProfile> all = new ArrayList<>(List.of(stock));
    all.addAll(profiles);

    String passage = Files.readString(PASSAGE, StandardCharsets.UTF_8);
    List<List<String>> paragraphs = Arrays.stream(passage.split("\\n\\s*\\n")).map(p -> p.replace('\n', ' '))
        .filter(p -> !p.isBlank()).map(Sentences::split).toList();
    Map<String, MarySynthesizer> engines = new HashMap<>();
    Path work = Files.createTempDirectory("paperledge-voices-");

    // Warm up: the first synthesis starts MaryTTS's modules and compiles the hot code.
    speak(engine(engines, stock), stock, paragraphs, show, work.resolve("warm-up.wav"));
    Map<String, double[]> timing = new HashMap<>(); // profile: {synthesis seconds, audio seconds}
    for (int round = 0; round < 2; round++) {
      for (VoiceProfile voice : all) {
        Path wav = work.resolve(voice.name() + (round == 0 ? "" : ".again") + ".wav");
        double[] t = speak(engine(engines, voice), voice, paragraphs, show, wav);
        timing.merge(voice.name(), t, (a, b) -> a[0] <= b[0] ? a : b);
      }
    }
    for (VoiceProfile voice : all) {
      if (!Arrays.equals(Files.readAllBytes(work.resolve(voice.name() + ".wav")),
          Files.readAllBytes(work.resolve(voice.name() + ".again.wav")))) {
        throw new AssertionError(voice.name() + ": two syntheses of the passage differ");
      }
    }

    // Praat and pocketsphinx, two recordings at a time, once synthesis (which is timed) is over.
    FfmpegTools tools = FfmpegTools.locate(Optional.empty(), org.paperledge.cache.CacheFolder.at(WerBenchmark.cache()));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Map<String, Future<VoiceMeasure>> measures = new HashMap<>();
    Map<String, Future<String>> transcripts = new HashMap<>();
    for (VoiceProfile voice : all) {
      Path wav16 = WerBenchmark.resample(work.resolve(voice.name() + ".wav"), tools, work);
      measures.put(voice.name(), pool.submit(() -> VoiceMeasure.of(wav16)));
      transcripts.put(voice.name(), pool.submit(() -> WerBenchmark.recognize(wav16)));
    }
    pool.shutdown();

    Set<String> dictionary = WerBenchmark.dictionary();
    int words = WordErrorRate.words(passage).size();
    VoiceMeasure reference = measures.get(STOCK).get();
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "Voice report: %s (%d words), read by the stock voice %s and the profiles"
        + " of %s; Praat (pitch 60-500 Hz, formants to 5500 Hz) and pocketsphinx on 16 kHz", PASSAGE, words,
        host.maryVoice(), voices));
    lines.add("");
    lines.add("| voice | speaker | median F0 Hz | p10 | p90 | F1 Hz | F2 Hz | F3 Hz | F1, F2, F3 / stock | mean ratio"
        + " | wpm | WER | synthesis CPU s per s |");
    lines.add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
    VoiceTargets.Figures stockFigures = null;
    List<VoiceTargets.Figures> figures = new ArrayList<>();
    for (VoiceProfile voice : all) {
      VoiceMeasure m = measures.get(voice.name()).get();
      String heard = transcripts.get(voice.name()).get();
      Files.writeString(work.resolve(voice.name() + ".txt"), heard);
      double wer = WordErrorRate.score(passage, heard, dictionary).rate();
      double[] t = timing.get(voice.name());
      double[] r = m.formantRatios(reference);
      lines.add(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.0f | %.0f | %.0f | %.3f, %.3f, %.3f"
          + " | %.3f | %.0f | %.1f%% | %.4f |", voice.name(), voice.speaker(), m.medianF0(), m.p10(), m.p90(),
          m.f1(), m.f2(), m.f3(), r[0], r[1], r[2], m.formantRatio(reference), words / (t[1] / 60), 100 * wer,
          t[0] / t[1]));
      VoiceTargets.Figures f = new VoiceTargets.Figures(voice.name(), m.medianF0(), m.formantRatio(reference), wer,
          t[0] / t[1]);
      if (voice == stock) {
        stockFigures = f;
      } else {
        figures.add(f);
      }
    }
    lines.add("");
    List<VoiceTargets.Check> checks = VoiceTargets.check(stockFigures, figures, show.voice());
    checks.forEach(c -> lines.add(c.toString()));
    boolean ok = checks.stream().allMatch(VoiceTargets.Check::met);
    lines.add("Voice targets: " + (ok ? "PASS" : "FAIL") + " (recordings and transcripts: " + work + ")");
    lines.forEach(System.out::println);
    if (voices.equals(Path.of("voices"))) {
      Files.write(Path.of("bench/voice-latest.txt"), lines, StandardCharsets.UTF_8);
    }
    System.exit(ok ? 0 : 1);
  }

  private static MarySynthesizer engine(Map<String, MarySynthesizer> engines, VoiceProfile voice)
      throws Exception {
    String key = voice.maryVoice() + "|" + voice.effects();
    MarySynthesizer engine = engines.get(key);
    if (engine == null) {
      engine = MarySynthesizer.start(voice.maryVoice(), voice.effects());
      engines.put(key, engine);
    }
    return engine;
  }

  /**
   * Reads the passage into {@code wav} with the show's pauses between sentences and paragraphs.
   *
   * @return the processor seconds this thread spent synthesizing (MaryTTS and the vocoder run on it; other work
   *     on the machine barely changes them, unlike wall time) and the seconds of audio written
   */
  private static double[] speak(MarySynthesizer mary, VoiceProfile voice, List<List<String>> paragraphs, Show show,
      Path wav) throws Exception {
    Normalizer normalizer = new Normalizer(voice.lexicon());
    long nanos = 0;
    try (VoiceTrackWriter track = new VoiceTrackWriter(wav)) {
      for (List<String> paragraph : paragraphs) {
        if (track.position() > 0) {
          track.appendSilence(Pcm.fromSeconds(show.timing().paragraph()));
        }
        for (int i = 0; i < paragraph.size(); i++) {
          List<Token> tokens = normalizer.tokens(paragraph.get(i));
          long start = THREADS.getCurrentThreadCpuTime();
          Pcm pcm = mary.synthesize(tokens, voice.rate(), voice.design(), ProsodyMarks.of(tokens));
          nanos += THREADS.getCurrentThreadCpuTime() - start;
          if (i > 0) {
            track.appendSilence(Pcm.fromSeconds(show.timing().sentence()));
          }
          track.append(pcm.trimmed(330, 10));
        }
      }
      return new double[] {nanos / 1e9, track.position() / (double) Pcm.RATE};
    }
  }
}
