package org.paperledge.script;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.paperledge.files.Yaml;
import org.paperledge.model.HttpUrl;
import org.paperledge.model.InputException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the YAML front matter of a script into {@link EpisodeMeta}, reporting problems with the script's line numbers.
 *
 * <p>The YAML is read as a node tree rather than as Java objects so that every value keeps its line and
 * nothing is typed implicitly (a date stays the text the producer wrote).
 */
final class FrontMatter {
  static final Set<String> KEYS = Set.of(
      "title", "date", "slug", "episode", "season", "category", "paper", "authors", "summary", "voice",
      "explicit", "guid", "lexicon", "cast", "cover");
  /**
   * Slugs that would overwrite the show's own files: the listener page ({@code index.html}), the feed
   * ({@code feed.xml}) and the cover ({@code cover.png}).
   */
  static final Set<String> RESERVED_SLUGS = Set.of("index", "feed", "cover");
  private static final int MAX_TITLE = 500;

  private final Path file;
  private final int firstLine;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final FrontMatterValues values;
  private Predicate<String> voiceExists = name -> true;
  private String host = "";

  /**
   * @param file the script, for messages
   * @param yaml the text between the {@code ---} lines
   * @param firstLine the script line on which {@code yaml} starts
   */
  private FrontMatter(Path file, int firstLine) {
    this.file = file;
    this.firstLine = firstLine;
    this.values = new FrontMatterValues(file, firstLine, entries);
  }

  /** Parses {@code yaml}, which starts at script line {@code firstLine}, into metadata for {@code file}. */
  static Parsed parse(Path file, String yaml, int firstLine, int fenceLine, Predicate<String> voiceExists,
      String host) throws InputException {
    FrontMatter fm = new FrontMatter(file, firstLine);
    fm.voiceExists = voiceExists;
    fm.host = host;
    Node root;
    try {
      root = Yaml.compose(yaml);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? fenceLine : firstLine + mark.getLine();
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      throw new InputException(file, line, "invalid YAML in front matter: " + FrontMatterValues.oneLine(problem));
    } catch (YAMLException e) {
      throw new InputException(file, fenceLine, "invalid YAML in front matter: "
          + FrontMatterValues.oneLine(e.getMessage()));
    }
    if (root == null) {
      throw new InputException(file, fenceLine, "front matter is empty: it needs at least title and date");
    }
    if (!(root instanceof MappingNode map)) {
      throw new InputException(file, fm.values.line(root), "front matter must be a set of 'key: value' lines");
    }
    for (NodeTuple tuple : map.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw new InputException(file, fm.values.line(tuple.getKeyNode()), "front matter keys must be plain words");
      }
      if (!KEYS.contains(key.getValue())) {
        throw new InputException(file, fm.values.line(key), "unknown front matter key '" + key.getValue()
            + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
      }
      if (fm.entries.containsKey(key.getValue())) {
        throw new InputException(file, fm.values.line(key), "duplicate front matter key '" + key.getValue() + "'");
      }
      fm.entries.put(key.getValue(), tuple);
    }
    return fm.toMeta(fenceLine);
  }

  /** The metadata and the episode's own lexicon entries. */
  record Parsed(EpisodeMeta meta, Map<String, String> lexicon) {}

  private Parsed toMeta(int fenceLine) throws InputException {
    String title = values.requiredText("title", fenceLine);
    if (title.length() > MAX_TITLE) {
      throw new InputException(file, values.lineOf("title"), "title is longer than " + MAX_TITLE + " characters");
    }
    String dateText = values.requiredText("date", fenceLine);
    LocalDate date;
    try {
      if (!dateText.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("shape", dateText, 0);
      }
      date = LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      throw new InputException(file, values.lineOf("date"), "date must be a real date written yyyy-mm-dd, not '"
          + dateText + "'");
    }
    String slug = Slugs.fromFileName(file.getFileName().toString());
    if (values.has("slug")) {
      slug = values.text("slug").orElse("");
      if (!Slugs.isValid(slug)) {
        throw new InputException(file, values.lineOf("slug"), "slug '" + FrontMatterValues.oneLine(slug)
            + "' must be lowercase ASCII letters, digits and single hyphens (at most " + Slugs.MAX_LENGTH
            + " characters)");
      }
    } else if (slug.isEmpty()) {
      throw new InputException(file, 0, "cannot derive a slug from the file name; set 'slug' in the front matter");
    }
    if (RESERVED_SLUGS.contains(slug)) {
      throw new InputException(file, values.has("slug") ? values.lineOf("slug") : 0, "slug '" + slug + "' is taken"
          + " by the show's own " + slug + " file; set another 'slug' in the front matter");
    }
    Optional<URI> paper = Optional.empty();
    Optional<String> paperText = values.text("paper");
    if (paperText.isPresent()) {
      paper = Optional.of(httpUri(paperText.get(), values.lineOf("paper")));
    }
    Optional<String> voice = values.text("voice");
    if (voice.isPresent() && !voice.get().matches("[a-z0-9][a-z0-9_-]*")) {
      throw new InputException(file, values.lineOf("voice"), "voice must name a profile in voices/ (letters, digits,"
          + " '-' and '_'), not '" + FrontMatterValues.oneLine(voice.get()) + "'");
    }
    if (voice.isPresent() && !voiceExists.test(voice.get())) {
      throw new InputException(file, values.lineOf("voice"), "unknown voice '" + voice.get()
          + "': there is no voice profile of that name");
    }
    EpisodeMeta meta = new EpisodeMeta(title, date, slug, values.positive("episode"), values.positive("season"),
        values.text("category"), paper, values.authors(), values.text("summary").orElse(""), voice,
        values.bool("explicit"), values.text("guid"), CastList.read(file, values, voiceExists, host), cover());
    return new Parsed(meta, values.lexicon());
  }

  /** The episode's own cover art: a PNG or JPEG file beside the script (or below its folder), if named. */
  private Optional<EpisodeMeta.Art> cover() throws InputException {
    Optional<String> name = values.text("cover");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    int line = values.lineOf("cover");
    String lower = name.get().toLowerCase(java.util.Locale.ROOT);
    if (!lower.matches(".*\\.(png|jpe?g)")) {
      throw new InputException(file, line, "cover '" + FrontMatterValues.oneLine(name.get())
          + "' must be a PNG or JPEG file (.png, .jpg or .jpeg)");
    }
    Path image;
    try {
      image = file.toAbsolutePath().getParent().resolve(name.get()).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new InputException(file, line, "cover '" + FrontMatterValues.oneLine(name.get())
          + "' is not a file name");
    }
    if (!java.nio.file.Files.isRegularFile(image)) {
      throw new InputException(file, line, "cover " + image + " does not exist");
    }
    return Optional.of(new EpisodeMeta.Art(image, line));
  }

  private URI httpUri(String text, int line) throws InputException {
    return HttpUrl.parse(text).orElseThrow(() -> new InputException(file, line,
        "paper must be an http(s) URL, not '" + FrontMatterValues.oneLine(text) + "'"));
  }









}
