package org.paperledge.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paperledge.lint.Finding.Severity;
import org.paperledge.script.CastMember;
import org.paperledge.script.Script;

/**
 * What {@code check} says of a script's cast: a member who never speaks, and a paragraph that opens with a
 * member's name and a colon but not in bold, so that the name is read aloud and the turn does not change.
 * (A marker naming no one in the cast, or one that cannot be read, is an error of the script itself.)
 */
final class CastCheck {
  private CastCheck() {}

  static List<Finding> check(Script script) {
    List<Finding> findings = new ArrayList<>();
    Set<String> speaking = new HashSet<>();
    for (Script.Chapter chapter : script.chapters()) {
      for (Script.Paragraph paragraph : chapter.paragraphs()) {
        paragraph.turn().ifPresent(speaking::add);
        for (CastMember member : script.meta().cast().values()) {
          if (paragraph.turn().isEmpty() && !paragraph.quote()
              && paragraph.text().startsWith(member.name() + ":")) {
            findings.add(new Finding(script.file(), paragraph.source().line(0), paragraph.source().column(0),
                Severity.WARNING, "'" + member.name() + ":' is read aloud and does not start " + member.name()
                + "'s turn; write **" + member.name() + ":** for that", Optional.empty()));
          }
        }
      }
    }
    for (CastMember member : script.meta().cast().values()) {
      if (!speaking.contains(member.name())) {
        findings.add(new Finding(script.file(), member.line(), 1, Severity.WARNING, "cast member "
            + member.name() + " never speaks: no paragraph opens with **" + member.name() + ":**",
            Optional.empty()));
      }
    }
    return findings;
  }
}
