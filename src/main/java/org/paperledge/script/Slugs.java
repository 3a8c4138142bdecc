package org.paperledge.script;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs: the ASCII file-name stems under which an episode is published. */
public final class Slugs {
  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  /** Longest slug accepted; keeps file names well under every file system's limit. */
  public static final int MAX_LENGTH = 120;

  private Slugs() {}

  /** Whether {@code slug} is lowercase ASCII letters and digits joined by single hyphens. */
  public static boolean isValid(String slug) {
    return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
  }

  /**
   * Derives a slug from a script's file name: accents dropped, everything but letters and digits becomes a hyphen.
   *
   * @return the slug, or an empty string if nothing usable remains
   */
  public static String fromFileName(String fileName) {
    String stem = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
    String ascii = Normalizer.normalize(stem, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return slug;
  }
}
