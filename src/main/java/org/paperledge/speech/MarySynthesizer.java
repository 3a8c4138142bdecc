package org.paperledge.speech;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import marytts.Version;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;
import marytts.modules.synthesis.Voice;
import opennlp.tools.postag.POSModel;
import org.paperledge.audio.Pcm;
import org.paperledge.audio.ToolException;
import org.w3c.dom.Document;

/**
 * MaryTTS 5.2.1 embedded in this JVM, fed MaryXML at the TOKENS stage.
 *
 * <p>MaryTTS's own tokenizer needs JTok, which is not on Maven Central; in command-line mode its modules start
 * lazily, so giving it tokens directly never starts the tokenizer. One instance is not thread-safe; instances
 * on different threads are, but only once one instance has finished a first synthesis: MaryTTS starts its
 * modules on first use, without locking. {@link SynthesizerPool} sees to that.
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
        throw new ToolException("MaryTTS failed to start: " + e.getMessage(), e);
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

  /** Synthesizes one segment read as its punctuation asks: see {@link ProsodyMarks#of(List)}. */
  @Override
  public Pcm synthesize(List<Token> tokens, double rate) throws ToolException {
    return synthesize(tokens, rate, ProsodyMarks.of(tokens));
  }

  /**
   * Synthesizes one segment read as {@code marks} ask. With audio effects, MaryTTS does the whole synthesis and
   * the marks are not applied.
   *
   * @throws IllegalArgumentException when the marks are not for as many tokens
   */
  @Override
  public Pcm synthesize(List<Token> tokens, double rate, ProsodyMarks marks) throws ToolException {
    ProsodyPlan.Marked marked = ProsodyPlan.withAsidePauses(tokens, marks); // checks that the marks fit
    if (hmm != null) {
      try {
        if (!marks.isPlain()) {
          ProsodyPlan plan = new ProsodyPlan(marked.marks());
          return hmm.speak(mary.generateXML(input(marked.tokens(), rate)), plan, null);
        }
        return hmm.speak(mary.generateXML(input(tokens, rate)));
      } catch (Exception e) {
        throw failed(e);
      }
    }
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
      throw failed(e);
    }
  }

  /**
   * Synthesizes one segment as {@link #synthesize(List, double, ProsodyMarks)} does (the same samples), with where
   * each token is spoken, for measuring a reading.
   *
   * @throws IllegalStateException when MaryTTS does the whole synthesis (audio effects), which tells no times
   */
  public TimedSpeech synthesizeTimed(List<Token> tokens, double rate, ProsodyMarks marks) throws ToolException {
    if (hmm == null) {
      throw new IllegalStateException("no token times from MaryTTS's own waveform stage (audio effects)");
    }
    ProsodyPlan.Marked marked = ProsodyPlan.withAsidePauses(tokens, marks);
    List<FrameLayout> layouts = new ArrayList<>();
    Pcm pcm;
    try {
      pcm = hmm.speak(mary.generateXML(input(marked.tokens(), rate)), new ProsodyPlan(marked.marks()),
          layouts::add);
    } catch (Exception e) {
      throw failed(e);
    }
    if (layouts.size() != 1) {
      throw new ToolException("MaryTTS made " + layouts.size() + " sentences of one");
    }
    return TimedSpeech.of(pcm, layouts.get(0), marked.positions());
  }

  private static ToolException failed(Exception e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new ToolException("MaryTTS failed: " + why.replaceAll("\\s+", " "), e);
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

  @Override
  public void close() {
    // LocalMaryInterface holds no resources of its own; MaryTTS shuts down with the JVM.
  }
}
