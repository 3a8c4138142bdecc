package org.paperledge.show;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.paperledge.model.InputException;

/**
 * Show-wide settings, read from the show file ({@code show.yaml}).
 *
 * @param name the show's name, spoken in the intro and used as the album tag
 * @param host the host's name, the artist tag
 * @param description what the show is about, for the feed
 * @param baseUrl where published files live; enclosure URLs are this plus the file name (ends with '/')
 * @param link the show's web page
 * @param language the feed language, such as {@code en-us}
 * @param author the feed author
 * @param ownerName the feed owner's name
 * @param ownerEmail the feed owner's e-mail
 * @param category the feed category
 * @param cover the cover image, if the show provides one; otherwise the project draws one
 * @param copyright the copyright line
 * @param explicit whether episodes are explicit unless a script says otherwise
 * @param voice the default voice profile
 * @param quoteVoice the voice profile block quotes are read in, or empty to read them in the speaker's voice
 * @param timing pauses between spoken parts
 * @param bitrateKbps the MP3 bitrate
 * @param channels 1 for mono MP3s, 2 for stereo
 */
public record Show(
    String name,
    String host,
    String description,
    URI baseUrl,
    URI link,
    String language,
    String author,
    String ownerName,
    String ownerEmail,
    String category,
    Optional<Path> cover,
    String copyright,
    boolean explicit,
    String voice,
    Optional<String> quoteVoice,
    Timing timing,
    int bitrateKbps,
    int channels) {

  static final Set<String> KEYS = Set.of("name", "host", "description", "base-url", "link", "language", "author",
      "owner-name", "owner-email", "category", "cover", "copyright", "explicit", "voice", "quote-voice",
      "sentence-pause", "paragraph-pause", "chapter-pause", "turn-pause", "bitrate", "stereo");

  public Show {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(cover, "cover");
    Objects.requireNonNull(quoteVoice, "quoteVoice");
  }

  /**
   * Pauses, in seconds.
   *
   * @param sentence between sentences of a paragraph
   * @param paragraph between paragraphs
   * @param chapter before a new chapter
   * @param turn when another speaker takes over
   */
  public record Timing(double sentence, double paragraph, double chapter, double turn) {}

  /** Reads the show file. */
  public static Show load(Path file) throws InputException {
    YamlFile yaml = YamlFile.read(file, KEYS);
    URI base = yaml.httpUrl("base-url");
    if (!base.toString().endsWith("/")) {
      base = URI.create(base + "/");
    }
    String language = yaml.text("language", "en-us");
    if (!language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
      throw new InputException(file, yaml.line("language"), "'language' must be a language tag such as en-us");
    }
    String email = yaml.required("owner-email");
    if (!email.matches("[^@\\s]+@[^@\\s]+")) {
      throw new InputException(file, yaml.line("owner-email"), "'owner-email' is not an e-mail address");
    }
    Optional<Path> cover = yaml.text("cover").map(c -> file.toAbsolutePath().getParent().resolve(c).normalize());
    Timing timing = new Timing(
        yaml.number("sentence-pause", 0.35, 0, 5),
        yaml.number("paragraph-pause", 0.75, 0, 10),
        yaml.number("chapter-pause", 1.5, 0, 10),
        yaml.number("turn-pause", 0.5, 0, 10));
    boolean stereo = yaml.bool("stereo", false);
    int bitrate = (int) yaml.number("bitrate", stereo ? 128 : 96, 32, 320);
    if (cover.isPresent() && !cover.get().toString().toLowerCase(java.util.Locale.ROOT)
        .matches(".*\\.(png|jpe?g)")) {
      throw new InputException(file, yaml.line("cover"), "'cover' must be a PNG or JPEG file");
    }
    String host = yaml.required("host");
    String name = yaml.required("name");
    return new Show(name, host, yaml.text("description", name), base, yaml.httpUrl("link"), language,
        yaml.text("author", host), yaml.text("owner-name", host), email, yaml.text("category", "Science"), cover,
        yaml.text("copyright", "© " + name), yaml.bool("explicit", false), yaml.text("voice", "ernis"),
        quoteVoice(yaml), timing, bitrate, stereo ? 2 : 1);
  }

  private static Optional<String> quoteVoice(YamlFile yaml) throws InputException {
    Optional<String> name = yaml.text("quote-voice").filter(v -> !v.equals("none"));
    if (name.isPresent() && !name.get().matches("[a-z0-9][a-z0-9_-]*")) {
      throw new InputException(yaml.file(), yaml.line("quote-voice"), "'quote-voice' must name a voice profile"
          + " (letters, digits, '-' and '_'), or be none");
    }
    return name;
  }
}
