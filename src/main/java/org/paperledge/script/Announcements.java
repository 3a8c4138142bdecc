package org.paperledge.script;

import java.util.List;

/** What the host says around the script: the spoken intro and the closing credit. */
public final class Announcements {
  /** Authors named in the spoken credit; the rest are counted. */
  static final int MAX_NAMED_AUTHORS = 5;

  private Announcements() {}

  /** The spoken intro: the show and the episode. */
  public static String intro(String show, EpisodeMeta meta) {
    String title = meta.title().strip();
    if (!title.endsWith(".") && !title.endsWith("?") && !title.endsWith("!")) {
      title = title + ".";
    }
    String episode = meta.episode().isPresent() ? ", episode " + meta.episode().getAsInt() : "";
    return "This is " + show + episode + ": " + title;
  }

  /**
   * The sentence after the intro that says the voices are synthetic, for shows that disclose it in the audio
   * ({@code disclose-in-intro: true} in the show file), as Apple's guidelines ask of AI-generated audio.
   */
  public static String disclosure() {
    return "Every voice you hear in this episode is synthetic, read from a script by text to speech software.";
  }

  /** The closing credit: the paper's authors (at most five by name) and a goodbye. */
  public static String outro(String show, List<String> authors) {
    String thanks = "Thanks for listening to " + show + ".";
    if (authors.isEmpty()) {
      return thanks;
    }
    return "Today's paper is by " + credit(authors) + ". " + thanks;
  }

  /** "A", "A and B", "A, B and C", or the first five followed by "and N others". */
  public static String credit(List<String> authors) {
    int named = Math.min(authors.size(), MAX_NAMED_AUTHORS);
    int others = authors.size() - named;
    List<String> names = authors.subList(0, named);
    if (others > 0) {
      return String.join(", ", names) + " and " + others + (others == 1 ? " other" : " others");
    }
    if (named == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, named - 1)) + " and " + names.get(named - 1);
  }
}
