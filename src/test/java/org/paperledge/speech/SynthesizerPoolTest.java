package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;
import org.paperledge.model.VoiceDesign;

class SynthesizerPoolTest {
  private final AtomicInteger startedCount = new AtomicInteger();
  private final List<String> closed = Collections.synchronizedList(new ArrayList<>());

  private class Fake implements Synthesizer {
    final String name = "s" + startedCount.incrementAndGet();

    @Override
    public Pcm synthesize(List<Token> tokens, double rate) {
      return new Pcm(new short[tokens.size()]);
    }

    @Override
    public String describe() {
      return "fake";
    }

    @Override
    public void close() {
      closed.add(name);
    }
  }

  @Test
  void nothingStartsForWorkThatNeedsNoSynthesizer() throws Exception {
    try (SynthesizerPool pool = SynthesizerPool.of(Fake::new, 2, "fake")) {
      assertThat(pool.submit(s -> "from a cache").get()).isEqualTo("from a cache");
      assertThat(startedCount).hasValue(0);
      assertThat(pool.describe()).isEqualTo("fake");
    }
    assertThat(closed).isEmpty();
  }

  @Test
  void eachThreadGetsItsOwnSynthesizerAndAllAreClosed() throws Exception {
    Set<Synthesizer> seen = Collections.synchronizedSet(new HashSet<>());
    try (SynthesizerPool pool = SynthesizerPool.of(Fake::new, 2, "fake")) {
      pool.prepare();
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        results.add(pool.submit(s -> {
          Synthesizer mine = s.get();
          assertThat(s.get()).isSameAs(mine);
          seen.add(mine);
          Thread.sleep(5);
          return mine.synthesize(List.of(Token.of("a")), 1.0).samples().length;
        }));
      }
      for (Future<Integer> f : results) {
        assertThat(f.get()).isEqualTo(1);
      }
    }
    assertThat(seen).hasSizeBetween(1, 2);
    assertThat(startedCount.get()).isEqualTo(seen.size());
    assertThat(closed).hasSize(seen.size());
  }

  @Test
  void aPreparedButUnusedSynthesizerIsClosed() {
    try (SynthesizerPool pool = SynthesizerPool.of(Fake::new, 2, "fake")) {
      pool.prepare();
      pool.prepare();
    }
    assertThat(startedCount).hasValue(1);
    assertThat(closed).containsExactly("s1");
  }

  @Test
  void aFailureToStartReachesTheTaskThatNeedsIt() {
    try (SynthesizerPool pool = SynthesizerPool.of(() -> {
      throw new ToolException("MaryTTS failed to start: no voice");
    }, 1, "fake")) {
      Future<Pcm> f = pool.submit(s -> s.get().synthesize(List.of(Token.of("a")), 1.0));
      assertThatThrownBy(f::get).hasCauseInstanceOf(ToolException.class)
          .hasMessageContaining("MaryTTS failed to start: no voice");
    }
  }

  @Test
  void threadsMustBePositive() {
    assertThatThrownBy(() -> SynthesizerPool.of(Fake::new, 0, "fake"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noOtherSynthesizerStartsBeforeTheFirstHasSynthesizedOnce() throws Exception {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    SynthesizerPool.Factory factory = () -> {
      events.add("start");
      return new Synthesizer() {
        @Override
        public Pcm synthesize(List<Token> tokens, double rate) {
          events.add("synthesis begins");
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          events.add("synthesis ends");
          return new Pcm(new short[1]);
        }

        @Override
        public String describe() {
          return "slow";
        }

        @Override
        public void close() {}
      };
    };
    try (SynthesizerPool pool = SynthesizerPool.of(factory, 2, "slow")) {
      Future<Pcm> a = pool.submit(s -> s.get().synthesize(List.of(Token.of("a")), 1.0));
      Future<Pcm> b = pool.submit(s -> s.get().synthesize(List.of(Token.of("b")), 1.0));
      a.get();
      b.get();
    }
    assertThat(events).hasSize(6);
    assertThat(events.subList(0, 4)).containsExactly("start", "synthesis begins", "synthesis ends", "start");
  }

  @Test
  void aDesignReachesEverySynthesizerOfThePoolTheFirstIncluded() throws Exception {
    List<VoiceDesign> received = Collections.synchronizedList(new ArrayList<>());
    SynthesizerPool.Factory factory = () -> new Fake() {
      @Override
      public Pcm synthesize(List<Token> tokens, double rate, VoiceDesign design, ProsodyMarks marks) {
        received.add(design);
        return new Pcm(new short[1]);
      }
    };
    VoiceDesign low = new VoiceDesign(-7, 0, 1, 1.1, 0, 0);
    try (SynthesizerPool pool = SynthesizerPool.of(factory, 2, "fake")) {
      List<Future<Pcm>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        results.add(pool.submit(s -> s.get().synthesize(List.of(Token.of("a")), 1.0, low, ProsodyMarks.of(List.of(Token.of("a"))))));
      }
      for (Future<Pcm> f : results) {
        f.get();
      }
    }
    assertThat(received).hasSize(6).containsOnly(low);
  }
}
