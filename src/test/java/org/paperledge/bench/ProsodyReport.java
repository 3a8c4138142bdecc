package org.paperledge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;
import org.paperledge.model.VoiceDesign;
import org.paperledge.render.Cast;
import org.paperledge.render.PlannedLine;
import org.paperledge.render.Planner;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.MarySynthesizer;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.ProsodyMarks.Emphasis;
import org.paperledge.speech.ProsodyMarks.Kind;
import org.paperledge.speech.ProsodyMarks.ListItem;
import org.paperledge.speech.ProsodyMarks;
import org.paperledge.speech.Token;

/**
 * Prosody report: speaks a fixed set of sentences written for it, each construct beside its plain counterpart,
 * measures them with Praat and prints emphasis gain and duration ratio, question ends, exclamation range, aside
 * offset, speed and pauses, list ends, and the F0 range of a whole sample episode as its host reads it; exits 1
 * when a target is missed.
 *
 * <p>Run with {@code mvn -B -Pprosody-report -DskipTests -DskipITs verify} (needs Debian's {@code praat});
 * {@code -Dprosody.liveliness=X} sets the liveliness exclamations are also measured with. The output is also kept in
 * {@code bench/prosody-latest.txt}.
 */
public final class ProsodyReport {
  /** Emphasis: a sentence and the word stressed in it. */
  private static final String[][] EMPHASIS = {
      {"The model learned to cook from videos alone.", "cook"},
      {"Most of the sensors were placed near the roots.", "roots"},
      {"This trick works for small models too.", "small"},
      {"We should check every number in that table.", "every"}};
  private static final String[] YES_NO = {
      "Can you hear a thirsty tree?", "Did the model see the test questions during training?",
      "You measured the trees at night?", "So the robot never touched a real kitchen?"};
  private static final String[] WH = {
      "What do you think?", "Why would a tree make any noise at all?", "How did they collect all that audio?"};
  private static final String[] EXCLAIMED = {
      "That is a huge improvement!", "The trees were talking all night!", "This changes everything!",
      "And it only needed four examples!"};
  /** Asides: a sentence and the words of its aside. */
  private static final String[][] ASIDES = {
      {"The sensors (which cost very little) ran for a whole year.", "which cost very little"},
      {"The robot watched the videos — mostly cooking shows — and copied the moves.", "mostly cooking shows"},
      {"Their best model, the one with seven billion parameters, scored highest.",
          "the one with seven billion parameters"}};
  /** A list, one item per sentence. */
  private static final String[] LIST = {
      "Clip a microphone to the trunk.", "Record through the whole night.", "Count the crackles in the morning."};
  private static final Path EPISODE = Path.of("scripts/2026-10-05-can-you-hear-a-thirsty-tree.md");
  private static final Path REPORT = Path.of("bench", "prosody-latest.txt");

  private final MarySynthesizer mary;
  private final Normalizer normalizer;
  private final Praat praat;
  private final List<String> misses = new ArrayList<>();
  private final StringBuilder output = new StringBuilder();

  private ProsodyReport(MarySynthesizer mary, Normalizer normalizer, Praat praat) {
    this.mary = mary;
    this.normalizer = normalizer;
    this.praat = praat;
  }

  public static void main(String[] args) throws Exception {
    double liveliness = Double.parseDouble(System.getProperty("prosody.liveliness", "1.4"));
    List<String> voices = List.of(System.getProperty("prosody.voices", "stock,ernis,maya,theo,paper").split(","));
    Show show = Show.load(Path.of("show.yaml"));
    VoiceProfile host = VoiceProfile.load(Path.of("voices"), show.voice());
    ProsodyReport report = new ProsodyReport(MarySynthesizer.start(host.maryVoice()),
        new Normalizer(host.lexicon()), Praat.in(Files.createTempDirectory("paperledge-prosody-")));
    report.print("Prosody report, " + host.maryVoice() + " as each voice reshapes it (Praat: To Pitch 0.01 s,"
        + " 60-500 Hz)");
    for (String name : voices) {
      VoiceProfile voice = name.equals("stock") ? null : VoiceProfile.load(Path.of("voices"), name);
      report.design = voice == null ? VoiceDesign.NONE : voice.design();
      report.voice = name;
      report.print("");
      report.print("voice " + name + (voice == null ? " (MaryTTS's own)" : String.format(Locale.ROOT,
          " (pitch %s, pitch-range %.2f, tract %.2f)", voice.design().medianHz() > 0
              ? String.format(Locale.ROOT, "%.0f Hz", voice.design().medianHz())
              : String.format(Locale.ROOT, "%+.1f st", voice.design().semitones()), voice.design().range(),
          voice.design().tract())));
      report.print(String.format(Locale.ROOT, "%-34s %-56s %9s  %s", "figure", "sentence", "value", "target"));
      report.emphasis();
      report.questions();
      report.exclamations(1.0);
      if (voice == null) {
        report.exclamations(liveliness);
      }
      report.asides();
      report.list();
    }
    report.print("");
    report.voice = host.name();
    report.episode(new ScriptParser().parse(EPISODE), show);
    report.misses.forEach(m -> report.print("MISS " + m));
    report.print(report.misses.isEmpty() ? "prosody report: all targets met"
        : "prosody report: " + report.misses.size() + " targets missed");
    Files.writeString(REPORT, report.output);
    System.exit(report.misses.isEmpty() ? 0 : 1);
  }

  /** The voice the constructs are read in, and its name for the report. */
  private VoiceDesign design = VoiceDesign.NONE;
  private String voice = "stock";

  private Readings.Heard hear(List<Token> tokens, ProsodyMarks marks) throws Exception {
    var speech = mary.synthesizeTimed(tokens, 1.0, design, marks);
    return new Readings.Heard(speech, praat.pitch(speech.pcm()));
  }

  private void emphasis() throws Exception {
    for (String[] c : EMPHASIS) {
      List<Token> tokens = normalizer.tokens(c[0]);
      int word = Readings.indexOf(tokens, c[1], 0);
      ProsodyMarks plain = ProsodyMarks.of(tokens);
      Readings.Heard base = hear(tokens, plain);
      Readings.Heard emphasized = hear(tokens, plain.withEmphasis(word, Emphasis.EMPHASIS));
      Readings.Heard strong = hear(tokens, plain.withEmphasis(word, Emphasis.STRONG));
      double gain = Readings.peakGain(base, emphasized, word);
      double strongGain = Readings.peakGain(base, strong, word);
      double ratio = Readings.durationRatio(base, emphasized, word);
      double strongRatio = Readings.durationRatio(base, strong, word);
      row("emphasis: peak gain, st", c[0] + " [" + c[1] + "]", gain, ">= 2", v -> v >= 2);
      row("emphasis: duration ratio", c[0], ratio, ">= 1.10", v -> v >= 1.10);
      row("strong: peak gain, st", c[0], strongGain, "> emphasis", v -> v > gain);
      row("strong: duration ratio", c[0], strongRatio, "> emphasis", v -> v > ratio);
    }
  }

  private void questions() throws Exception {
    for (String text : YES_NO) {
      List<Token> tokens = normalizer.tokens(text);
      Readings.Heard asked = hear(tokens, ProsodyMarks.of(tokens));
      Readings.Heard stated = hear(tokens, ProsodyMarks.of(tokens).withKind(Kind.STATEMENT));
      row("yes/no: end above median, st", text, asked.pitch().endAboveMedian(), ">= 3", v -> v >= 3);
      row("  as a statement (reference)", text, stated.pitch().endAboveMedian(), "", v -> true);
    }
    for (String text : WH) {
      List<Token> tokens = normalizer.tokens(text);
      Readings.Heard asked = hear(tokens, ProsodyMarks.of(tokens));
      row("wh: end above median, st", text, asked.pitch().endAboveMedian(), "< 0", v -> v < 0);
      // for the record: over its last 200 ms a wh-question may dip and come back up on its last accent ("noise
      // at ALL"); that it ends falling is its end against the median, above
      row("  wh: last 200 ms rise (reference)", text, asked.pitch().endWindowRise(), "", v -> true);
    }
  }

  /** Each exclamation's range over the same words stated, both read with {@code liveliness}. */
  private void exclamations(double liveliness) throws Exception {
    for (String text : EXCLAIMED) {
      List<Token> exclaimed = normalizer.tokens(text);
      List<Token> stated = normalizer.tokens(text.replaceFirst("!$", "."));
      double ratio = hear(exclaimed, ProsodyMarks.of(exclaimed).withLiveliness(liveliness)).pitch().rangeRatio()
          / hear(stated, ProsodyMarks.of(stated).withLiveliness(liveliness)).pitch().rangeRatio();
      row("'!': (p90/p10) over '.''s" + (liveliness == 1.0 ? "" : ", " + liveliness), text, ratio, ">= 1.25",
          v -> v >= 1.25);
    }
  }

  private void asides() throws Exception {
    for (String[] c : ASIDES) {
      List<Token> tokens = normalizer.tokens(c[0]);
      ProsodyMarks.Span span = Readings.spanOf(tokens, c[1]);
      ProsodyMarks plain = ProsodyMarks.of(tokens);
      Readings.Heard base = hear(tokens, plain);
      Readings.Heard aside = hear(tokens, plain.withAside(span.from(), span.to()));
      row("aside: median vs the rest, st", c[0], Readings.asideOffset(aside, span), "<= -1.5", v -> v <= -1.5);
      row("  read plainly (reference)", c[0], Readings.asideOffset(base, span), "", v -> true);
      row("aside: faster than plain, %", c[0], 100 * Readings.asideSpeedUp(base, aside, span), "5 to 15",
          v -> v >= 5 && v <= 15);
      row("aside: pause before, ms", c[0], 1000 * Readings.pauseBefore(aside, span), "100 to 300",
          v -> v >= 100 && v <= 300);
      row("aside: pause after, ms", c[0], 1000 * Readings.pauseAfter(aside, span), "100 to 300",
          v -> v >= 100 && v <= 300);
    }
  }

  private void list() throws Exception {
    for (int i = 0; i < LIST.length; i++) {
      List<Token> tokens = normalizer.tokens(LIST[i]);
      boolean last = i == LIST.length - 1;
      PitchTrack pitch = hear(tokens, ProsodyMarks.of(tokens).withListItem(last ? ListItem.FINAL
          : ListItem.NON_FINAL)).pitch();
      if (last) {
        row("list, last: end above median, st", LIST[i], pitch.endAboveMedian(), "<= -1", v -> v <= -1);
        row("list, last: last 200 ms rise, st", LIST[i], pitch.endWindowRise(), "< 0 (falls)", v -> v < 0);
      } else {
        row("list: end above median, st", LIST[i], pitch.endAboveMedian(), ">= 1", v -> v >= 1);
        row("list: last 200 ms rise, st", LIST[i], pitch.endWindowRise(), "> 0 (rises)", v -> v > 0);
      }
    }
  }

  /**
   * The F0 range of a whole episode as the host reads it (his voice's design, and the reading the planner gives
   * each line from the script: emphasis, questions, asides, lists, controls), beside the same lines in the stock
   * voice read flat, as every episode was before.
   */
  private void episode(Script script, Show show) throws Exception {
    Cast cast = Cast.of(script, show, name -> VoiceProfile.load(Path.of("voices"), name));
    List<PitchTrack> stock = new ArrayList<>();
    List<PitchTrack> host = new ArrayList<>();
    for (PlannedLine line : new Planner(show, null).plan(script, cast)) {
      if (line.tokens().isEmpty() || !line.speaker().equals(cast.host())) {
        continue;
      }
      VoiceDesign design = line.speaker().voice().design();
      stock.add(praat.pitch(mary.synthesize(line.tokens(), 1.0, VoiceDesign.NONE, ProsodyMarks.of(line.tokens()))));
      host.add(praat.pitch(mary.synthesize(line.tokens(), line.rate(), design, line.reading())));
    }
    String name = EPISODE.getFileName().toString();
    PitchTrack before = PitchTrack.joined(stock);
    PitchTrack after = PitchTrack.joined(host);
    String who = cast.host().voice().name();
    row("episode F0 p10-p90, st (stock)", name, before.rangeSemitones(), "", v -> true);
    row("episode F0 p10-p90, st (" + who + ")", name, after.rangeSemitones(), ">= 6", v -> v >= 6);
    print(String.format(Locale.ROOT, "  episode medians: %.0f Hz (stock, read flat), %.0f Hz (%s, pitch-range %.2f);"
        + " p10/p90 %.0f/%.0f and %.0f/%.0f Hz", before.median(), after.median(), who,
        cast.host().voice().design().range(), before.percentile(0.1), before.percentile(0.9),
        after.percentile(0.1), after.percentile(0.9)));
  }

  private void print(String line) {
    System.out.println(line);
    output.append(line).append('\n');
  }

  private void row(String figure, String sentence, double value, String target, DoublePredicate ok) {
    boolean met = ok.test(value);
    String shown = sentence.length() > 56 ? sentence.substring(0, 55) + "…" : sentence;
    print(String.format(Locale.ROOT, "%-34s %-56s %9.2f  %s%s", figure, shown, value, target,
        target.isEmpty() || met ? "" : "  MISSED"));
    if (!met) {
      misses.add(voice + ": " + figure + ": " + sentence + ": " + String.format(Locale.ROOT, "%.2f", value) + " (" + target + ")");
    }
  }
}
