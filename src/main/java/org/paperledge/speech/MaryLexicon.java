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
 * for one it does not. The dictionary alone also serves the normalizer ({@link #saysAsWord(String)}).
 */
public final class MaryLexicon {
  private static final String BASE = "/marytts/language/en_US/lexicon/";
  private final FSTLookup lexicon;
  private final TrainedLTS letterToSound;

  private MaryLexicon(FSTLookup lexicon, TrainedLTS letterToSound) {
    this.lexicon = lexicon;
    this.letterToSound = letterToSound;
  }

  /** Loads the lexicon (about half a second). */
  public static MaryLexicon load() {
    try (InputStream fst = stream("cmudict.fst");
        InputStream lts = stream("cmudict.lts");
        InputStream phones = stream("allophones.en_US.xml")) {
      AllophoneSet allophones = AllophoneSet.getAllophoneSet(phones, "paperledge-en_US");
      return new MaryLexicon(new FSTLookup(fst, "cmudict"), new TrainedLTS(allophones, lts));
    } catch (IOException | MaryConfigurationException e) {
      throw new IllegalStateException("cannot read MaryTTS's English lexicon: " + e.getMessage(), e);
    }
  }

  /** MaryTTS's dictionary alone, without letter-to-sound rules: loaded on first use, in about 30 ms. */
  private static final class Dictionary {
    static final FSTLookup FST = load();

    private static FSTLookup load() {
      try (InputStream fst = stream("cmudict.fst")) {
        return new FSTLookup(fst, "cmudict");
      } catch (IOException e) {
        throw new IllegalStateException("cannot read MaryTTS's English lexicon: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Whether MaryTTS's dictionary has {@code lowerCase} as a word said as a word: "nasa" and "spark" are, while
   * "usa" is not, since its entry spells the letters out (as many syllables as letters).
   */
  public static boolean saysAsWord(String lowerCase) {
    for (String phones : Dictionary.FST.lookup(lowerCase)) {
      int syllables = phones.split("-").length;
      if (syllables < lowerCase.length()) {
        return true;
      }
    }
    return false;
  }

  private static InputStream stream(String name) throws IOException {
    InputStream in = MaryLexicon.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IOException("missing " + BASE + name);
    }
    return in;
  }

  /** Suffixes English adds to a known word, each with the endings that may have been dropped for it. */
  private static final String[][] SUFFIXES = {
      {"izations", "ize"}, {"ization", "ize"}, {"ations", "ate", "e", ""}, {"ation", "ate", "e", ""},
      {"ices", "ix", "ex"}, {"ies", "y"}, {"ied", "y"}, {"ier", "y"}, {"iest", "y"}, {"ily", "y"},
      {"ings", "", "e"}, {"ing", "", "e"}, {"ers", "", "e"}, {"er", "", "e"}, {"est", "", "e"},
      {"ed", "", "e"}, {"es", "", "e"}, {"s", ""}, {"ly", "", "le"}, {"ness", ""}, {"ment", ""},
      {"ments", ""}, {"ful", ""}, {"less", ""}, {"able", "", "e"}, {"ably", "", "e"}, {"ity", "", "e"},
      {"ism", ""}, {"ist", "", "e"}, {"ists", "", "e"}, {"al", "", "e"}, {"ally", ""}, {"ize", "", "e"},
      {"ized", "", "e"}, {"izes", "", "e"}, {"izing", "", "e"}, {"ise", "", "e"}, {"ised", "", "e"}};
  private static final String[] PREFIXES = {"re", "un", "pre", "de", "dis", "non", "over", "under", "out", "co",
      "sub", "inter", "multi", "mis", "anti", "auto", "self", "super", "semi", "micro", "meta", "bio", "cross"};

  /**
   * Whether the voice knows how to say {@code word}: it is in the lexicon, or it is a known word with a regular
   * English prefix or suffix (the lexicon leaves out many forms its rules derive), or two known words joined
   * ("takeaway"). Possessives and contractions count by their base.
   */
  public boolean knows(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String suffix : new String[] {"'s", "s'", "n't", "'re", "'ll", "'ve", "'d", "'m", "'"}) {
      if (w.endsWith(suffix) && w.length() > suffix.length()) {
        w = w.substring(0, w.length() - suffix.length());
        break;
      }
    }
    return derivable(w, 2) || compound(w);
  }

  private boolean derivable(String w, int depth) {
    if (has(w)) {
      return true;
    }
    if (depth == 0 || w.length() < 4) {
      return false;
    }
    for (String[] rule : SUFFIXES) {
      String suffix = rule[0];
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 2) {
        String stem = w.substring(0, w.length() - suffix.length());
        for (int k = 1; k < rule.length; k++) {
          if (derivable(stem + rule[k], depth - 1)) {
            return true;
          }
        }
        // doubled final consonant: gripper, stopped
        if (stem.length() >= 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
            && derivable(stem.substring(0, stem.length() - 1), depth - 1)) {
          return true;
        }
      }
    }
    for (String prefix : PREFIXES) {
      if (w.startsWith(prefix) && w.length() - prefix.length() >= 3
          && derivable(w.substring(prefix.length()), depth - 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean compound(String w) {
    for (int cut = 3; cut <= w.length() - 3; cut++) {
      if (has(w.substring(0, cut)) && derivable(w.substring(cut), 1)) {
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
}
