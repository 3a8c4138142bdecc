package org.paperledge.show;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A flat YAML settings file (the show file, a voice profile) read as text values that keep their line numbers; a
 * few keys may hold a list of single values instead.
 */
final class YamlFile {
  private final Path file;
  private final Map<String, ScalarNode> values = new LinkedHashMap<>();
  private final Map<String, List<ScalarNode>> lists = new LinkedHashMap<>();
  private final Map<String, Integer> listLines = new LinkedHashMap<>();

  private YamlFile(Path file) {
    this.file = file;
  }

  /** Reads {@code file}, refusing keys outside {@code known} and values that are not single scalars. */
  static YamlFile read(Path file, Set<String> known) throws InputException {
    return read(file, known, Set.of());
  }

  /**
   * Reads {@code file}, refusing keys outside {@code known} and values that are not single scalars, except for the
   * keys in {@code listKeys}, which may also hold a list of single values.
   */
  static YamlFile read(Path file, Set<String> known, Set<String> listKeys) throws InputException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot read: " + e.getMessage());
    }
    Node root;
    try {
      root = Yaml.compose(text);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      throw new InputException(file, mark == null ? 0 : mark.getLine() + 1, "invalid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new InputException(file, 0, "invalid YAML: " + e.getMessage());
    }
    YamlFile yaml = new YamlFile(file);
    if (root == null) {
      return yaml;
    }
    if (!(root instanceof MappingNode map)) {
      throw new InputException(file, 1, "expected 'key: value' lines");
    }
    for (NodeTuple tuple : map.getValue()) {
      int line = tuple.getKeyNode().getStartMark().getLine() + 1;
      if (!(tuple.getKeyNode() instanceof ScalarNode key) || !known.contains(key.getValue())) {
        throw new InputException(file, line, "unknown key (known: " + String.join(", ",
            known.stream().sorted().toList()) + ")");
      }
      if (yaml.values.containsKey(key.getValue()) || yaml.lists.containsKey(key.getValue())) {
        throw new InputException(file, line, "duplicate key '" + key.getValue() + "'");
      }
      if (listKeys.contains(key.getValue()) && tuple.getValueNode() instanceof SequenceNode sequence) {
        List<ScalarNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
          if (!(item instanceof ScalarNode scalar)) {
            throw new InputException(file, item.getStartMark().getLine() + 1, "each item of '" + key.getValue()
                + "' must be a single value");
          }
          items.add(scalar);
        }
        yaml.lists.put(key.getValue(), items);
        yaml.listLines.put(key.getValue(), line);
        continue;
      }
      if (!(tuple.getValueNode() instanceof ScalarNode value)) {
        throw new InputException(file, line, "'" + key.getValue() + "' must be a single value"
            + (listKeys.contains(key.getValue()) ? " or a list of them" : ""));
      }
      yaml.values.put(key.getValue(), value);
    }
    return yaml;
  }

  Path file() {
    return file;
  }

  Optional<String> text(String key) {
    ScalarNode node = values.get(key);
    if (node == null || node.getValue().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(node.getValue().strip());
  }

  String text(String key, String fallback) {
    return text(key).orElse(fallback);
  }

  String required(String key) throws InputException {
    return text(key).orElseThrow(() -> new InputException(file, 0, "missing required key '" + key + "'"));
  }

  double number(String key, double fallback, double min, double max) throws InputException {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      double value = Double.parseDouble(text.get());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException(file, line(key), "'" + key + "' must be a number from " + min + " to " + max);
  }

  boolean bool(String key, boolean fallback) throws InputException {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return fallback;
    }
    return Yaml.bool(text.get()).orElseThrow(() -> new InputException(file, line(key),
        "'" + key + "' must be true or false"));
  }

  URI httpUrl(String key) throws InputException {
    String text = required(key);
    return HttpUrl.parse(text).orElseThrow(() -> new InputException(file, line(key),
        "'" + key + "' must be an http(s) URL, not '" + text + "'"));
  }

  /**
   * The values of a list key, in order, with their lines: a YAML list, or one value (a list of one); empty when
   * the key is absent.
   */
  List<Item> list(String key) {
    List<Item> items = new ArrayList<>();
    if (lists.containsKey(key)) {
      for (ScalarNode node : lists.get(key)) {
        items.add(new Item(node.getValue().strip(), node.getStartMark().getLine() + 1));
      }
    } else {
      text(key).ifPresent(value -> items.add(new Item(value, line(key))));
    }
    return items;
  }

  /** One value of a list, and its line. */
  record Item(String value, int line) {}

  int line(String key) {
    ScalarNode node = values.get(key);
    if (node == null && listLines.containsKey(key)) {
      return listLines.get(key);
    }
    return node == null ? 0 : node.getStartMark().getLine() + 1;
  }
}
