package org.paperledge.show;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * @param formats the audio formats published, {@code mp3} first (the enclosure), then {@code m4a} if asked for
 * @param discloseInIntro whether the spoken intro says that the voices are synthetic
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
    int channels,
    List<String> formats,
    boolean discloseInIntro) {

  static final Set<String> KEYS = Set.of("name", "host", "description", "base-url", "link", "language", "author",
      "owner-name", "owner-email", "category", "cover", "copyright", "explicit", "voice", "quote-voice",
      "sentence-pause", "paragraph-pause", "chapter-pause", "turn-pause", "bitrate", "stereo", "formats",
      "disclose-in-intro");
  /** The MP3, every episode's enclosure. */
  public static final String MP3 = "mp3";
  /** AAC in an MP4 container, the optional alternate enclosure. */
  public static final String M4A = "m4a";

  public Show {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(cover, "cover");
    Objects.requireNonNull(quoteVoice, "quoteVoice");
    formats = List.copyOf(formats);
    if (formats.isEmpty() || !formats.get(0).equals(MP3) || !Set.of(MP3, M4A).containsAll(formats)
        || Set.copyOf(formats).size() != formats.size()) {
      throw new IllegalArgumentException("formats must be mp3, then optionally m4a: " + formats);
    }
  }

  /** A show publishing MP3s only, whose intro does not speak of its voices (as before either was a setting). */
  public Show(String name, String host, String description, URI baseUrl, URI link, String language, String author,
      String ownerName, String ownerEmail, String category, Optional<Path> cover, String copyright,
      boolean explicit, String voice, Optional<String> quoteVoice, Timing timing, int bitrateKbps, int channels) {
    this(name, host, description, baseUrl, link, language, author, ownerName, ownerEmail, category, cover,
        copyright, explicit, voice, quoteVoice, timing, bitrateKbps, channels, List.of(MP3), false);
  }

  /** Whether an M4A (AAC) is published beside each MP3. */
  public boolean m4a() {
    return formats.contains(M4A);
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
    YamlFile yaml = YamlFile.read(file, KEYS, Set.of("formats"));
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
        quoteVoice(yaml), timing, bitrate, stereo ? 2 : 1, formats(yaml), yaml.bool("disclose-in-intro", false));
  }

  /** The formats: {@code mp3} alone by default; {@code mp3} must be one of them, as the enclosure every app plays. */
  private static List<String> formats(YamlFile yaml) throws InputException {
    List<YamlFile.Item> items = yaml.list("formats");
    if (items.isEmpty()) {
      return List.of(MP3);
    }
    List<String> formats = new ArrayList<>(List.of(MP3));
    for (YamlFile.Item item : items) {
      String format = item.value().toLowerCase(java.util.Locale.ROOT);
      if (!format.equals(MP3) && !format.equals(M4A)) {
        throw new InputException(yaml.file(), item.line(), "'formats' may list mp3 and m4a, not '" + item.value()
            + "'");
      }
      if (format.equals(M4A) && !formats.contains(M4A)) {
        formats.add(M4A);
      }
    }
    if (items.stream().noneMatch(item -> item.value().equalsIgnoreCase(MP3))) {
      throw new InputException(yaml.file(), yaml.line("formats"), "'formats' must include mp3, the enclosure every"
          + " podcast app plays (m4a is published beside it)");
    }
    return formats;
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
