package org.paperledge.script;

import org.paperledge.model.InputException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.paperledge.files.Yaml;
import org.paperledge.model.HttpUrl;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the YAML front matter of a script into {@link EpisodeMeta}, reporting problems with the script's line numbers.
 *
 * <p>The YAML is read as a node tree rather than as Java objects so that every value keeps its line and
 * nothing is typed implicitly (a date stays the text the producer wrote).
 */
final class FrontMatter {
  static final Set<String> KEYS = Set.of(
      "title", "date", "slug", "episode", "season", "category", "paper", "authors", "summary", "voice",
      "explicit", "guid", "lexicon");
  private static final int MAX_TITLE = 500;

  private final Path file;
  private final int firstLine;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private Predicate<String> voiceExists = name -> true;

  /**
   * @param file the script, for messages
   * @param yaml the text between the {@code ---} lines
   * @param firstLine the script line on which {@code yaml} starts
   */
  private FrontMatter(Path file, int firstLine) {
    this.file = file;
    this.firstLine = firstLine;
  }

  /** Parses {@code yaml}, which starts at script line {@code firstLine}, into metadata for {@code file}. */
  static Parsed parse(Path file, String yaml, int firstLine, int fenceLine, Predicate<String> voiceExists)
      throws InputException {
    FrontMatter fm = new FrontMatter(file, firstLine);
    fm.voiceExists = voiceExists;
    Node root;
    try {
      root = Yaml.compose(yaml);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? fenceLine : firstLine + mark.getLine();
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      throw new InputException(file, line, "invalid YAML in front matter: " + oneLine(problem));
    } catch (YAMLException e) {
      throw new InputException(file, fenceLine, "invalid YAML in front matter: " + oneLine(e.getMessage()));
    }
    if (root == null) {
      throw new InputException(file, fenceLine, "front matter is empty: it needs at least title and date");
    }
    if (!(root instanceof MappingNode map)) {
      throw new InputException(file, fm.line(root), "front matter must be a set of 'key: value' lines");
    }
    for (NodeTuple tuple : map.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw new InputException(file, fm.line(tuple.getKeyNode()), "front matter keys must be plain words");
      }
      if (!KEYS.contains(key.getValue())) {
        throw new InputException(file, fm.line(key), "unknown front matter key '" + key.getValue()
            + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
      }
      if (fm.entries.containsKey(key.getValue())) {
        throw new InputException(file, fm.line(key), "duplicate front matter key '" + key.getValue() + "'");
      }
      fm.entries.put(key.getValue(), tuple);
    }
    return fm.toMeta(fenceLine);
  }

  /** The metadata and the episode's own lexicon entries. */
  record Parsed(EpisodeMeta meta, Map<String, String> lexicon) {}

  private Parsed toMeta(int fenceLine) throws InputException {
    String title = requiredText("title", fenceLine);
    if (title.length() > MAX_TITLE) {
      throw new InputException(file, line(value("title")), "title is longer than " + MAX_TITLE + " characters");
    }
    String dateText = requiredText("date", fenceLine);
    LocalDate date;
    try {
      if (!dateText.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("shape", dateText, 0);
      }
      date = LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      throw new InputException(file, line(value("date")), "date must be a real date written yyyy-mm-dd, not '"
          + dateText + "'");
    }
    String slug = Slugs.fromFileName(file.getFileName().toString());
    if (entries.containsKey("slug")) {
      slug = text("slug").orElse("");
      if (!Slugs.isValid(slug)) {
        throw new InputException(file, line(value("slug")), "slug '" + oneLine(slug)
            + "' must be lowercase ASCII letters, digits and single hyphens (at most " + Slugs.MAX_LENGTH
            + " characters)");
      }
    } else if (slug.isEmpty()) {
      throw new InputException(file, 0, "cannot derive a slug from the file name; set 'slug' in the front matter");
    }
    Optional<URI> paper = Optional.empty();
    Optional<String> paperText = text("paper");
    if (paperText.isPresent()) {
      paper = Optional.of(httpUri(paperText.get(), line(value("paper"))));
    }
    Optional<String> voice = text("voice");
    if (voice.isPresent() && !voice.get().matches("[a-z0-9][a-z0-9_-]*")) {
      throw new InputException(file, line(value("voice")), "voice must name a profile in voices/ (letters, digits,"
          + " '-' and '_'), not '" + oneLine(voice.get()) + "'");
    }
    if (voice.isPresent() && !voiceExists.test(voice.get())) {
      throw new InputException(file, line(value("voice")), "unknown voice '" + voice.get()
          + "': there is no voice profile of that name");
    }
    EpisodeMeta meta = new EpisodeMeta(title, date, slug, positive("episode"), positive("season"),
        text("category"), paper, authors(), text("summary").orElse(""), voice, bool("explicit"), text("guid"));
    return new Parsed(meta, lexicon());
  }

  private URI httpUri(String text, int line) throws InputException {
    return HttpUrl.parse(text).orElseThrow(() -> new InputException(file, line,
        "paper must be an http(s) URL, not '" + oneLine(text) + "'"));
  }

  private String requiredText(String key, int fenceLine) throws InputException {
    if (!entries.containsKey(key)) {
      throw new InputException(file, fenceLine, "front matter lacks the required key '" + key + "'");
    }
    Optional<String> value = text(key);
    if (value.isEmpty() || value.get().isBlank()) {
      throw new InputException(file, line(value(key)), "'" + key + "' must not be empty");
    }
    return value.get().strip();
  }

  private Optional<String> text(String key) throws InputException {
    if (!entries.containsKey(key)) {
      return Optional.empty();
    }
    Node node = value(key);
    if (!(node instanceof ScalarNode scalar)) {
      throw new InputException(file, line(node), "'" + key + "' must be a single value, not a list or a map");
    }
    String value = TextCleaner.clean(scalar.getValue()).strip();
    return value.isEmpty() || value.equals("~") || value.equals("null") ? Optional.empty() : Optional.of(value);
  }

  private OptionalInt positive(String key) throws InputException {
    Optional<String> value = text(key);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(value.get());
      if (n >= 0) {
        return OptionalInt.of(n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException(file, line(value(key)), "'" + key + "' must be a whole number, not '"
        + oneLine(value.get()) + "'");
  }

  private boolean bool(String key) throws InputException {
    Optional<String> value = text(key);
    if (value.isEmpty()) {
      return false;
    }
    return Yaml.bool(value.get()).orElseThrow(() -> new InputException(file, line(value(key)),
        "'" + key + "' must be true or false, not '" + oneLine(value.get()) + "'"));
  }

  private List<String> authors() throws InputException {
    if (!entries.containsKey("authors")) {
      return List.of();
    }
    Node node = value("authors");
    List<String> names = new ArrayList<>();
    if (node instanceof ScalarNode scalar) {
      String one = TextCleaner.clean(scalar.getValue()).strip();
      if (!one.isEmpty()) {
        names.add(one);
      }
      return names;
    }
    if (!(node instanceof SequenceNode list)) {
      throw new InputException(file, line(node), "'authors' must be a list of names");
    }
    for (Node item : list.getValue()) {
      if (!(item instanceof ScalarNode scalar) || TextCleaner.clean(scalar.getValue()).isBlank()) {
        throw new InputException(file, line(item), "each author must be a non-empty name");
      }
      names.add(TextCleaner.clean(scalar.getValue()).strip());
    }
    return names;
  }

  private Map<String, String> lexicon() throws InputException {
    if (!entries.containsKey("lexicon")) {
      return Map.of();
    }
    Node node = value("lexicon");
    if (!(node instanceof MappingNode map)) {
      throw new InputException(file, line(node), "'lexicon' must map written forms to spoken forms");
    }
    Map<String, String> lexicon = new LinkedHashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key) || !(tuple.getValueNode() instanceof ScalarNode value)
          || key.getValue().isBlank() || value.getValue().isBlank()) {
        throw new InputException(file, line(tuple.getKeyNode()), "lexicon entries must be 'written: spoken'");
      }
      String written = TextCleaner.clean(key.getValue()).strip();
      String spoken = TextCleaner.clean(value.getValue()).strip();
      try {
        org.paperledge.model.Lexicon.entry(written, spoken);
      } catch (IllegalArgumentException e) {
        throw new InputException(file, line(tuple.getKeyNode()), "lexicon entry '" + oneLine(written) + "': "
            + e.getMessage());
      }
      lexicon.put(written, spoken);
    }
    return lexicon;
  }

  private Node value(String key) {
    return entries.get(key).getValueNode();
  }

  private int line(Node node) {
    return firstLine + node.getStartMark().getLine();
  }

  static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
  }
}
