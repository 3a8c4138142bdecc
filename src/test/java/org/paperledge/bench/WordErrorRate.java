package org.paperledge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word error rate between a reference and a recognizer's hypothesis, with the scoring rules the benchmark uses.
 *
 * <p>Both sides are lowercased and reduced to words of letters and apostrophes. "oh" and "o" count as the same
 * word. A reference word the recognizer's dictionary lacks (a name, a coined model name) can never be spelled by
 * it, so it is a wildcard: it matches any one hypothesis word at no cost, and costs one if deleted.
 */
final class WordErrorRate {
  /**
   * The alignment's counts.
   *
   * @param referenceWords words in the reference
   * @param substitutions reference words recognized as another word
   * @param deletions reference words missing from the hypothesis
   * @param insertions hypothesis words with no reference word
   * @param wildcards reference words scored as wildcards
   */
  record Score(int referenceWords, int substitutions, int deletions, int insertions, int wildcards) {
    double rate() {
      return referenceWords == 0 ? 0 : (substitutions + deletions + insertions) / (double) referenceWords;
    }
  }

  private WordErrorRate() {}

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^a-z']+")) {
      String word = w.replaceAll("^'+|'+$", "");
      if (!word.isEmpty()) {
        words.add(word.equals("oh") ? "o" : word);
      }
    }
    return words;
  }

  /** Scores {@code hypothesis} against {@code reference}; {@code dictionary} is the recognizer's vocabulary. */
  static Score score(String reference, String hypothesis, Set<String> dictionary) {
    List<String> ref = words(reference);
    List<String> hyp = words(hypothesis);
    boolean[] wild = new boolean[ref.size()];
    int wildcards = 0;
    for (int i = 0; i < ref.size(); i++) {
      wild[i] = !dictionary.contains(ref.get(i)) && !ref.get(i).equals("o");
      if (wild[i]) {
        wildcards++;
      }
    }
    int n = ref.size();
    int m = hyp.size();
    int[][] cost = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      cost[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      cost[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int match = wild[i - 1] || ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1;
        cost[i][j] = Math.min(cost[i - 1][j - 1] + match, Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1));
      }
    }
    int s = 0;
    int d = 0;
    int ins = 0;
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      if (i > 0 && j > 0) {
        int match = wild[i - 1] || ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1;
        if (cost[i][j] == cost[i - 1][j - 1] + match) {
          s += match;
          i--;
          j--;
          continue;
        }
      }
      if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
        d++;
        i--;
      } else {
        ins++;
        j--;
      }
    }
    return new Score(n, s, d, ins, wildcards);
  }
}
