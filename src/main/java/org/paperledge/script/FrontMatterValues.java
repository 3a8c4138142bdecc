package org.paperledge.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.paperledge.files.Yaml;
import org.paperledge.model.InputException;
import org.paperledge.model.Lexicon;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The values of a script's front matter, by key, each read as the type its key wants (text, a whole number, yes
 * or no, a list of names, a map of words) with an error naming the script line when it is not.
 */
final class FrontMatterValues {
  private final Path file;
  private final int firstLine;
  private final Map<String, NodeTuple> entries;

  /**
   * @param file the script, for messages
   * @param firstLine the script line on which the YAML starts
   * @param entries the front matter's entries, by key
   */
  FrontMatterValues(Path file, int firstLine, Map<String, NodeTuple> entries) {
    this.file = file;
    this.firstLine = firstLine;
    this.entries = entries;
  }

  /** Whether the front matter has {@code key}. */
  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** The script line of {@code key}'s value. */
  int lineOf(String key) {
    return line(value(key));
  }

  String requiredText(String key, int fenceLine) throws InputException {
    if (!entries.containsKey(key)) {
      throw new InputException(file, fenceLine, "front matter lacks the required key '" + key + "'");
    }
    Optional<String> value = text(key);
    if (value.isEmpty() || value.get().isBlank()) {
      throw new InputException(file, line(value(key)), "'" + key + "' must not be empty");
    }
    return value.get().strip();
  }

  Optional<String> text(String key) throws InputException {
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

  OptionalInt positive(String key) throws InputException {
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

  boolean bool(String key) throws InputException {
    Optional<String> value = text(key);
    if (value.isEmpty()) {
      return false;
    }
    return Yaml.bool(value.get()).orElseThrow(() -> new InputException(file, line(value(key)),
        "'" + key + "' must be true or false, not '" + oneLine(value.get()) + "'"));
  }

  List<String> authors() throws InputException {
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

  Map<String, String> lexicon() throws InputException {
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
        Lexicon.entry(written, spoken);
      } catch (IllegalArgumentException e) {
        throw new InputException(file, line(tuple.getKeyNode()), "lexicon entry '" + oneLine(written) + "': "
            + e.getMessage());
      }
      lexicon.put(written, spoken);
    }
    return lexicon;
  }

  Node value(String key) {
    return entries.get(key).getValueNode();
  }

  int line(Node node) {
    return firstLine + node.getStartMark().getLine();
  }

  static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
  }
}
