package org.paperledge.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;
import org.paperledge.script.Announcements;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.script.Segment;
import org.paperledge.script.Segmenter;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The pipeline benchmark's baseline: one episode spoken by plain, sequential MaryTTS in this JVM, with no cache,
 * no pipeline, no trimming and no mixing. What is said and how it is tokenized are the renderer's: the intro, every
 * segment of the script and the closing credit, each sentence through {@link Normalizer}. MaryTTS is set up as
 * {@link MarySynthesizer} sets it up, warmed up with one short sentence, then given one document per paragraph,
 * holding all its sentences.
 *
 * <p>Usage: {@code PlainMaryBaseline SCRIPT [SHOW_FILE [VOICES_DIR]]} (defaults {@code show.yaml} and
 * {@code voices}). Prints one line: {@code baseline: P paragraphs, S sentences, A s of audio; ...} with the time of
 * each phase. The pipeline benchmark times the whole process from outside.
 */
public final class PlainMaryBaseline {
  private PlainMaryBaseline() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: PlainMaryBaseline SCRIPT [SHOW_FILE [VOICES_DIR]]");
      System.exit(2);
    }
    long started = System.nanoTime();
    Show show = Show.load(Path.of(args.length > 1 ? args[1] : "show.yaml"));
    Path voices = Path.of(args.length > 2 ? args[2] : "voices");
    Script script = new ScriptParser().parse(Path.of(args[0]));
    VoiceProfile voice = VoiceProfile.load(voices, script.meta().voice().orElse(show.voice()));
    Normalizer normalizer = new Normalizer(voice.lexicon().with(script.lexicon()));
    List<List<List<Token>>> paragraphs = new ArrayList<>();
    int sentences = 0;
    for (List<String> paragraph : spoken(script, show.name())) {
      List<List<Token>> tokens = new ArrayList<>();
      for (String sentence : paragraph) {
        List<Token> t = normalizer.tokens(sentence);
        if (!t.stream().allMatch(Token::isPunctuation)) { // as the renderer: nothing audible, nothing said
          tokens.add(t);
        }
      }
      if (!tokens.isEmpty()) {
        paragraphs.add(tokens);
        sentences += tokens.size();
      }
    }
    long prepared = System.nanoTime();
    LocalMaryInterface mary = start(voice);
    long ready = System.nanoTime();
    audioSeconds(mary, MaryXml.tokens(normalizer.tokens("Warming up."), voice.rate()));
    long warm = System.nanoTime();
    double audio = 0;
    for (List<List<Token>> paragraph : paragraphs) {
      audio += audioSeconds(mary, paragraph(paragraph, voice.rate()));
    }
    long done = System.nanoTime();
    System.out.printf(Locale.ROOT, "baseline: %d paragraphs, %d sentences, %.1f s of audio; script and voice %.1f s,"
            + " MaryTTS start %.1f s, warm-up %.1f s, synthesis %.1f s%n", paragraphs.size(), sentences, audio,
        (prepared - started) / 1e9, (ready - prepared) / 1e9, (warm - ready) / 1e9, (done - warm) / 1e9);
  }

  /**
   * What the renderer says for {@code script}, paragraph by paragraph, each paragraph as its sentences: the intro
   * alone, the script's paragraphs, the closing credit alone. Intro and credit are one text each, as the renderer
   * synthesizes them.
   */
  static List<List<String>> spoken(Script script, String showName) {
    List<List<String>> spoken = new ArrayList<>();
    spoken.add(List.of(Announcements.intro(showName, script.meta())));
    spoken.addAll(paragraphs(new Segmenter().segments(script)));
    spoken.add(List.of(Announcements.outro(showName, script.meta().authors())));
    return spoken;
  }

  /**
   * Groups segments into paragraphs of sentences: a paragraph starts with the first segment and at every
   * {@link Segment.Pause#PARAGRAPH} or {@link Segment.Pause#CHAPTER} pause; a segment after a
   * {@link Segment.Pause#NONE} pause continues the sentence that a long sentence was cut from, and is joined
   * back to it.
   */
  static List<List<String>> paragraphs(List<Segment> segments) {
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> current = null;
    for (Segment segment : segments) {
      Segment.Pause pause = segment.pauseBefore();
      if (current == null || pause == Segment.Pause.PARAGRAPH || pause == Segment.Pause.CHAPTER) {
        current = new ArrayList<>();
        paragraphs.add(current);
        current.add(segment.text());
      } else if (pause == Segment.Pause.NONE) {
        current.set(current.size() - 1, current.get(current.size() - 1) + " " + segment.text());
      } else {
        current.add(segment.text());
      }
    }
    return paragraphs;
  }

  /**
   * A MaryXML document for a paragraph: {@link MaryXml}'s shape, with one {@code <s>} per sentence in its one
   * {@code <p>} (inside the {@code <prosody>} when the rate is not 1).
   */
  static Document paragraph(List<List<Token>> sentences, double rate) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("a paragraph needs a sentence");
    }
    Document doc = MaryXml.tokens(sentences.get(0), rate);
    Node first = doc.getElementsByTagNameNS(MaryXml.NAMESPACE, "s").item(0);
    Node parent = first.getParentNode();
    for (List<Token> sentence : sentences.subList(1, sentences.size())) {
      Document other = MaryXml.tokens(sentence, rate);
      parent.appendChild(doc.importNode(other.getElementsByTagNameNS(MaryXml.NAMESPACE, "s").item(0), true));
    }
    return doc;
  }

  /** MaryTTS set up as {@link MarySynthesizer#start(String, String)} sets it up. */
  private static LocalMaryInterface start(VoiceProfile voice) throws IOException, MaryConfigurationException {
    System.setProperty("server", "commandline");
    System.setProperty("log4j.logger.marytts", "OFF");
    Path base = Files.createTempDirectory("paperledge-mary-");
    base.toFile().deleteOnExit();
    System.setProperty("mary.base", base.toString());
    LocalMaryInterface mary = new LocalMaryInterface();
    mary.setVoice(voice.maryVoice());
    mary.setInputType("TOKENS");
    mary.setOutputType("AUDIO");
    if (!voice.effects().isBlank()) {
      mary.setAudioEffects(voice.effects());
    }
    return mary;
  }

  /** Synthesizes {@code doc}, reads the audio to its end and returns its duration. */
  private static double audioSeconds(LocalMaryInterface mary, Document doc) throws SynthesisException, IOException {
    try (AudioInputStream audio = mary.generateAudio(doc)) {
      byte[] buffer = new byte[1 << 16];
      long bytes = 0;
      for (int n = audio.read(buffer); n != -1; n = audio.read(buffer)) {
        bytes += n;
      }
      AudioFormat format = audio.getFormat();
      return bytes / (double) format.getFrameSize() / format.getFrameRate();
    }
  }
}
