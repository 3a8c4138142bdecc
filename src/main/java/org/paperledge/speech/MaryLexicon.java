package org.paperledge.speech;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import marytts.exceptions.MaryConfigurationException;
import marytts.fst.FSTLookup;
import marytts.modules.phonemiser.AllophoneSet;
import marytts.modules.phonemiser.TrainedLTS;

/**
 * MaryTTS's US English pronunciation lexicon (CMUdict) and its letter-to-sound rules, read straight from the
 * marytts-lang-en jar without starting MaryTTS: tells whether the voice knows a word, and what it would guess
 * for one it does not.
 */
public final class MaryLexicon {
  private static final String BASE = "/marytts/language/en_US/lexicon/";
  private final FSTLookup lexicon;
  private final TrainedLTS letterToSound;
  private final AllophoneSet allophones;

  private MaryLexicon(FSTLookup lexicon, TrainedLTS letterToSound, AllophoneSet allophones) {
    this.lexicon = lexicon;
    this.letterToSound = letterToSound;
    this.allophones = allophones;
  }

  /** Loads the lexicon (about half a second). */
  public static MaryLexicon load() {
    try (InputStream fst = stream("cmudict.fst");
        InputStream lts = stream("cmudict.lts");
        InputStream phones = stream("allophones.en_US.xml")) {
      AllophoneSet allophones = AllophoneSet.getAllophoneSet(phones, "paperledge-en_US");
      return new MaryLexicon(new FSTLookup(fst, "cmudict"), new TrainedLTS(allophones, lts), allophones);
    } catch (IOException | MaryConfigurationException e) {
      throw new IllegalStateException("cannot read MaryTTS's English lexicon: " + e.getMessage(), e);
    }
  }

  private static InputStream stream(String name) throws IOException {
    InputStream in = MaryLexicon.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IOException("missing " + BASE + name);
    }
    return in;
  }

  /** Whether the lexicon has {@code word} (any case; possessives and common contractions by their base). */
  public boolean knows(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (has(w)) {
      return true;
    }
    for (String suffix : new String[] {"'s", "s'", "n't", "'re", "'ll", "'ve", "'d", "'m", "'"}) {
      if (w.endsWith(suffix) && w.length() > suffix.length() && has(w.substring(0, w.length() - suffix.length()))) {
        return true;
      }
    }
    return false;
  }

  private boolean has(String w) {
    return lexicon.lookup(w).length > 0;
  }

  /** What letter-to-sound rules make of {@code word}, as a phoneme string for a lexicon line. */
  public Optional<String> guess(String word) {
    try {
      String phones = letterToSound.predictPronunciation(word.toLowerCase(Locale.ROOT));
      return Optional.of(letterToSound.syllabify(phones));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code phonemes} is valid for the en_US phone set; throws with the reason when not. */
  public void checkPhonemes(String phonemes) {
    allophones.checkAllophoneSyntax(phonemes.replace("'", "").replace(",", "").replace("-", " "));
  }
}
