package org.paperledge.files;

import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * YAML as PaperLedge reads it, for the show file, voice profiles and script front matter: a node tree that keeps
 * every value's line, nothing typed implicitly (a date stays the text the producer wrote), duplicate keys
 * refused, aliases and size bounded.
 */
public final class Yaml {
  private static final int MAX_ALIASES = 10;
  private static final int MAX_CODE_POINTS = 1 << 20;

  private Yaml() {}

  /**
   * The node tree of {@code text}, or null when it holds no document.
   *
   * @throws YAMLException when it is not valid YAML (a {@code MarkedYAMLException} says where)
   */
  public static Node compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setCodePointLimit(MAX_CODE_POINTS);
    return new org.yaml.snakeyaml.Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(text));
  }

  /** A yes/no value: {@code true} or {@code yes}, {@code false} or {@code no}, in any case; else empty. */
  public static Optional<Boolean> bool(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> Optional.of(true);
      case "false", "no" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
