package org.paperledge.speech;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import marytts.Version;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;
import marytts.htsengine.HMMVoice;
import marytts.modules.synthesis.Voice;
import marytts.signalproc.effects.HMMDurationScaleEffect;
import marytts.signalproc.effects.HMMF0AddEffect;
import marytts.signalproc.effects.HMMF0ScaleEffect;
import opennlp.tools.postag.POSModel;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;
import org.paperledge.model.VoiceDesign;
import org.w3c.dom.Document;

/**
 * MaryTTS 5.2.1 embedded in this JVM, fed MaryXML at the TOKENS stage.
 *
 * <p>MaryTTS's own tokenizer needs JTok, which is not on Maven Central; in command-line mode its modules start
 * lazily, so giving it tokens directly never starts the tokenizer. One instance is not thread-safe; instances
 * on different threads are, but only once one instance has finished a first synthesis: MaryTTS starts its
 * modules on first use, without locking ({@link SynthesizerPool} sees to that), and only once the voice's
 * shared acoustic model is guarded ({@link HmmModelGuard}; every start does it).
 *
 * <p>Why it is over 300 lines: it is the one place that touches MaryTTS's shared state (the voice's settings that
 * audio effects change, the lock that keeps them from a design's synthesis, the start-up order), and splitting
 * that across classes would spread the rules for it too.
 */
public final class MarySynthesizer implements Synthesizer {
  private static final Object STARTUP = new Object();
  /** Tokens to words, when parts of speech are tagged here; else null. */
  private final LocalMaryInterface toWords;
  private final PartsOfSpeech partsOfSpeech;
  /** To acoustic parameters or audio, from parts of speech (or from tokens, when {@link #toWords} is null). */
  private final LocalMaryInterface mary;
  private final String voice;
  private final String effects;
  /** The waveform stage done here, or null to let MaryTTS do it (audio effects, or a voice it does not cover). */
  private final HmmSpeech hmm;

  private MarySynthesizer(LocalMaryInterface toWords, PartsOfSpeech partsOfSpeech, LocalMaryInterface mary,
      String voice, String effects, HmmSpeech hmm) {
    this.toWords = toWords;
    this.partsOfSpeech = partsOfSpeech;
    this.mary = mary;
    this.voice = voice;
    this.effects = effects;
    this.hmm = hmm;
  }

  /** Starts MaryTTS (about a second) and selects {@code voice}. */
  public static MarySynthesizer start(String voice) throws ToolException {
    return start(voice, "");
  }

  /** Starts MaryTTS and selects {@code voice} with MaryTTS audio {@code effects} (empty for none). */
  public static MarySynthesizer start(String voice, String effects) throws ToolException {
    return start(voice, effects, true);
  }

  /**
   * @param ownTagger whether parts of speech may be tagged here, where MaryTTS would tag them with the same
   *     model (false: MaryTTS tags them itself, as tests compare)
   */
  static MarySynthesizer start(String voice, String effects, boolean ownTagger) throws ToolException {
    synchronized (STARTUP) {
      configureOnce();
      // The tagger's model loads meanwhile, on its own thread (a no-op after the first start).
      CompletableFuture<POSModel> posModel = ownTagger ? PartsOfSpeech.load() : null;
      try {
        LocalMaryInterface mary = new LocalMaryInterface();
        Set<String> voices = mary.getAvailableVoices();
        if (!voices.contains(voice)) {
          throw new ToolException("MaryTTS has no voice '" + voice + "' (available: "
              + voices.stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
        mary.setVoice(voice);
        // Its acoustic model is shared by every thread, and keeps per-sentence state: put it behind a lock.
        HmmModelGuard.guard(Voice.getVoice(voice));
        LocalMaryInterface toWords = null;
        PartsOfSpeech partsOfSpeech = null;
        boolean english = Locale.US.equals(Voice.getVoice(voice).getLocale());
        POSModel model = posModel != null && english && PartsOfSpeech.standsInForMaryTts()
            ? awaitModel(posModel) : null;
        if (model != null) {
          toWords = new LocalMaryInterface();
          toWords.setVoice(voice);
          toWords.setInputType("TOKENS");
          toWords.setOutputType("WORDS");
          partsOfSpeech = new PartsOfSpeech(model);
          mary.setInputType("PARTSOFSPEECH");
        } else {
          mary.setInputType("TOKENS");
        }
        HmmSpeech hmm = effects.isBlank() ? HmmSpeech.forVoice(voice) : null;
        mary.setOutputType(hmm != null ? "ACOUSTPARAMS" : "AUDIO");
        if (!effects.isBlank()) {
          mary.setAudioEffects(effects);
        }
        return new MarySynthesizer(toWords, partsOfSpeech, mary, voice, effects, hmm);
      } catch (MaryConfigurationException | RuntimeException e) {
        throw new ToolException("MaryTTS failed to start: " + why(e), e);
      }
    }
  }

  /**
   * The loaded model, or null when it could not be loaded: MaryTTS then tags with its own copy, and says so if
   * it cannot either.
   */
  private static POSModel awaitModel(CompletableFuture<POSModel> model) throws ToolException {
    try {
      return model.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ToolException("interrupted while MaryTTS started", e);
    } catch (ExecutionException e) {
      return null;
    }
  }

  /** Whether parts of speech are tagged here rather than by MaryTTS. */
  boolean tagsPartsOfSpeech() {
    return partsOfSpeech != null;
  }

  /** The document MaryTTS's last stages are given: tokens, or words tagged with their parts of speech. */
  private Document input(List<Token> tokens, double rate) throws SynthesisException {
    Document doc = MaryXml.tokens(tokens, rate);
    if (toWords == null) {
      return doc;
    }
    Document words = toWords.generateXML(doc);
    partsOfSpeech.tag(words);
    return words;
  }

  private static void configureOnce() throws ToolException {
    if (System.getProperty("server") != null) {
      return;
    }
    // Modules start on first use, so the JTok tokenizer (not on Maven Central) is never started.
    System.setProperty("server", "commandline");
    // MaryTTS would otherwise write log/server.log wherever the user stands.
    System.setProperty("log4j.logger.marytts", "OFF");
    // Its logging (Log4j 2 behind the Log4j 1 API) would register management beans: a tenth of a second.
    if (System.getProperty("log4j2.disableJmx") == null) {
      System.setProperty("log4j2.disableJmx", "true");
    }
    try {
      Path base = Files.createTempDirectory("paperledge-mary-");
      base.toFile().deleteOnExit();
      System.setProperty("mary.base", base.toString());
    } catch (IOException e) {
      throw new ToolException("MaryTTS: cannot create its base folder: " + e.getMessage(), e);
    }
  }

  /**
   * Guards the state an HMM voice shares between all who use it. MaryTTS's synthesis module sets the voice's F0
   * and duration modifiers from a request's audio effects (F0Add, F0Scale, Rate) on the voice itself, and leaves
   * them set; the parameter generation and the vocoder read them. So a synthesis through MaryTTS's own waveform
   * stage (any with audio effects) runs alone and puts the modifiers back as it found them, while syntheses done
   * here (which set nothing) run side by side.
   */
  private static final ReentrantReadWriteLock VOICE_STATE = new ReentrantReadWriteLock();

  /** Synthesizes one segment in the plain voice, read as its punctuation asks: see {@link ProsodyMarks#of(List)}. */
  @Override
  public Pcm synthesize(List<Token> tokens, double rate) throws ToolException {
    return synthesize(tokens, rate, VoiceDesign.NONE, ProsodyMarks.of(tokens));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The design and the marks are applied to the HMM parameters, so they need the waveform stage done here: a
   * voice with MaryTTS audio effects, or one that stage does not cover, refuses any design and reads the marks
   * as MaryTTS does.
   *
   * @throws IllegalArgumentException when the marks are not for as many tokens
   */
  @Override
  public Pcm synthesize(List<Token> tokens, double rate, VoiceDesign design, ProsodyMarks marks)
      throws ToolException {
    if (hmm == null && !design.isIdentity()) {
      throw new ToolException("voice " + voice + (effects.isBlank() ? "" : " with effects " + effects)
          + " cannot apply a voice design: MaryTTS makes its waveform");
    }
    ProsodyPlan.Marked marked = ProsodyPlan.withAsidePauses(tokens, marks); // checks that the marks fit
    if (hmm != null) {
      VOICE_STATE.readLock().lock();
      try {
        if (!marks.isPlain()) {
          ProsodyPlan plan = new ProsodyPlan(marked.marks());
          return hmm.speak(mary.generateXML(input(marked.tokens(), rate)), design, plan, null);
        }
        return hmm.speak(mary.generateXML(input(tokens, rate)), design, null, null);
      } catch (Exception e) {
        throw new ToolException("MaryTTS failed: " + why(e), e);
      } finally {
        VOICE_STATE.readLock().unlock();
      }
    }
    VOICE_STATE.writeLock().lock();
    try {
      return synthesizeWithMaryTts(tokens, rate);
    } finally {
      if (Voice.getVoice(voice) instanceof HMMVoice shared) {
        shared.setF0Mean(HMMF0AddEffect.NO_MODIFICATION);
        shared.setF0Std(HMMF0ScaleEffect.NO_MODIFICATION);
        shared.setDurationScale(HMMDurationScaleEffect.NO_MODIFICATION);
      }
      VOICE_STATE.writeLock().unlock();
    }
  }

  /** MaryTTS's whole pipeline, its waveform stage and audio effects included. */
  private Pcm synthesizeWithMaryTts(List<Token> tokens, double rate) throws ToolException {
    try (AudioInputStream audio = mary.generateAudio(input(tokens, rate))) {
      AudioFormat format = audio.getFormat();
      if (format.getSampleRate() != Pcm.RATE || format.getChannels() != 1 || format.getSampleSizeInBits() != 16
          || format.isBigEndian()) {
        audio.transferTo(java.io.OutputStream.nullOutputStream()); // read to the end: see below
        throw new ToolException("MaryTTS produced unexpected audio: " + format);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
      audio.transferTo(bytes); // always read to the end: an unread stream leaks a vocoder thread
      return Pcm.fromBytes(bytes.toByteArray(), bytes.size());
    } catch (SynthesisException | IOException | RuntimeException e) {
      throw new ToolException("MaryTTS failed: " + why(e), e);
    }
  }

  /**
   * What went wrong, on one line: the message MaryTTS gave, then the class and message of the deepest cause.
   * MaryTTS wraps every failure as "cannot process", so its own message alone says nothing.
   */
  static String why(Throwable e) {
    Throwable root = e;
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(e);
    while (root.getCause() != null && seen.add(root.getCause())) {
      root = root.getCause();
    }
    String why = root == e ? e.toString()
        : (e.getMessage() == null ? e.getClass().getName() : e.getMessage()) + ", caused by " + root;
    return why.replaceAll("\\s+", " ").trim();
  }

  /**
   * Synthesizes one segment as {@link #synthesize(List, double, VoiceDesign, ProsodyMarks)} does in the plain
   * voice (the same samples), with where each token is spoken, for measuring a reading.
   *
   * @throws IllegalStateException when MaryTTS does the whole synthesis (audio effects), which tells no times
   */
  public TimedSpeech synthesizeTimed(List<Token> tokens, double rate, ProsodyMarks marks) throws ToolException {
    return synthesizeTimed(tokens, rate, VoiceDesign.NONE, marks);
  }

  /** As {@link #synthesizeTimed(List, double, ProsodyMarks)}, in the voice reshaped by {@code design}. */
  public TimedSpeech synthesizeTimed(List<Token> tokens, double rate, VoiceDesign design, ProsodyMarks marks)
      throws ToolException {
    if (hmm == null) {
      throw new IllegalStateException("no token times from MaryTTS's own waveform stage (audio effects)");
    }
    ProsodyPlan.Marked marked = ProsodyPlan.withAsidePauses(tokens, marks);
    List<FrameLayout> layouts = new java.util.ArrayList<>();
    Pcm pcm;
    VOICE_STATE.readLock().lock();
    try {
      pcm = hmm.speak(mary.generateXML(input(marked.tokens(), rate)), design, new ProsodyPlan(marked.marks()),
          layouts::add);
    } catch (Exception e) {
      throw new ToolException("MaryTTS failed: " + why(e), e);
    } finally {
      VOICE_STATE.readLock().unlock();
    }
    if (layouts.size() != 1) {
      throw new ToolException("MaryTTS made " + layouts.size() + " sentences of one");
    }
    return TimedSpeech.of(pcm, layouts.get(0), marked.positions());
  }

  @Override
  public String describe() {
    return describe(voice, effects);
  }

  /**
   * What {@link #describe()} says of a synthesizer for {@code voice} with {@code effects}, without starting one.
   * Without effects, the waveform stage is done here for the voices it covers (a fixed property of a voice),
   * and scales a few sentences slightly differently from MaryTTS: that audio is cached apart.
   */
  public static String describe(String voice, String effects) {
    // The words of MaryTTS's own version line ("Mary TTS server 5.2.1 (impl. ...)"), read from marytts.Version:
    // asking MaryTTS for that line loads its whole configuration, a quarter second before anything is needed.
    String version = "MaryTTSserver" + Version.specificationVersion() + "(impl." + Version.implementationVersion()
        + ")";
    return "marytts-" + version.replaceAll("\\s+", "") + "/" + voice
        + (effects.isBlank() ? "/paperledge-waveform-1" : "");
  }

  /** MaryTTS's release and the voices it has, as {@code MaryTTS 5.2.1 (voices: cmu-slt-hsmm)}, without starting it. */
  public static String engine() {
    List<String> voices = new java.util.ArrayList<>();
    for (marytts.config.VoiceConfig config : marytts.config.MaryConfig.getVoiceConfigs()) {
      voices.add(config.getName());
    }
    return "MaryTTS " + Version.specificationVersion() + " (voices: " + String.join(", ", voices) + ")";
  }

  @Override
  public void close() {
    // LocalMaryInterface holds no resources of its own; MaryTTS shuts down with the JVM.
  }
}
