package org.paperledge.speech;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import marytts.Version;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;
import org.paperledge.audio.Pcm;
import org.paperledge.audio.ToolException;

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
  private final LocalMaryInterface mary;
  private final String voice;
  private final String effects;
  /** The waveform stage done here, or null to let MaryTTS do it (audio effects, or a voice it does not cover). */
  private final HmmSpeech hmm;

  private MarySynthesizer(LocalMaryInterface mary, String voice, String effects, HmmSpeech hmm) {
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
    synchronized (STARTUP) {
      configureOnce();
      try {
        LocalMaryInterface mary = new LocalMaryInterface();
        Set<String> voices = mary.getAvailableVoices();
        if (!voices.contains(voice)) {
          throw new ToolException("MaryTTS has no voice '" + voice + "' (available: "
              + voices.stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
        mary.setVoice(voice);
        mary.setInputType("TOKENS");
        HmmSpeech hmm = effects.isBlank() ? HmmSpeech.forVoice(voice) : null;
        mary.setOutputType(hmm != null ? "ACOUSTPARAMS" : "AUDIO");
        if (!effects.isBlank()) {
          mary.setAudioEffects(effects);
        }
        return new MarySynthesizer(mary, voice, effects, hmm);
      } catch (MaryConfigurationException | RuntimeException e) {
        throw new ToolException("MaryTTS failed to start: " + e.getMessage(), e);
      }
    }
  }

  private static void configureOnce() throws ToolException {
    if (System.getProperty("server") != null) {
      return;
    }
    // Modules start on first use, so the JTok tokenizer (not on Maven Central) is never started.
    System.setProperty("server", "commandline");
    // MaryTTS would otherwise write log/server.log wherever the user stands.
    System.setProperty("log4j.logger.marytts", "OFF");
    try {
      Path base = Files.createTempDirectory("paperledge-mary-");
      base.toFile().deleteOnExit();
      System.setProperty("mary.base", base.toString());
    } catch (IOException e) {
      throw new ToolException("MaryTTS: cannot create its base folder: " + e.getMessage(), e);
    }
  }

  @Override
  public Pcm synthesize(List<Token> tokens, double rate) throws ToolException {
    if (hmm != null) {
      try {
        return hmm.speak(mary.generateXML(MaryXml.tokens(tokens, rate)));
      } catch (Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        throw new ToolException("MaryTTS failed: " + why.replaceAll("\\s+", " "), e);
      }
    }
    try (AudioInputStream audio = mary.generateAudio(MaryXml.tokens(tokens, rate))) {
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
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new ToolException("MaryTTS failed: " + why.replaceAll("\\s+", " "), e);
    }
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
