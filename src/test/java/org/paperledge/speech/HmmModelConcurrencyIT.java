package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import marytts.LocalMaryInterface;
import marytts.modules.acoustic.HMMModel;
import marytts.modules.synthesis.Voice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Lexicon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * MaryTTS's HMM acoustic model, the one object every synthesis thread shares, used from many threads at once:
 * each sentence gets the F0 of its own durations, and none fails.
 *
 * <p>The model keeps each sentence's utterance model in a map between predicting its durations and its F0
 * ({@link HmmModelGuard} tells the story). Here eight threads call exactly those two steps on short sentences,
 * as fast as they can, and keep the sentences alive, so the map grows and is resized while others use it: without
 * the guard, each run here lost a few entries in its 64,000 calls (8 and 2, an F0 prediction failing each time)
 * or had threads spin for ever in a map whose buckets had come to form a cycle. In a render the map stays small
 * (at most 8 sentences were seen in it) and these steps are a small part of the work, so far rarer. With the
 * guard, none.
 */
class HmmModelConcurrencyIT {
  private static final String VOICE = "cmu-slt-hsmm";
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 8_000;
  private static final List<String> WORDS = List.of("Hi.", "Yes.", "No way.", "Go on.");
  private static final Duration DEADLINE = Duration.ofMinutes(10);

  private static HMMModel model;
  private static final List<Document> ALLOPHONES = new ArrayList<>();
  /** The F0 each sentence gets when it is alone. */
  private static final List<List<String>> F0_ALONE = new ArrayList<>();

  @BeforeAll
  static void startMaryTts() throws Exception {
    MarySynthesizer.start(VOICE).close(); // sets MaryTTS up
    LocalMaryInterface mary = new LocalMaryInterface();
    mary.setVoice(VOICE);
    mary.setInputType("TOKENS");
    mary.setOutputType("ALLOPHONES");
    Normalizer normalizer = new Normalizer(Lexicon.EMPTY);
    model = (HMMModel) Voice.getVoice(VOICE).getDurationModel();
    for (String words : WORDS) {
      Document doc = mary.generateXML(MaryXml.tokens(normalizer.tokens(words), 1.0));
      ALLOPHONES.add(doc);
      F0_ALONE.add(predict(doc));
    }
  }

  @Test
  void durationsAndF0ComeFromOneSharedModel() {
    assertThat(Voice.getVoice(VOICE).getF0Model()).isSameAs(model);
    assertThat(HmmModelGuard.isGuarded(model)).isTrue();
  }

  @Test
  void manyThreadsAtOnceNeverLoseASentence() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < THREADS; t++) {
      int offset = t;
      threads.add(new Thread(() -> {
        List<Object> kept = new ArrayList<>(); // so that the map grows, as it does when collections are rare
        for (int i = 0; i < CALLS_PER_THREAD; i++) {
          int which = (i + offset) % WORDS.size();
          Document doc;
          synchronized (ALLOPHONES) {
            doc = (Document) ALLOPHONES.get(which).cloneNode(true);
          }
          try {
            List<Element> segments = segments(doc);
            model.applyTo(segments);
            model.applyFromTo(segments, segments);
            List<String> f0 = f0(segments);
            if (!f0.equals(F0_ALONE.get(which))) {
              failures.add(WORDS.get(which) + ": F0 " + f0 + " instead of " + F0_ALONE.get(which));
            }
            kept.add(segments);
          } catch (Exception | AssertionError e) { // AssertionError: MaryTTS asserts the entry is there
            failures.add(WORDS.get(which) + ": " + MarySynthesizer.why(e));
          }
          calls.incrementAndGet();
        }
      }, "hmm-model-" + t));
    }
    // Without the lock, the map's buckets can also end up in a cycle, and a thread then spins in it forever:
    // daemon threads and a deadline, so that the test fails rather than hangs.
    threads.forEach(thread -> thread.setDaemon(true));
    threads.forEach(Thread::start);
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    for (Thread thread : threads) {
      thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      assertThat(thread.isAlive()).as("%s still runs after %s, at %s", thread.getName(), DEADLINE,
          Arrays.toString(thread.getStackTrace())).isFalse();
    }
    System.out.printf(Locale.ROOT, "HmmModelConcurrencyIT: %d calls on %d threads in %.1f s, %d failed%s%n",
        calls.get(), THREADS, (System.nanoTime() - start) / 1e9, failures.size(),
        failures.isEmpty() ? "" : ", the first: " + failures.peek());
    assertThat(calls).hasValue(THREADS * CALLS_PER_THREAD);
    assertThat(failures).isEmpty();
  }

  /** Durations then F0, as MaryTTS's acoustic modeller calls them, alone. */
  private static List<String> predict(Document allophones) throws Exception {
    Document doc = (Document) allophones.cloneNode(true);
    List<Element> segments = segments(doc);
    model.applyTo(segments);
    model.applyFromTo(segments, segments);
    return f0(segments);
  }

  private static List<Element> segments(Document doc) {
    NodeList phones = doc.getElementsByTagNameNS(MaryXml.NAMESPACE, "ph");
    List<Element> segments = new ArrayList<>();
    for (int i = 0; i < phones.getLength(); i++) {
      segments.add((Element) phones.item(i));
    }
    return segments;
  }

  private static List<String> f0(List<Element> segments) {
    List<String> f0 = new ArrayList<>();
    for (Element segment : segments) {
      f0.add(segment.getAttribute("f0"));
    }
    return f0;
  }
}
