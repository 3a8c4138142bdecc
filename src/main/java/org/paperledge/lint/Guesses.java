package org.paperledge.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.paperledge.speech.MaryLexicon;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.Token;

/**
 * The places where a reading was guessed: acronyms said as words or spelled without a lexicon entry, compounds
 * split where the case changes, words MaryTTS does not know. Each comes with a ready lexicon line that pins the
 * reading, to paste or to correct.
 */
final class Guesses {
  /** One guess: where in the sentence, what to say about it, and the lexicon line that pins it. */
  record Guess(int offset, String message, String lexiconLine) {}

  private final MaryLexicon maryLexicon;
  private final String lexiconName;

  Guesses(MaryLexicon maryLexicon, String lexiconName) {
    this.maryLexicon = maryLexicon;
    this.lexiconName = lexiconName;
  }

  /** The guesses in {@code reading} not yet in {@code reported} (which they are added to). */
  List<Guess> of(Reading reading, Set<String> reported) {
    List<Guess> guesses = new ArrayList<>();
    if (reading.rules().contains("compound") && !reading.rules().contains("lexicon")) {
      compound(reading, reported).ifPresent(guesses::add);
      return guesses;
    }
    List<Normalizer.Placed> placed = reading.placed();
    for (int i = 0; i < placed.size(); i++) {
      Normalizer.Placed p = placed.get(i);
      if (p.rule().startsWith("acronym-")) {
        StringBuilder spoken = new StringBuilder();
        StringBuilder letters = new StringBuilder();
        int k = i;
        for (; k < placed.size() && placed.get(k).rule().equals(p.rule()); k++) {
          spoken.append(spoken.length() > 0 ? " " : "").append(placed.get(k).token().text());
          letters.append(placed.get(k).token().text());
        }
        i = k - 1;
        String written = writtenFor(reading.written(), letters.toString());
        if (reported.add("acronym:" + written)) {
          guesses.add(acronym(reading, written, spoken.toString(), p));
        }
      } else if ((p.rule().equals("word") || p.rule().equals("abbreviation")) && isPlainWord(p.token())
          && !maryLexicon.knows(p.token().text())
          && reported.add("word:" + p.token().text())) {
        String word = p.token().text();
        String guess = maryLexicon.guess(word).map(g -> " /" + g + "/").orElse("");
        guesses.add(new Guess(reading.start(), "'" + word + "'"
            + (reading.written().replaceFirst("\\.$", "").equals(word) ? "" : " (in '" + reading.written() + "')")
            + " is not in the voice's lexicon; MaryTTS will guess" + guess,
            word + " = " + (guess.isEmpty() ? "..." : guess.strip())));
      }
    }
    return guesses;
  }

  private Guess acronym(Reading reading, String written, String spoken, Normalizer.Placed p) {
    String why = p.note().isEmpty() ? "" : " (" + p.note() + ")";
    if (p.rule().equals("acronym-letters")) {
      return new Guess(reading.start(), "unknown acronym '" + written + "' will be spelled out" + why
          + "; if it is said as a word, give it a lexicon entry in " + lexiconName,
          written + " = " + spoken);
    }
    String guess = maryLexicon.knows(spoken) ? "" : maryLexicon.guess(spoken).map(g -> ", which MaryTTS will"
        + " guess as /" + g + "/").orElse("");
    return new Guess(reading.start(), "acronym '" + written + "' will be said as the word '" + spoken + "'" + why
        + guess + "; if it is spelled out, give it a lexicon entry in " + lexiconName, written + " = " + spoken);
  }

  private Optional<Guess> compound(Reading reading, Set<String> reported) {
    String written = reading.written();
    String spoken = reading.placed().stream().map(Normalizer.Placed::token).filter(t -> !t.isPunctuation())
        .map(t -> t.phonemes().isPresent() && t.text().matches("\\p{Lu}(?:s|'s)?") ? t.text()
            : t.text().toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.joining(" "));
    if (written.matches(".+['’]s")) {
      written = written.substring(0, written.length() - 2);
      spoken = spoken.replaceFirst("(\\p{Lu})s$|'s$", "$1");
    }
    if (!reported.add("compound:" + written)) {
      return Optional.empty();
    }
    List<String> unknown = reading.placed().stream().map(Normalizer.Placed::token)
        .filter(t -> isPlainWord(t) && !maryLexicon.knows(t.text())).map(Token::text).toList();
    String why = String.join("; ", reading.notes());
    return Optional.of(new Guess(reading.start(), "'" + written + "' is read as a compound, '" + spoken + "' (" + why
        + ")" + (unknown.isEmpty() ? "" : "; MaryTTS will guess '" + String.join("', '", unknown) + "'")
        + "; to read it otherwise, give it a lexicon entry in " + lexiconName, written + " = " + spoken));
  }

  /** The acronym as written in {@code source}: "GPUs" for the letters G P Us, "NASA" for the word nasa. */
  private static String writtenFor(String source, String letters) {
    int at = source.toLowerCase(Locale.ROOT).indexOf(letters.toLowerCase(Locale.ROOT));
    return at >= 0 ? source.substring(at, at + letters.length()) : source.replaceAll("[^\\p{L}]", "");
  }

  private static boolean isPlainWord(Token token) {
    return token.phonemes().isEmpty() && token.text().matches("\\p{L}{2,}(['’]\\p{L}+)?");
  }
}
