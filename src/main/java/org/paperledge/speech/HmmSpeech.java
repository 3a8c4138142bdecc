package org.paperledge.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import marytts.datatypes.MaryXML;
import marytts.features.FeatureRegistry;
import marytts.features.TargetFeatureComputer;
import marytts.htsengine.HMMData;
import marytts.htsengine.HMMVoice;
import marytts.htsengine.HTSPStream;
import marytts.htsengine.HTSParameterGeneration;
import marytts.htsengine.HTSUttModel;
import marytts.htsengine.HTSVocoder;
import marytts.modules.HTSEngine;
import marytts.modules.ModuleRegistry;
import marytts.modules.TargetFeatureLister;
import marytts.modules.synthesis.Voice;
import marytts.signalproc.effects.HMMF0AddEffect;
import marytts.signalproc.effects.HMMF0ScaleEffect;
import marytts.unitselection.select.Target;
import marytts.util.dom.MaryDomUtils;
import org.paperledge.model.Pcm;
import org.paperledge.model.VoiceDesign;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.traversal.DocumentTraversal;
import org.w3c.dom.traversal.NodeFilter;
import org.w3c.dom.traversal.NodeIterator;

/**
 * The waveform stage of MaryTTS for an HMM voice, done here: from MaryTTS's acoustic parameters (phones with
 * durations and F0) through its HMM engine's parameter generation, then {@link MlsaVocoder} instead of MaryTTS's
 * streaming vocoder.
 *
 * <p>It follows what MaryTTS's {@code Synthesis} module and {@code HMMSynthesizer} do for a document without
 * voice changes or audio effects: one utterance per sentence, each scaled to 16 bits as MaryTTS scales it. One
 * instance per thread.
 *
 * <p>Why it is a little over 250 lines: it follows MaryTTS's own waveform stage step by step, so that the two can
 * be compared line for line ({@code HmmSpeechIT} compares their samples).
 */
final class HmmSpeech {
  /** MaryTTS scales the vocoder's output by the larger of this and the utterance's peak. */
  private static final double INITIAL_PEAK = 17000.0;

  private final HMMData data;
  private final TargetFeatureLister lister;
  private final TargetFeatureComputer features;
  private final ModelBuilder models = new ModelBuilder();
  private final MlsaVocoder.Settings settings;

  private HmmSpeech(HMMVoice voice) {
    this.data = voice.getHMMData();
    TargetFeatureLister registered = (TargetFeatureLister) ModuleRegistry.getModule(TargetFeatureLister.class);
    this.lister = registered != null ? registered : new TargetFeatureLister();
    this.features = FeatureRegistry.getTargetFeatureComputer(voice, data.getFeatureDefinition().getFeatureNames());
    // The F0 modifiers are the voice's own (unmodified), never what MaryTTS's last request with audio effects left
    // in the shared voice: see MarySynthesizer's VOICE_STATE.
    this.settings = new MlsaVocoder.Settings(data.getRate(), data.getFperiod(), data.getAlpha(), data.getBeta(),
        HMMF0ScaleEffect.NO_MODIFICATION, HMMF0AddEffect.NO_MODIFICATION, data.getMixFilters());
  }

  /**
   * The waveform stage for {@code voiceName}, or null when it is not an HMM voice whose settings
   * {@link MlsaVocoder} covers (MaryTTS's own stage is used then).
   */
  static HmmSpeech forVoice(String voiceName) {
    Voice voice = Voice.getVoice(voiceName);
    if (!(voice instanceof HMMVoice hmm)) {
      return null;
    }
    HMMData data = hmm.getHMMData();
    if (!MlsaVocoder.supports(data.getStage(), data.getUseMixExc() && data.getPdfStrStream() != null,
        data.getUseFourierMag() && data.getPdfMagStream() != null)
        || data.getMixFilters() == null || data.getNumFilters() < 1) {
      return null;
    }
    return new HmmSpeech(hmm);
  }

  /**
   * Speaks a document of acoustic parameters (MaryTTS's ACOUSTPARAMS).
   *
   * @return mono 16-bit samples at {@link Pcm#RATE} Hz
   */
  Pcm speak(Document acoustParams) throws Exception {
    return speak(acoustParams, VoiceDesign.NONE, null, null);
  }

  /**
   * Speaks a document of acoustic parameters (MaryTTS's ACOUSTPARAMS) in the voice reshaped by {@code design},
   * read as {@code plan} asks (null: as MaryTTS made them), telling {@code layouts} (when not null) where the
   * plan's tokens fall in the frames. A plan is for the tokens of one sentence; it is applied only when the
   * document holds one.
   *
   * @return mono 16-bit samples at {@link Pcm#RATE} Hz
   */
  Pcm speak(Document acoustParams, VoiceDesign design, ProsodyPlan plan, Consumer<FrameLayout> layouts)
      throws Exception {
    if (data.getRate() != Pcm.RATE) {
      throw new IllegalStateException("voice rate " + data.getRate() + " Hz, expected " + Pcm.RATE);
    }
    List<short[]> parts = new ArrayList<>();
    List<List<Element>> sentences = sentences(acoustParams);
    for (List<Element> sentence : sentences) {
      parts.add(toShorts(vocode(sentence, design, sentences.size() == 1 ? plan : null, layouts)));
    }
    int length = parts.stream().mapToInt(p -> p.length).sum();
    short[] all = new short[length];
    int at = 0;
    for (short[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return new Pcm(all);
  }

  /** The raw samples of one sentence: its tokens and boundaries. */
  double[] vocode(List<Element> tokensAndBoundaries) throws Exception {
    return vocode(tokensAndBoundaries, VoiceDesign.NONE, null, null);
  }

  /**
   * The raw samples of one sentence in the voice reshaped by {@code design}, read as {@code plan} asks (null: as
   * MaryTTS made it). The reading shapes durations and log-F0 first; the design then reshapes the voice that reads.
   */
  double[] vocode(List<Element> tokensAndBoundaries, VoiceDesign design, ProsodyPlan plan,
      Consumer<FrameLayout> layouts) throws Exception {
    // the design's pitch range scales the voice's own melody, before the reading shapes it: an accent or a
    // question's rise is as many semitones in every voice
    double range = plan == null ? 1 : design.range();
    SentenceShape shape = plan == null ? null : SentenceShape.of(tokensAndBoundaries, plan.forVoiceRange(range));
    if (shape != null) {
      shape.applyDurations(tokensAndBoundaries);
    }
    MlsaVocoder.Frames frames = frames(parameters(tokensAndBoundaries, shape, layouts));
    VoiceDesign rest = range == 1 ? design : new VoiceDesign(design.semitones(), design.medianHz(), 1,
        design.tract(), design.brightness(), design.breathiness());
    if (rest.isIdentity()) {
      return MlsaVocoder.synthesize(frames, settings); // exactly MaryTTS's parameters: its samples, bit for bit
    }
    return MlsaVocoder.synthesize(VoiceDesigner.frames(frames, rest, settings.alpha()),
        VoiceDesigner.settings(settings, rest));
  }

  /** The same sentence through MaryTTS's own vocoder, for comparison. */
  double[] vocodeWithMaryTts(List<Element> tokensAndBoundaries) throws Exception {
    HTSParameterGeneration p = parameters(tokensAndBoundaries, null, null);
    return new HTSVocoder().htsMLSAVocoder(p.getlf0Pst(), p.getMcepPst(), p.getStrPst(), p.getMagPst(),
        p.getVoicedArray(), data, null);
  }

  private HTSParameterGeneration parameters(List<Element> tokensAndBoundaries, SentenceShape shape,
      Consumer<FrameLayout> layouts) throws Exception {
    List<Element> segmentsAndBoundaries = new ArrayList<>();
    for (Element e : tokensAndBoundaries) {
      if (e.getTagName().equals(MaryXML.BOUNDARY)) {
        segmentsAndBoundaries.add(e);
      } else {
        NodeIterator phones = MaryDomUtils.createNodeIterator(e.getOwnerDocument(), e, MaryXML.PHONE);
        Element phone;
        while ((phone = (Element) phones.nextNode()) != null) {
          segmentsAndBoundaries.add(phone);
        }
      }
    }
    List<Target> targets = lister.getListTargetFeatures(features, segmentsAndBoundaries);
    HTSUttModel model = models.model(targets, segmentsAndBoundaries, data);
    HTSParameterGeneration generation = new HTSParameterGeneration();
    generation.htsMaximumLikelihoodParameterGeneration(model, data);
    if (shape != null) {
      FrameLayout layout =
          shape.reshape(model, generation, segmentsAndBoundaries, data.getFperiod() / (double) data.getRate());
      if (layouts != null) {
        layouts.accept(layout);
      }
    }
    return generation;
  }

  private static MlsaVocoder.Frames frames(HTSParameterGeneration p) {
    HTSPStream mcep = p.getMcepPst();
    HTSPStream lf0 = p.getlf0Pst();
    HTSPStream str = p.getStrPst();
    int frames = mcep.getT();
    double[][] mc = new double[frames][];
    double[][] strengths = new double[frames][];
    for (int t = 0; t < frames; t++) {
      mc[t] = row(mcep, t);
      strengths[t] = row(str, t);
    }
    double[] logF0 = new double[lf0.getT()];
    for (int t = 0; t < logF0.length; t++) {
      logF0[t] = lf0.getPar(t, 0);
    }
    return new MlsaVocoder.Frames(mc, logF0, p.getVoicedArray(), strengths);
  }

  private static double[] row(HTSPStream stream, int t) {
    double[] row = new double[stream.getOrder()];
    for (int i = 0; i < row.length; i++) {
      row[i] = stream.getPar(t, i);
    }
    return row;
  }

  /** Scales raw samples to 16 bits: by 32767 over the larger of 17000 and the peak, rounded. */
  static short[] toShorts(double[] raw) {
    double peak = INITIAL_PEAK;
    for (double v : raw) {
      peak = Math.max(peak, Math.abs(v));
    }
    short[] out = new short[raw.length];
    for (int i = 0; i < raw.length; i++) {
      out[i] = (short) Math.round(raw[i] / peak * 32767.0);
    }
    return out;
  }

  /**
   * The document's sentences as MaryTTS's synthesis module cuts them: the token and boundary elements, grouped
   * by enclosing sentence, keeping only groups with a token that has phones.
   */
  static List<List<Element>> sentences(Document doc) {
    NodeIterator it = ((DocumentTraversal) doc).createNodeIterator(doc, NodeFilter.SHOW_ELEMENT, null, false);
    List<List<Element>> groups = new ArrayList<>();
    List<Element> current = new ArrayList<>();
    Element currentSentence = null;
    Element e;
    while ((e = (Element) it.nextNode()) != null) {
      String tag = e.getTagName();
      if (!tag.equals(MaryXML.TOKEN) && !tag.equals(MaryXML.BOUNDARY)) {
        continue;
      }
      Element sentence = (Element) MaryDomUtils.getAncestor(e, MaryXML.SENTENCE);
      if (sentence != currentSentence) {
        addIfSpoken(groups, current);
        current = new ArrayList<>();
        currentSentence = sentence;
      }
      current.add(e);
    }
    addIfSpoken(groups, current);
    return groups;
  }

  private static void addIfSpoken(List<List<Element>> groups, List<Element> group) {
    for (Element e : group) {
      if (e.getTagName().equals(MaryXML.TOKEN) && e.getElementsByTagName(MaryXML.PHONE).getLength() > 0) {
        groups.add(group);
        return;
      }
    }
  }

  /** Gives access to the HMM engine's model building, which MaryTTS keeps protected. */
  private static final class ModelBuilder extends HTSEngine {
    HTSUttModel model(List<Target> targets, List<Element> segmentsAndBoundaries, HMMData data) throws Exception {
      return processTargetList(targets, segmentsAndBoundaries, data);
    }
  }
}
