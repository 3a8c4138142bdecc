package org.paperledge.speech;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word or letters: how a run of capitals no lexicon entry covers is said. A careful host says NASA and BLOOM as
 * words and spells GPU and RLHF. The rule, in order:
 *
 * <ol>
 *   <li>two letters are spelled ("US", "IT", "AI");
 *   <li>three letters are spelled, except a handful of English words written in capitals for emphasis ("NOT");
 *   <li>longer ones are words when MaryTTS's dictionary says the lower-case form as a word ("SPARK", "UNESCO"),
 *       or when the letters make English syllables: consonants that may begin and end an English syllable around
 *       single vowels or common vowel pairs ("YOLO", "LIDAR", "BEIR");
 *   <li>everything else is spelled ("MMLU", "HTML", "NAACL").
 * </ol>
 *
 * <p>Capitals mixed with lower case ("ReLU", "MoE", "IoT") follow the same rule on the whole word, except that three
 * letters are a word only when the dictionary has it. The project and episode lexicons always come first.
 */
final class Acronyms {
  /** A reading and why it was chosen, in words {@code paperledge check} can print. */
  record Decision(boolean word, String why) {}

  private static final Set<String> EMPHASIS = Set.of("not", "and", "but", "the", "why", "how", "yes", "you",
      "was", "did", "all");
  private static final Set<String> ONSETS = Set.of("bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr",
      "kl", "kr", "ph", "pl", "pr", "qu", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "tw",
      "wh", "wr", "sch", "scr", "spl", "spr", "str", "squ", "thr", "chr", "shr");
  private static final Set<String> CODAS = Set.of("ch", "ck", "ct", "ft", "ld", "lf", "lk", "ll", "lm", "lp",
      "ls", "lt", "mp", "ms", "nd", "ng", "nk", "ns", "nt", "ps", "pt", "rb", "rc", "rd", "rf", "rg", "rk", "rl",
      "rm", "rn", "rp", "rs", "rt", "sc", "sh", "sk", "sp", "ss", "st", "th", "ts", "xt", "nch", "rst", "rts",
      "nts", "nds", "rch", "rth");
  private static final Set<String> VOWEL_PAIRS = Set.of("ai", "au", "ay", "ea", "ee", "ei", "eu", "ey", "ia", "ie",
      "io", "oa", "oe", "oi", "oo", "ou", "oy", "ua", "ue");
  /** Consonant clusters and vowel groups, Y a vowel after a consonant, U part of "qu". */
  private static final Pattern GROUPS =
      Pattern.compile("(?<vowel>[aeiou]+(?:y(?![aeiou]))?|(?<=[^aeiou])y(?![aeiou]))|qu|[^aeiou]");

  private Acronyms() {}

  /** Decides how {@code letters} (capitals, or capitals mixed with lower case) is said. */
  static Decision decide(String letters) {
    String lower = letters.toLowerCase(Locale.ROOT);
    boolean mixed = !letters.equals(letters.toUpperCase(Locale.ROOT));
    int n = lower.length();
    if (n <= 2) {
      return new Decision(false, n + " letters are spelled");
    }
    if (n == 3 && !mixed) {
      return EMPHASIS.contains(lower) ? new Decision(true, "an English word written in capitals for emphasis")
          : new Decision(false, "three capitals are spelled");
    }
    if (MaryLexicon.saysAsWord(lower)) {
      return new Decision(true, "'" + lower + "' is a word in MaryTTS's dictionary");
    }
    if (n == 3) {
      return new Decision(false, "three letters are spelled unless MaryTTS's dictionary has them");
    }
    String syllables = syllables(lower);
    return syllables.isEmpty() ? new Decision(false, "its letters do not make English syllables")
        : new Decision(true, "its letters make English syllables (" + syllables + ")");
  }

  /**
   * The word cut into syllables ("na-sa"), or empty when the letters do not make English syllables: every vowel
   * group a single vowel or a common pair, the consonants before the first one a possible English onset, those
   * after the last a possible coda, and at most two consonants between vowels unless the last two begin a syllable.
   */
  static String syllables(String lower) {
    if (lower.chars().anyMatch(c -> c < 'a' || c > 'z')) {
      return "";
    }
    java.util.List<String> groups = new java.util.ArrayList<>();
    Matcher m = GROUPS.matcher(lower);
    StringBuilder consonants = new StringBuilder();
    while (m.find()) {
      String g = m.group();
      if (m.group("vowel") != null) {
        groups.add(consonants.toString());
        groups.add(g);
        consonants.setLength(0);
      } else {
        consonants.append(g);
      }
    }
    groups.add(consonants.toString());
    // groups: onset, vowel, cluster, vowel, ..., coda
    if (groups.size() < 3 || !onset(groups.get(0)) || !coda(groups.get(groups.size() - 1))) {
      return "";
    }
    StringBuilder out = new StringBuilder(groups.get(0));
    for (int i = 1; i < groups.size() - 1; i += 2) {
      String vowel = groups.get(i);
      if (vowel.length() > 2 || vowel.length() == 2 && !VOWEL_PAIRS.contains(vowel)) {
        return "";
      }
      out.append(vowel);
      if (i + 2 < groups.size() - 1) {
        String cluster = groups.get(i + 1);
        int cut = split(cluster);
        if (cut < 0) {
          return "";
        }
        out.append(cluster, 0, cut).append('-').append(cluster.substring(cut));
      }
    }
    return out.append(groups.get(groups.size() - 1)).toString();
  }

  private static boolean onset(String c) {
    // a doubled first consonant is said once ("LLaVA" as lava)
    String single = c.length() == 2 && c.charAt(0) == c.charAt(1) ? c.substring(1) : c;
    return single.length() <= 1 && !single.equals("x") || ONSETS.contains(single);
  }

  private static boolean coda(String c) {
    return c.length() <= 1 && !c.equals("q") && !c.equals("j") || CODAS.contains(c);
  }

  /** Where a cluster between two vowels divides into a coda and an onset, or -1. */
  private static int split(String cluster) {
    if (cluster.length() <= 1) {
      return 0;
    }
    for (int cut = 1; cut < cluster.length(); cut++) {
      String before = cluster.substring(0, cut);
      String after = cluster.substring(cut);
      if ((before.length() == 1 || CODAS.contains(before)) && (after.length() == 1 || ONSETS.contains(after))) {
        return cut;
      }
    }
    return -1;
  }
}
