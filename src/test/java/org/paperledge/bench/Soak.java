package org.paperledge.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.paperledge.model.Pcm;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.MarySynthesizer;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.SynthesizerPool;
import org.paperledge.speech.Token;

/**
 * Soak test of speech synthesis: thousands of distinct short sentences through a {@link SynthesizerPool} of
 * several MaryTTS instances, as a catalog render would give them, with nothing from a cache. Every failure is
 * printed with its whole cause chain; after each thousand sentences the heap is measured after a full
 * collection, to see whether anything accumulates from sentence to sentence.
 *
 * <p>Run from the repository root, after {@code mvn package}: {@code java -XX:+UseSerialGC -cp
 * target/paperledge.jar:target/test-classes org.paperledge.bench.Soak [SENTENCES [THREADS]]} (3,000 and 2 by
 * default; {@code .ci/reliability.py --soak N} does this). Prints one line per thousand and a closing summary;
 * exits 1 when a sentence failed or the heap after the last thousand is more than 10% above the heap after the
 * first, 2 on bad arguments.
 */
public final class Soak {
  static final int DEFAULT_SENTENCES = 3_000;
  static final int DEFAULT_THREADS = 2;
  static final int BLOCK = 1_000;
  static final double MAX_HEAP_GROWTH = 0.10;

  /**
   * What a soak measured.
   *
   * @param heapBytes the heap in use after a full collection, after each whole {@link #BLOCK} of sentences
   */
  record Result(int sentences, int threads, int failures, double audioSeconds, double wallSeconds,
      double cpuSeconds, List<Long> heapBytes) {
    Result {
      heapBytes = List.copyOf(heapBytes);
      if (sentences < 0 || failures < 0 || failures > sentences) {
        throw new IllegalArgumentException("bad counts: " + sentences + " sentences, " + failures + " failures");
      }
    }

    /** How much the heap after the last block grew over the heap after the first (0 with fewer than two). */
    double heapGrowth() {
      return heapBytes.size() < 2 ? 0 : (double) heapBytes.get(heapBytes.size() - 1) / heapBytes.get(0) - 1;
    }

    boolean ok() {
      return failures == 0 && heapGrowth() <= MAX_HEAP_GROWTH;
    }

    /** The one-paragraph summary. */
    String summary() {
      StringBuilder heap = new StringBuilder();
      for (long bytes : heapBytes) {
        heap.append(heap.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", bytes / 1e6));
      }
      String memory = heapBytes.size() < 2 ? "heap not compared (fewer than two thousands)"
          : String.format(Locale.ROOT, "heap in use after each thousand sentences: %s MB (the last against the"
              + " first: %+.1f%%, at most %+.0f%%)", heap, 100 * heapGrowth(), 100 * MAX_HEAP_GROWTH);
      return String.format(Locale.ROOT, "soak: %d distinct sentences through %d synthesis threads, nothing cached:"
              + " %d failed; %.0f s of audio in %.0f s (%.3f s of synthesis and %.3f s of processor"
              + " time per second of audio); %s: %s", sentences, threads, failures, audioSeconds,
          wallSeconds, wallSeconds / Math.max(1e-9, audioSeconds), cpuSeconds / Math.max(1e-9, audioSeconds),
          memory, ok() ? "ok" : "FAILED");
    }
  }

  private Soak() {}

  public static void main(String[] args) throws Exception {
    int sentences;
    int threads;
    try {
      sentences = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_SENTENCES;
      threads = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_THREADS;
      if (sentences < 1 || threads < 1 || args.length > 2) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      System.err.println("usage: Soak [SENTENCES [THREADS]] (both at least 1)");
      System.exit(2);
      return;
    }
    VoiceProfile voice = VoiceProfile.load(Path.of("voices"), "ernis");
    Result result = run(() -> MarySynthesizer.start(voice.maryVoice(), voice.effects()),
        new Normalizer(voice.lexicon()), voice.rate(), sentences, threads, System.out);
    System.out.println(result.summary());
    System.exit(result.ok() ? 0 : 1);
  }

  /**
   * Speaks {@code sentences} sentences on {@code threads} threads, each with a synthesizer from {@code factory},
   * a few sentences ahead of the one awaited, as a render does; prints each failure and each thousand to
   * {@code out}.
   */
  static Result run(SynthesizerPool.Factory factory, Normalizer normalizer, double rate, int sentences,
      int threads, PrintStream out) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<Long> heap = new ArrayList<>();
    int failures = 0;
    double audio = 0;
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    try (SynthesizerPool pool = SynthesizerPool.of(factory, threads, "soak")) {
      ArrayDeque<Future<Pcm>> inFlight = new ArrayDeque<>();
      int ahead = 2 * threads + 2; // as a render keeps them
      int submitted = 0;
      for (int done = 0; done < sentences; done++) {
        int blockEnd = Math.min(sentences, (done / BLOCK + 1) * BLOCK);
        while (submitted < blockEnd && submitted <= done + ahead) {
          List<Token> tokens = normalizer.tokens(SoakSentences.sentence(submitted++));
          inFlight.add(pool.submit(s -> s.get().synthesize(tokens, rate)));
        }
        try {
          audio += inFlight.poll().get().seconds();
        } catch (ExecutionException e) {
          failures++;
          out.println("soak: sentence " + done + " failed: \"" + SoakSentences.sentence(done) + "\"");
          e.getCause().printStackTrace(out);
        }
        if ((done + 1) % BLOCK == 0) {
          // Nothing is in flight here: what is left after a full collection is what the sentences left behind.
          System.gc();
          System.gc();
          heap.add(memory.getHeapMemoryUsage().getUsed());
          out.printf(Locale.ROOT, "soak: %d sentences, %d failed, heap %.1f MB after a full collection, %.0f s"
              + "%n", done + 1, failures, heap.get(heap.size() - 1) / 1e6, (System.nanoTime() - start) / 1e9);
        }
      }
    }
    return new Result(sentences, threads, failures, audio,
        (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9, heap);
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }
}
