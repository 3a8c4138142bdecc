package org.paperledge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.model.InputException;
import org.paperledge.render.Cast;
import org.paperledge.render.PlannedLine;
import org.paperledge.render.Planner;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;

/**
 * Fuzzed scripts, from front matter to the lines the synthesizer is given: every input either parses, is cast
 * and planned into lines whose every token MaryTTS can take, or fails with {@link InputException}'s one line
 * naming the file and a line it has; never another exception, and never longer than {@link Fuzz#CASE_LIMIT}.
 */
class ScriptFuzzTest {
  private static final Path FILE = Path.of("scripts", "2026-03-01-fuzzed.md");
  private static final Set<String> VOICES = Set.of("ernis", "maya", "theo", "paper");
  private static Show show;
  private static final Map<String, VoiceProfile> PROFILES = new HashMap<>();
  private final ScriptParser parser = new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES, VOICES::contains, "Ernis");

  @TempDir
  Path dir;

  @BeforeAll
  static void load() throws Exception {
    show = Show.load(Path.of("show.yaml"));
    for (String name : VOICES) {
      PROFILES.put(name, VoiceProfile.load(Path.of("voices"), name));
    }
  }

  @Test
  void frontMatter() {
    Fuzz.check("front matter", 30_000, c -> "---\n" + Scripts.FRONT_MATTER.make(c) + "---\n" + Scripts.VALID_BODY,
        text -> parsesOrSaysWhy(FILE, text));
  }

  @Test
  void markdownBodies() {
    Fuzz.check("Markdown bodies", 13_000, c -> "---\n" + Scripts.VALID_FRONT + "---\n" + Scripts.BODY.make(c),
        text -> parsesOrSaysWhy(FILE, text));
  }

  @Test
  void wholeScripts() {
    Fuzz.check("whole scripts", 12_000, Scripts.SCRIPT, text -> parsesOrSaysWhy(FILE, text));
  }

  @Test
  void editedScripts() {
    Fuzz.check("edited scripts", 20_000, Scripts.MUTATED, text -> parsesOrSaysWhy(FILE, text));
  }

  @Test
  void longTokens() {
    Fuzz.check("10,000-character tokens", 400, c -> {
      String script = Gen.oneOf(Scripts.SCRIPT, Scripts.MUTATED).make(c);
      int at = script.indexOf("---", 3) + 4 + c.below(Math.max(1, script.length() - script.indexOf("---", 3) - 4));
      return script.substring(0, Math.min(at, script.length())) + Hostile.LONG.make(c)
          + script.substring(Math.min(at, script.length()));
    }, text -> parsesOrSaysWhy(FILE, text));
  }

  @Test
  void scriptFiles() {
    Path file = dir.resolve("2026-03-01-fuzzed-file.md");
    Fuzz.check("script files (bytes)", 3_000, Scripts.BYTES, bytes -> {
      Files.write(file, bytes);
      int lines = 1;
      for (byte b : bytes) {
        lines += b == '\n' || b == '\r' ? 1 : 0;
      }
      parsesOrSaysWhy(file, null, lines);
    });
  }

  private void parsesOrSaysWhy(Path file, String text) throws Exception {
    parsesOrSaysWhy(file, text, (int) text.lines().count() + 1);
  }

  /** Parses {@code text} (or the file, when null), then casts and plans it; or checks its one-line error. */
  private void parsesOrSaysWhy(Path file, String text, int lines) throws Exception {
    try {
      Script script = text == null ? parser.parse(file) : parser.parse(file, text);
      assertThat(Checks.xmlSafe(script.meta().title())).isTrue();
      Cast cast = Cast.of(script, show, name -> {
        VoiceProfile voice = PROFILES.get(name);
        if (voice == null) {
          throw new InputException(Path.of("voices", name + ".yaml"), 0, "no such voice");
        }
        return voice;
      });
      for (PlannedLine line : new Planner(show, null).plan(script, cast)) {
        assertThat(Checks.xmlSafe(line.text())).as("line %s", Fuzz.literal(line.text())).isTrue();
        line.tokens().forEach(Checks::speakable);
      }
      for (Script.Chapter chapter : script.chapters()) {
        assertThat(Checks.xmlSafe(chapter.title())).as("title %s", Fuzz.literal(chapter.title())).isTrue();
      }
    } catch (InputException e) {
      if (!e.file().equals(file)) {
        return; // a voice profile, named by the script, that the parser took for one that exists
      }
      Checks.oneLineNamingTheFile(e, file, lines);
    }
  }
}
