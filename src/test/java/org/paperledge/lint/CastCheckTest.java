package org.paperledge.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;

class CastCheckTest {
  private static List<String> findings(String body) throws Exception {
    Script script = new ScriptParser().parse(Path.of("cast.md"), "---\ntitle: T\ndate: 2026-11-30\ncast:\n"
        + "  Maya: maya\n  Theo: theo\n---\n" + body);
    return CastCheck.check(script).stream().map(Finding::format).toList();
  }

  @Test
  void aMemberWhoNeverSpeaksIsNamedAtTheirLine() throws Exception {
    assertThat(findings("**Maya:** Only Maya speaks.\n")).containsExactly(
        "cast.md:6:1: warning: cast member Theo never speaks: no paragraph opens with **Theo:**");
  }

  @Test
  void aNameWithAColonButNotInBoldIsReadAloudAndSaysSo() throws Exception {
    assertThat(findings("**Maya:** Hi.\n\n**Theo:** Hello.\n\nMaya: this is read aloud.\n")).containsExactly(
        "cast.md:12:1: warning: 'Maya:' is read aloud and does not start Maya's turn; write **Maya:** for that");
  }

  @Test
  void aCastThatAllSpeaksIsQuiet() throws Exception {
    assertThat(findings("**Maya:** Hi.\n\n**Theo:** Hello.\n")).isEmpty();
  }
}
