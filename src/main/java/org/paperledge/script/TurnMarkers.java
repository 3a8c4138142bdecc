package org.paperledge.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.paperledge.model.InputException;

/**
 * Finds the turns of a script with several speakers: a paragraph of its own (not in a list or a quote) opening
 * with the speaker's name in bold, colon inside, {@code **Maya:**}. The turn lasts until the next one. In a
 * script without a cast only the host's name opens a turn, so bold labels such as {@code **Note:**} stay text.
 */
final class TurnMarkers {
  /** A turn marker: the speaker, where it stands, and the node to leave out of the spoken text. */
  record Marker(String speaker, int line, int column, Node node) {}

  private final Path file;
  private final int firstLine;
  private final Set<String> speakers;
  private final boolean cast;

  /**
   * @param speakers the names that may open a turn: the host's and the cast's
   * @param cast whether the script has a cast (then every marker must name one of {@code speakers})
   */
  TurnMarkers(Path file, int firstLine, Set<String> speakers, boolean cast) {
    this.file = file;
    this.firstLine = firstLine;
    this.speakers = speakers;
    this.cast = cast;
  }

  /** The marker opening {@code paragraph}, if it has one. */
  Optional<Marker> at(Paragraph paragraph) throws InputException {
    if (!(paragraph.getParent() instanceof Document) || !(paragraph.getFirstChild() instanceof StrongEmphasis strong)) {
      return Optional.empty();
    }
    StringBuilder label = new StringBuilder();
    boolean plain = true;
    for (Node child = strong.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        label.append(text.getLiteral());
      } else {
        plain = false;
      }
    }
    String text = label.toString().strip();
    if (!text.endsWith(":")) {
      return Optional.empty(); // bold words, not a turn
    }
    String name = text.substring(0, text.length() - 1).strip();
    if (!cast && !speakers.contains(name)) {
      return Optional.empty(); // a bold label in a one-voice script
    }
    int line = firstLine;
    int column = 1;
    List<SourceSpan> spans = strong.getSourceSpans();
    if (!spans.isEmpty()) {
      line = firstLine + spans.get(0).getLineIndex();
      column = spans.get(0).getColumnIndex() + 1;
    }
    if (!plain || name.isEmpty() || !CastMember.isName(name)) {
      throw new InputException(file, line, column, "cannot read this turn marker: write the speaker's name in"
          + " bold with the colon inside, such as **" + speakers.stream().sorted().findFirst().orElse("Maya")
          + ":**");
    }
    if (!speakers.contains(name)) {
      throw new InputException(file, line, column, "unknown speaker '" + name + "': the speakers are "
          + String.join(", ", speakers.stream().sorted().toList()) + " (add them to 'cast:' in the front matter)");
    }
    return Optional.of(new Marker(name, line, column, strong));
  }
}
