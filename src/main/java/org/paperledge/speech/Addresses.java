package org.paperledge.speech;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.paperledge.model.Lexicon;

/** Web addresses, e-mail addresses and paper identifiers, read the short way a host reads them aloud. */
final class Addresses {
  private Addresses() {}

  /** A URL read as its domain ("arxiv dot org"). */
  static void url(String url, Emitter out) {
    String host = url.replaceFirst("(?i)^https?://", "").replaceFirst("[/?#].*$", "")
        .replaceFirst("(?i)^www\\.", "").replaceFirst(":\\d+$", "");
    domain(host, out);
  }

  /** A domain, part by part: the lexicon, short consonant runs spelled, the rest as words. */
  static void domain(String host, Emitter out) {
    String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.words("dot");
      }
      String part = parts[i];
      Optional<Lexicon.Entry> entry = out.lookup(part);
      if (entry.isPresent()) {
        out.lexical(part, entry.get());
      } else if (part.length() <= 3 && !part.matches(".*[aeiouy].*") || part.length() <= 2) {
        out.letters(part.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", ""));
      } else {
        Words.compound(part.replace('-', ' ').strip().replace(' ', '-'), out);
      }
    }
  }

  /** An arXiv identifier: "archive twenty four oh six point one two three four five". */
  static void arxiv(Matcher m, Emitter out) {
    out.words("archive " + NumberWords.cardinal(Long.parseLong(m.group(1))) + " "
        + twoDigits(m.group(2)) + " point " + NumberWords.digits(m.group(3)));
    if (m.group(4) != null) {
      out.words("version " + NumberWords.cardinal(Long.parseLong(m.group(4))));
    }
  }

  private static String twoDigits(String digits) {
    int v = Integer.parseInt(digits);
    return v < 10 ? "oh " + NumberWords.cardinal(v) : NumberWords.cardinal(v);
  }
}
