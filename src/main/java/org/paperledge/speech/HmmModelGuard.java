package org.paperledge.speech;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import marytts.modules.acoustic.HMMModel;
import marytts.modules.acoustic.Model;
import marytts.modules.synthesis.Voice;

/**
 * Makes the acoustic models of MaryTTS's HMM voices safe to use from several synthesis threads at once.
 *
 * <p>An HMM voice has one {@code HMMModel} per JVM, shared by every thread, that predicts first the durations
 * of a sentence and then its F0. In between, it keeps the sentence's utterance model in a {@code WeakHashMap}
 * keyed by the sentence's list of phones ({@code HMMModel.uttModels}, MaryTTS 5.2.1), with no lock. A put on one
 * thread racing a put, a resize or the removal of finished sentences' entries on another loses an entry; F0
 * prediction then finds none and fails with a NullPointerException ("um" is null), which MaryTTS reports as
 * "cannot process". Less often, the race links a bucket's entries into a cycle, and every later put into that
 * bucket spins for ever. Every MaryTTS instance in the JVM uses that one model: the cure is a lock on it, not a fresh
 * instance.
 *
 * <p>This wraps that map, once per model, in a synchronized one: the same entries and the same weak keys, behind
 * a lock held for one get or put, twice a sentence. It must happen before any thread synthesizes with the voice,
 * which {@link MarySynthesizer#start} sees to: it guards the voice on every start, under its start-up lock, and
 * only the first start finds anything to do.
 */
final class HmmModelGuard {
  /** The models guarded so far: guarding one twice would only add a lock. */
  private static final Set<HMMModel> GUARDED = Collections.newSetFromMap(new IdentityHashMap<>());

  private HmmModelGuard() {}

  /**
   * Guards every HMM model of {@code voice} that is not guarded yet.
   *
   * @throws IllegalStateException when a model does not keep its utterance models as MaryTTS 5.2.1 does
   */
  static synchronized void guard(Voice voice) {
    Map<String, Model> models = voice.getAcousticModels();
    if (models == null) {
      return;
    }
    for (Model model : models.values()) {
      if (model instanceof HMMModel hmm && !GUARDED.contains(hmm)) {
        replaceMap(hmm);
        GUARDED.add(hmm);
      }
    }
  }

  /** Whether {@code model}'s utterance models are behind a lock. */
  static synchronized boolean isGuarded(HMMModel model) {
    return GUARDED.contains(model);
  }

  private static void replaceMap(HMMModel model) {
    Object map;
    Field field;
    try {
      field = HMMModel.class.getDeclaredField("uttModels");
      field.setAccessible(true);
      map = field.get(model);
    } catch (NoSuchFieldException | IllegalAccessException | InaccessibleObjectException e) {
      throw new IllegalStateException("cannot reach MaryTTS's HMMModel.uttModels to put it behind a lock: " + e, e);
    }
    if (!(map instanceof WeakHashMap<?, ?> stock)) {
      throw new IllegalStateException("MaryTTS's HMMModel.uttModels is a "
          + (map == null ? "null" : map.getClass().getName()) + ", not the WeakHashMap of MaryTTS 5.2.1");
    }
    try {
      field.set(model, Collections.synchronizedMap(stock));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot put MaryTTS's HMMModel.uttModels behind a lock: " + e, e);
    }
  }
}
