package org.paperledge.script;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.paperledge.model.InputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the front matter's {@code cast:}: speaker names to voice profiles, each as {@code Maya: maya} (a guest)
 * or {@code Maya: {voice: maya, role: co-host}}.
 */
final class CastList {
  private CastList() {}

  /**
   * @param voiceExists whether a voice profile of a name exists
   * @param host the show's host, who is not listed (the host's voice is {@code voice:})
   */
  static Map<String, CastMember> read(Path file, FrontMatterValues values, Predicate<String> voiceExists,
      String host) throws InputException {
    Map<String, CastMember> cast = new LinkedHashMap<>();
    if (!values.has("cast")) {
      return cast;
    }
    Node node = values.value("cast");
    if (!(node instanceof MappingNode map)) {
      throw new InputException(file, values.line(node), "'cast' must map speaker names to voice profiles,"
          + " such as 'Maya: maya'");
    }
    for (NodeTuple tuple : map.getValue()) {
      int line = values.line(tuple.getKeyNode());
      if (!(tuple.getKeyNode() instanceof ScalarNode key) || !CastMember.isName(key.getValue().strip())) {
        throw new InputException(file, line, "a cast member's name must be a name (letters first), such as Maya");
      }
      String name = key.getValue().strip();
      if (name.equals(host)) {
        throw new InputException(file, line, name + " is the show's host: choose the host's voice with 'voice:'");
      }
      String voice;
      String role = "guest";
      if (tuple.getValueNode() instanceof ScalarNode scalar) {
        voice = scalar.getValue().strip();
      } else if (tuple.getValueNode() instanceof MappingNode details) {
        voice = "";
        for (NodeTuple field : details.getValue()) {
          String fieldName = field.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
          String fieldValue = field.getValueNode() instanceof ScalarNode v ? v.getValue().strip() : null;
          if (fieldValue == null || !(fieldName.equals("voice") || fieldName.equals("role"))) {
            throw new InputException(file, values.line(field.getKeyNode()), "a cast member has 'voice' and"
                + " 'role', each a single value");
          }
          if (fieldName.equals("voice")) {
            voice = fieldValue;
          } else {
            role = fieldValue;
          }
        }
      } else {
        throw new InputException(file, line, "cast member " + name + " needs a voice profile, such as '"
            + name + ": maya'");
      }
      if (!voice.matches("[a-z0-9][a-z0-9_-]*")) {
        throw new InputException(file, line, "cast member " + name + " needs a voice profile name (letters,"
            + " digits, '-' and '_'), not '" + FrontMatterValues.oneLine(voice) + "'");
      }
      if (!voiceExists.test(voice)) {
        throw new InputException(file, line, "cast member " + name + ": unknown voice '" + voice
            + "': there is no voice profile of that name");
      }
      if (!CastMember.ROLES.contains(role)) {
        throw new InputException(file, line, "cast member " + name + ": role must be co-host or guest, not '"
            + FrontMatterValues.oneLine(role) + "'");
      }
      if (cast.put(name, new CastMember(name, voice, role, line)) != null) {
        throw new InputException(file, line, "cast member " + name + " is listed twice");
      }
    }
    return cast;
  }
}
