package org.paperledge.script;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the front matter of an episode script says about the episode.
 *
 * @param title the episode title
 * @param date the publication date
 * @param slug the file-name stem of everything rendered for this episode, {@code [a-z0-9-]}
 * @param episode the episode number, if given
 * @param season the season number, if given
 * @param category the episode's category, if given
 * @param paper the paper's URL, if given
 * @param authors the paper's authors, in credit order
 * @param summary a short description for the feed, possibly empty
 * @param voice the voice profile name, if the script overrides the show's default
 * @param explicit whether the episode is marked explicit
 * @param guid a fixed feed guid, if the producer pinned one
 * @param cast the speakers besides the host, by name, in the order listed
 * @param cover the episode's own cover art, if it has one (otherwise the show's)
 */
public record EpisodeMeta(
    String title,
    LocalDate date,
    String slug,
    OptionalInt episode,
    OptionalInt season,
    Optional<String> category,
    Optional<URI> paper,
    List<String> authors,
    String summary,
    Optional<String> voice,
    boolean explicit,
    Optional<String> guid,
    java.util.Map<String, CastMember> cast,
    Optional<Art> cover) {

  /**
   * Cover art named in the front matter, checked to be a PNG or JPEG file; its pixels are checked when rendering.
   *
   * @param file the image, resolved against the script's folder
   * @param line the script line that names it, for messages
   */
  public record Art(java.nio.file.Path file, int line) {
    public Art {
      Objects.requireNonNull(file, "file");
    }
  }

  /** Metadata without cover art of its own. */
  public EpisodeMeta(String title, LocalDate date, String slug, OptionalInt episode, OptionalInt season,
      Optional<String> category, Optional<URI> paper, List<String> authors, String summary, Optional<String> voice,
      boolean explicit, Optional<String> guid, java.util.Map<String, CastMember> cast) {
    this(title, date, slug, episode, season, category, paper, authors, summary, voice, explicit, guid, cast,
        Optional.empty());
  }

  public EpisodeMeta {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(episode, "episode");
    Objects.requireNonNull(season, "season");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(paper, "paper");
    authors = List.copyOf(authors);
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(guid, "guid");
    cast = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cast));
    Objects.requireNonNull(cover, "cover");
    if (!Slugs.isValid(slug)) {
      throw new IllegalArgumentException("invalid slug: " + slug);
    }
  }
}
