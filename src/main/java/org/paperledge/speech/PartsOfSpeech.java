package org.paperledge.speech;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import marytts.datatypes.MaryXML;
import marytts.server.MaryProperties;
import marytts.util.dom.MaryDomUtils;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The part-of-speech step of MaryTTS's English pipeline (its {@code OpenNLPPosTagger}: WORDS to PARTSOFSPEECH),
 * done here with the same OpenNLP model, so that the model can load on its own thread while MaryTTS starts
 * rather than after it: that load is about half a second, on the way to the first sentence of every run.
 *
 * <p>Each instance holds its own tagger (an OpenNLP tagger keeps per-call state); the model is shared.
 */
final class PartsOfSpeech {
  /** Where MaryTTS's English configuration says the model is ({@code en.pos.model}). */
  static final String MODEL = "/marytts/language/en/tagger/en-pos-maxent.bin";

  private static CompletableFuture<POSModel> model;

  private final POSTaggerME tagger;

  PartsOfSpeech(POSModel model) {
    this.tagger = new POSTaggerME(model);
  }

  /**
   * Starts loading the model on a background thread, once per JVM; later calls return the same load, unless it
   * failed (then they try again).
   */
  static synchronized CompletableFuture<POSModel> load() {
    if (model == null || model.isCompletedExceptionally()) {
      CompletableFuture<POSModel> loading = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
        try (InputStream in = PartsOfSpeech.class.getResourceAsStream(MODEL)) {
          if (in == null) {
            throw new IOException("no " + MODEL + " on the class path");
          }
          loading.complete(new POSModel(in));
        } catch (Throwable e) {
          loading.completeExceptionally(e);
        }
      }, "paperledge-pos-model");
      thread.setDaemon(true);
      thread.start();
      model = loading;
    }
    return model;
  }

  /**
   * Whether MaryTTS, as configured in this JVM, would tag English with exactly this model and no tag mapping;
   * only then may this class stand in for its tagger. Call once MaryTTS has started.
   */
  static boolean standsInForMaryTts() {
    return ("jar:" + MODEL).equals(MaryProperties.getProperty("en.pos.model"))
        && MaryProperties.getProperty("en.pos.posMap") == null;
  }

  /**
   * Sets the {@code pos} attribute of the tokens of {@code words}, a WORDS-stage document, as MaryTTS 5.2.1 does:
   * sentence by sentence, a one-word sentence tagged as if a full stop followed it, and a token that already has
   * a part of speech (punctuation, from the stage before) keeping it.
   */
  @SuppressWarnings("deprecation") // tag(List): the call MaryTTS makes, so the tags are the same
  void tag(Document words) {
    for (Element sentence : elements(words.getDocumentElement(), MaryXML.SENTENCE)) {
      List<Element> tokens = elements(sentence, MaryXML.TOKEN);
      List<String> texts = new ArrayList<>(tokens.size() + 1);
      for (Element token : tokens) {
        texts.add(MaryDomUtils.tokenText(token));
      }
      if (texts.size() == 1) {
        texts.add(".");
      }
      List<String> tags = tagger.tag(texts);
      for (int i = 0; i < tokens.size(); i++) {
        if (!tokens.get(i).hasAttribute("pos")) {
          tokens.get(i).setAttribute("pos", tags.get(i));
        }
      }
    }
  }

  /** The elements named {@code name} below {@code root}, in document order. */
  private static List<Element> elements(Element root, String name) {
    NodeList nodes = root.getElementsByTagNameNS(MaryXml.NAMESPACE, name);
    List<Element> found = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}
