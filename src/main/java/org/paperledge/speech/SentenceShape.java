package org.paperledge.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import marytts.datatypes.MaryXML;
import marytts.exceptions.MaryConfigurationException;
import marytts.htsengine.HTSPStream;
import marytts.htsengine.HTSParameterGeneration;
import marytts.htsengine.HTSUttModel;
import marytts.modules.phonemiser.Allophone;
import marytts.modules.phonemiser.AllophoneSet;
import marytts.util.MaryRuntimeUtils;
import marytts.util.dom.MaryDomUtils;
import org.w3c.dom.Element;
import org.w3c.dom.traversal.NodeIterator;

/**
 * Applies a {@link ProsodyPlan} to one sentence as MaryTTS's acoustic stage left it: phone and pause durations in
 * the document, before the HMM engine turns them into frames, then log-F0 frame by frame after parameter
 * generation. Each token PaperLedge gave MaryTTS is one {@code <t>} in the document, or one {@code <mtu>} when
 * MaryTTS expanded it into several words, in the same order.
 */
final class SentenceShape {
  private final ProsodyPlan plan;
  /** The token of the plan that each {@code <t>} element of the sentence belongs to. */
  private final Map<Element, Integer> tokenOf;

  private SentenceShape(ProsodyPlan plan, Map<Element, Integer> tokenOf) {
    this.plan = plan;
    this.tokenOf = tokenOf;
  }

  /**
   * The shape of a sentence's tokens and boundaries (as {@link HmmSpeech#sentences} groups them). Should MaryTTS
   * not hold one token for each the plan is for, a plan that marks no token in particular (a question, a list
   * item, a liveliness) is still applied, to the sentence as a whole.
   *
   * @throws IllegalStateException when the counts differ and the plan marks tokens (emphasis, asides)
   */
  static SentenceShape of(List<Element> tokensAndBoundaries, ProsodyPlan plan) {
    Map<Element, Integer> tokenOf = new IdentityHashMap<>();
    Element unit = null;
    int index = -1;
    for (Element e : tokensAndBoundaries) {
      if (!e.getTagName().equals(MaryXML.TOKEN)) {
        continue;
      }
      Element mtu = (Element) MaryDomUtils.getAncestor(e, MaryXML.MTU);
      Element current = mtu != null ? mtu : e;
      if (current != unit) {
        unit = current;
        index++;
      }
      tokenOf.put(e, index);
    }
    if (index + 1 != plan.marks().size()) {
      if (plan.marks().marksTokens()) {
        throw new IllegalStateException("MaryTTS made " + (index + 1) + " tokens of the " + plan.marks().size()
            + " it was given");
      }
      return new SentenceShape(plan, Map.of());
    }
    return new SentenceShape(plan, tokenOf);
  }

  /** Scales each token's phone durations by the plan, and shortens the pauses it limits. */
  void applyDurations(List<Element> tokensAndBoundaries) {
    int lastToken = -1;
    for (Element e : tokensAndBoundaries) {
      if (e.getTagName().equals(MaryXML.TOKEN)) {
        lastToken = tokenOf.getOrDefault(e, -1);
        double factor = lastToken < 0 ? 1.0 : plan.durationFactor(lastToken);
        if (factor != 1.0) {
          for (Element phone : phones(e)) {
            double d = Double.parseDouble(phone.getAttribute("d"));
            phone.setAttribute("d", String.format(Locale.ROOT, "%.1f", d * factor));
          }
        }
      } else if (lastToken >= 0 && e.hasAttribute("duration")) {
        int limit = plan.pauseLimitAfter(lastToken);
        if (limit > 0 && Double.parseDouble(e.getAttribute("duration")) > limit) {
          e.setAttribute("duration", String.valueOf(limit));
        }
      }
    }
  }

  /**
   * Reshapes the generated log-F0 by the plan.
   *
   * @return where the tokens fall in the frames
   * @param segmentsAndBoundaries the elements the HMM engine made {@code model} of, one per model
   */
  FrameLayout reshape(HTSUttModel model, HTSParameterGeneration generation,
      List<Element> segmentsAndBoundaries, double framePeriod) throws MaryConfigurationException {
    boolean[] voiced = generation.getVoicedArray();
    HTSPStream lf0 = generation.getlf0Pst();
    double[] f = new double[voiced.length];
    Arrays.fill(f, Double.NaN);
    for (int t = 0, v = 0; t < f.length; t++) {
      if (voiced[t]) {
        f[t] = lf0.getPar(v++, 0);
      }
    }
    FrameLayout layout = layout(model, voiced, segmentsAndBoundaries, framePeriod);
    double[] shaped = plan.logF0(layout, f);
    for (int t = 0, v = 0; t < f.length; t++) {
      if (voiced[t]) {
        lf0.setPar(v++, 0, shaped[t]);
      }
    }
    return layout;
  }

  /**
   * Where each token's phones fall in the engine's frames, one model per element of {@code segmentsAndBoundaries};
   * a token's accent is its stressed syllable (a word without one, as some function words, its first syllable
   * with a vowel), from the syllable's first phone to the end of its vowel.
   */
  private FrameLayout layout(HTSUttModel model, boolean[] voiced, List<Element> segmentsAndBoundaries,
      double framePeriod) throws MaryConfigurationException {
    int n = plan.marks().size();
    int[][] spans = new int[n][];
    int[][] stressed = new int[n][];
    int[][] firstVowel = new int[n][];
    AllophoneSet allophones = null;
    Element syllable = null;
    int syllableStart = 0;
    int frame = 0;
    for (int i = 0; i < model.getNumUttModel(); i++) {
      Element e = segmentsAndBoundaries.get(i);
      int start = frame;
      frame += model.getUttModel(i).getTotalDur();
      if (!e.getTagName().equals(MaryXML.PHONE)) {
        continue;
      }
      Integer token = tokenOf.get((Element) MaryDomUtils.getAncestor(e, MaryXML.TOKEN));
      if (token == null) {
        continue; // not aligned: the plan shapes the sentence as a whole
      }
      spans[token] = spans[token] == null ? new int[] {start, frame} : new int[] {spans[token][0], frame};
      Element in = (Element) MaryDomUtils.getAncestor(e, MaryXML.SYLLABLE);
      if (in != syllable) {
        syllable = in;
        syllableStart = start;
      }
      if (allophones == null) {
        allophones = MaryRuntimeUtils.determineAllophoneSet(e);
      }
      Allophone phone = allophones.getAllophone(e.getAttribute("p"));
      if (phone != null && phone.isVowel()) {
        if (stressed[token] == null && in != null && "1".equals(in.getAttribute("stress"))) {
          stressed[token] = new int[] {syllableStart, start, frame};
        }
        if (firstVowel[token] == null) {
          firstVowel[token] = new int[] {syllableStart, start, frame};
        }
      }
    }
    List<FrameLayout.TokenFrames> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < n; i++) {
      if (spans[i] == null) {
        tokens.add(FrameLayout.TokenFrames.silent(at));
        continue;
      }
      at = spans[i][1];
      int[] accent = stressed[i] != null ? stressed[i] : firstVowel[i] != null ? firstVowel[i] : new int[] {-1, -1, -1};
      tokens.add(new FrameLayout.TokenFrames(spans[i][0], spans[i][1], accent[0], accent[1], accent[2]));
    }
    return new FrameLayout(framePeriod, voiced, tokens);
  }

  private static List<Element> phones(Element token) {
    List<Element> out = new ArrayList<>();
    NodeIterator it = MaryDomUtils.createNodeIterator(token.getOwnerDocument(), token, MaryXML.PHONE);
    Element phone;
    while ((phone = (Element) it.nextNode()) != null) {
      out.add(phone);
    }
    return out;
  }
}
