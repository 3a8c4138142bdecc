package org.paperledge.speech;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import marytts.LocalMaryInterface;
import org.paperledge.bench.PitchTrack;
import org.paperledge.bench.Praat;
import org.paperledge.bench.Readings.Heard;
import org.paperledge.bench.Readings;
import org.paperledge.model.Lexicon;
import org.paperledge.model.VoiceDesign;
import org.paperledge.speech.ProsodyMarks.Emphasis;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The measurements behind notes/prosody-approach.md: what MaryTTS's acoustic stage does with ToBI accents,
 * boundary tones and {@code prosody} elements in the TOKENS document PaperLedge gives it (voice cmu-slt-hsmm),
 * beside {@link ProsodyPlan}'s shaping of the parameters, all measured with Praat. Needs Debian's praat.
 */
public final class ProsodyApproaches {
  private static final Normalizer NORMALIZER = new Normalizer(Lexicon.EMPTY);
  private final LocalMaryInterface acoustic;
  private final HmmSpeech speech;
  private final MarySynthesizer mary;
  private final Praat praat;

  private ProsodyApproaches() throws Exception {
    mary = MarySynthesizer.start("cmu-slt-hsmm"); // sets MaryTTS up
    acoustic = new LocalMaryInterface();
    acoustic.setVoice("cmu-slt-hsmm");
    acoustic.setInputType("TOKENS");
    acoustic.setOutputType("ACOUSTPARAMS");
    speech = HmmSpeech.forVoice("cmu-slt-hsmm");
    praat = Praat.in(Files.createTempDirectory("paperledge-approaches-"));
  }

  public static void main(String[] args) throws Exception {
    ProsodyApproaches a = new ProsodyApproaches();
    a.emphasis("We measured the sound of the trees at night.", "trees");
    a.question("You measured the trees at night?");
    a.exclamation("The trees were talking all night!");
    a.aside("The sensors (which cost very little) ran for a whole year.", "which cost very little");
    a.fragility();
    System.exit(0);
  }

  /** Speaks MaryTTS's acoustic parameters for {@code tokens}, the TOKENS document edited first. */
  private Heard mary(List<Token> tokens, Consumer<Document> edit) throws Exception {
    Document doc = MaryXml.tokens(tokens, 1.0);
    edit.accept(doc);
    List<FrameLayout> layouts = new ArrayList<>();
    // A plain plan changes nothing; it only tells where the tokens are.
    ProsodyPlan plain = new ProsodyPlan(ProsodyMarks.of(tokens).withKind(ProsodyMarks.Kind.STATEMENT));
    var pcm = speech.speak(acoustic.generateXML(doc), VoiceDesign.NONE, plain, layouts::add);
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      positions.add(i);
    }
    TimedSpeech timed = TimedSpeech.of(pcm, layouts.get(0), positions);
    return new Heard(timed, praat.pitch(pcm));
  }

  private Heard plan(List<Token> tokens, ProsodyMarks marks) throws Exception {
    TimedSpeech timed = mary.synthesizeTimed(tokens, 1.0, marks);
    return new Heard(timed, praat.pitch(timed.pcm()));
  }

  private void emphasis(String text, String word) throws Exception {
    List<Token> tokens = NORMALIZER.tokens(text);
    int w = Readings.indexOf(tokens, word, 0);
    Heard plain = mary(tokens, d -> { });
    System.out.println("Emphasis on '" + word + "' in \"" + text + "\": peak gain st, duration ratio");
    for (String accent : List.of("H*", "L+H*", "^H*", "L*", "!H*", "none")) {
      show("  (a) accent=\"" + accent + "\"", plain, mary(tokens, d -> token(d, w).setAttribute("accent", accent)), w);
    }
    show("  (a) <prosody pitch=+20% rate=-20%>", plain,
        mary(tokens, d -> wrap(d, w, w + 1, "pitch", "+20%", "rate", "-20%")), w);
    show("  (b) emphasis", plain, plan(tokens, ProsodyMarks.of(tokens).withEmphasis(w, Emphasis.EMPHASIS)), w);
    show("  (b) strong", plain, plan(tokens, ProsodyMarks.of(tokens).withEmphasis(w, Emphasis.STRONG)), w);
  }

  private static void show(String label, Heard plain, Heard marked, int w) {
    System.out.printf(Locale.ROOT, "%-40s %+6.2f %6.2f%n", label, Readings.peakGain(plain, marked, w),
        Readings.durationRatio(plain, marked, w));
  }

  private void question(String text) throws Exception {
    List<Token> tokens = NORMALIZER.tokens(text);
    List<Token> stated = NORMALIZER.tokens(text.replace('?', '.'));
    int last = tokens.size() - 1;
    System.out.println("Question \"" + text + "\": end of the last voiced 200 ms over the median, st; rise in it");
    end("  (a) '.' (MaryTTS: L-L%)", mary(stated, d -> { }).pitch());
    end("  (a) '?' (MaryTTS: H-H%, L* nucleus)", mary(tokens, d -> { }).pitch());
    end("  (a) '?' + <prosody contour> on the last 2", mary(tokens,
        d -> wrap(d, last - 2, last, "contour", "(0%,+0%)(60%,+5%)(100%,+40%)")).pitch());
    end("  (a) '?' + contour +80% at 100%", mary(tokens,
        d -> wrap(d, last - 2, last, "contour", "(0%,+0%)(60%,+10%)(100%,+80%)")).pitch());
    end("  (b) yes/no question", plan(tokens, ProsodyMarks.of(tokens)).pitch());
  }

  private static void end(String label, PitchTrack p) {
    System.out.printf(Locale.ROOT, "%-40s %+6.2f %+6.2f%n", label, p.endAboveMedian(), p.endWindowRise());
  }

  private void exclamation(String text) throws Exception {
    List<Token> tokens = NORMALIZER.tokens(text);
    List<Token> stated = NORMALIZER.tokens(text.replace('!', '.'));
    double base = mary(stated, d -> { }).pitch().rangeRatio();
    System.out.printf(Locale.ROOT, "Exclamation \"%s\": (p90/p10) over the '.' sentence's %.3f%n", text, base);
    range("  (a) '!' (MaryTTS: H* accents)", mary(tokens, d -> { }).pitch(), base);
    range("  (a) '!' + <prosody range=+60%>", mary(tokens, d -> wrapAll(d, "range", "+60%")).pitch(), base);
    range("  (a) '!' + <prosody pitch=+15%>", mary(tokens, d -> wrapAll(d, "pitch", "+15%")).pitch(), base);
    range("  (b) exclamation", plan(tokens, ProsodyMarks.of(tokens)).pitch(), base);
  }

  private static void range(String label, PitchTrack p, double base) {
    System.out.printf(Locale.ROOT, "%-40s %6.3f (%.1f st)%n", label, p.rangeRatio() / base, p.rangeSemitones());
  }

  private void aside(String text, String words) throws Exception {
    List<Token> tokens = NORMALIZER.tokens(text);
    ProsodyMarks.Span span = Readings.spanOf(tokens, words);
    Heard plain = mary(tokens, d -> { });
    System.out.println("Aside \"" + words + "\": median vs the rest st, faster %, pause before ms");
    asideRow("  (a) plain", plain, plain, span);
    asideRow("  (a) <prosody pitch=-12% rate=+10%>", plain,
        mary(tokens, d -> wrap(d, span.from(), span.to(), "pitch", "-12%", "rate", "+10%")), span);
    asideRow("  (b) aside", plain, plan(tokens, ProsodyMarks.of(tokens).withAside(span.from(), span.to())), span);
  }

  private static void asideRow(String label, Heard plain, Heard marked, ProsodyMarks.Span span) {
    System.out.printf(Locale.ROOT, "%-40s %+6.2f %6.1f %6.0f%n", label, Readings.asideOffset(marked, span),
        100 * Readings.asideSpeedUp(plain, marked, span), 1000 * Readings.pauseBefore(marked, span));
  }

  /** Prosody elements among the tokens of a sentence, next to tokens MaryTTS expands. */
  private void fragility() {
    System.out.println("A <prosody> element around one token of a sentence, MaryTTS's preprocessing:");
    String[][] cases = {{"We met Dr. Smith today .", "3"}, {"We met Dr. Smith today .", "2"},
        {"They met at 10:30 today .", "4"}, {"They met at 10:30 today .", "3"}};
    for (String[] c : cases) {
      List<Token> tokens = java.util.Arrays.stream(c[0].split(" ")).map(Token::of).toList();
      int at = Integer.parseInt(c[1]);
      Document doc = MaryXml.tokens(tokens, 1.0);
      wrap(doc, at, at + 1, "pitch", "+20%");
      String result;
      try {
        NodeList words = acoustic.generateXML(doc).getElementsByTagName("t");
        StringBuilder said = new StringBuilder();
        for (int i = 0; i < words.getLength(); i++) {
          said.append(words.item(i).getFirstChild().getNodeValue().trim()).append(' ');
        }
        result = "read \"" + said.toString().trim() + "\"";
      } catch (Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
          cause = cause.getCause();
        }
        result = "fails: " + cause.getMessage();
      }
      System.out.printf(Locale.ROOT, "  around '%s' in \"%s\": %s%n", tokens.get(at).text(), c[0], result);
    }
  }

  private static Element token(Document doc, int i) {
    return (Element) doc.getElementsByTagNameNS(MaryXml.NAMESPACE, "t").item(i);
  }

  /** Puts tokens {@code from} to {@code to} (exclusive) in a {@code prosody} element inside their sentence. */
  private static void wrap(Document doc, int from, int to, String... attributes) {
    Element first = token(doc, from);
    Element prosody = doc.createElementNS(MaryXml.NAMESPACE, "prosody");
    for (int i = 0; i < attributes.length; i += 2) {
      prosody.setAttribute(attributes[i], attributes[i + 1]);
    }
    List<Element> moved = new ArrayList<>();
    for (int i = from; i < to; i++) {
      moved.add(token(doc, i));
    }
    first.getParentNode().insertBefore(prosody, first);
    moved.forEach(prosody::appendChild);
  }

  /** Puts the whole sentence in a {@code prosody} element. */
  private static void wrapAll(Document doc, String... attributes) {
    Element s = (Element) doc.getElementsByTagNameNS(MaryXml.NAMESPACE, "s").item(0);
    Element prosody = doc.createElementNS(MaryXml.NAMESPACE, "prosody");
    for (int i = 0; i < attributes.length; i += 2) {
      prosody.setAttribute(attributes[i], attributes[i + 1]);
    }
    s.getParentNode().insertBefore(prosody, s);
    prosody.appendChild(s);
  }
}
