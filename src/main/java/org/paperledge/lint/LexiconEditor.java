package org.paperledge.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.paperledge.files.AtomicFiles;
import org.paperledge.model.InputException;
import org.paperledge.model.Lexicon;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.speech.PhoneSet;

/**
 * Adds one pronunciation to a voice's lexicon file or to an episode's front matter {@code lexicon:} map, the fix
 * {@code paperledge check} suggests. The file keeps its comments and order, the new entry goes last; the result is
 * parsed again before it replaces the file, through a temporary file and a rename, so an error leaves it as it
 * was.
 */
public final class LexiconEditor {
  /** Why an entry was refused; the message is one line, naming the file (and line) when one is at fault. */
  public static final class Refusal extends Exception {
    public Refusal(String message) {
      super(message);
    }
  }

  /**
   * One entry, parsed from the command line's {@code 'WRITTEN = spoken'}.
   *
   * @param written one word, as in scripts
   * @param spoken words, or MaryTTS phonemes between slashes
   */
  public record Entry(String written, String spoken) {
    public Entry {
      Objects.requireNonNull(written, "written");
      Objects.requireNonNull(spoken, "spoken");
    }

    /** Parses {@code 'WRITTEN = spoken'}, refusing what a lexicon file could not hold. */
    public static Entry parse(String line) throws Refusal {
      int eq = line.indexOf('=');
      String written = eq < 0 ? "" : line.substring(0, eq).strip();
      String spoken = eq < 0 ? "" : line.substring(eq + 1).strip();
      if (written.isEmpty() || spoken.isEmpty()) {
        throw new Refusal("expected 'WRITTEN = spoken', got '" + line + "'");
      }
      if (written.chars().anyMatch(Character::isWhitespace) || written.startsWith("#")) {
        throw new Refusal("the written side must be one word, not starting with '#': '" + written + "'");
      }
      try {
        Lexicon.entry(written, spoken);
      } catch (IllegalArgumentException e) {
        throw new Refusal("'" + line.strip() + "': " + e.getMessage());
      }
      if (spoken.length() > 1 && spoken.startsWith("/") && spoken.endsWith("/")) {
        java.util.Optional<String> bad = PhoneSet.unknown(spoken.substring(1, spoken.length() - 1));
        if (bad.isPresent()) {
          throw new Refusal("'" + line.strip() + "': " + (bad.get().isEmpty() ? "no phonemes between the slashes"
              : "'" + bad.get() + "' is not a phoneme MaryTTS's English voice knows (its phones: "
                  + String.join(" ", PhoneSet.phones()) + ")"));
        }
      }
      return new Entry(written, spoken);
    }

    @Override
    public String toString() {
      return written + " = " + spoken;
    }
  }

  private LexiconEditor() {}

  /** Appends {@code entry} to the lexicon file {@code file}, refusing a written form it already has. */
  public static void addToLexiconFile(Path file, Entry entry) throws Refusal, IOException {
    String text = read(file);
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int eq = line.indexOf('=');
      if (!line.startsWith("#") && eq > 0 && line.substring(0, eq).strip().equals(entry.written())) {
        throw new Refusal(file + ":" + (i + 1) + ": '" + entry.written() + "' is already in the lexicon: " + line);
      }
    }
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    String updated = text + (text.isEmpty() || text.endsWith("\n") ? "" : newline) + entry + newline;
    replace(file, updated, tmp -> {
      Lexicon.load(tmp).lookup(entry.written()).orElseThrow(() -> new Refusal(file + ": the entry did not read back"));
    });
  }

  /** Adds {@code entry} to the {@code lexicon:} map of the episode {@code script}'s front matter. */
  public static void addToEpisode(Path script, Entry entry, ScriptParser parser) throws Refusal, IOException {
    String text = read(script);
    Script parsed = parse(parser, script, text);
    if (parsed.lexicon().containsKey(entry.written())) {
      throw new Refusal(script + ": '" + entry.written() + "' is already in the episode's lexicon: "
          + entry.written() + ": " + parsed.lexicon().get(entry.written()));
    }
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    int open = 0;
    int close = -1;
    for (int i = open + 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("---")) {
        close = i;
        break;
      }
    }
    if (!lines.get(open).replace("\uFEFF", "").strip().equals("---") || close < 0) {
      throw new Refusal(script + ": no front matter between '---' lines");
    }
    insert(lines, open, close, entry, script);
    String updated = String.join(newline, lines);
    replace(script, updated, tmp -> {
      Script back = parse(parser, script, updated);
      if (!entry.spoken().equals(back.lexicon().get(entry.written()))) {
        throw new Refusal(script + ": the entry did not read back as written");
      }
    });
  }

  /** Inserts the entry's YAML line into the front matter lines {@code (open, close)}. */
  private static void insert(List<String> lines, int open, int close, Entry entry, Path script) throws Refusal {
    String yaml = scalar(entry.written()) + ": " + scalar(entry.spoken());
    for (int i = open + 1; i < close; i++) {
      String line = lines.get(i);
      if (!line.matches("lexicon\\s*:.*")) {
        continue;
      }
      String value = line.substring(line.indexOf(':') + 1).replaceFirst("\\s+#.*$", "").strip();
      if (value.matches("\\{\\s*}")) {
        lines.set(i, line.replaceFirst("\\{\\s*}", "").stripTrailing());
        lines.add(i + 1, "  " + yaml);
        return;
      }
      if (!value.isEmpty()) {
        throw new Refusal(script + ":" + (i + 1) + ": 'lexicon:' is written on one line; add the entry by hand");
      }
      int last = i;
      String indent = null;
      for (int k = i + 1; k < close && (lines.get(k).isBlank() || Character.isWhitespace(lines.get(k).charAt(0)));
          k++) {
        if (!lines.get(k).isBlank()) {
          last = k;
          if (indent == null && !lines.get(k).strip().startsWith("#")) {
            indent = lines.get(k).substring(0, lines.get(k).length() - lines.get(k).stripLeading().length());
          }
        }
      }
      lines.add(last + 1, (indent == null ? "  " : indent) + yaml);
      return;
    }
    lines.add(close, "lexicon:");
    lines.add(close + 1, "  " + yaml);
  }

  private static final Set<String> YAML_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

  /** A YAML scalar: plain when that reads back as the same text, in double quotes otherwise. */
  static String scalar(String text) {
    boolean plain = text.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} .,_-]*") && !text.endsWith(" ")
        && !YAML_WORDS.contains(text.toLowerCase(Locale.ROOT)) && !text.matches("[\\d.,_-]+");
    return plain ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String read(Path file) throws Refusal, IOException {
    if (!Files.isRegularFile(file)) {
      throw new Refusal(file + ": no such file");
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static Script parse(ScriptParser parser, Path script, String text) throws Refusal {
    try {
      return parser.parse(script, text);
    } catch (InputException e) {
      throw new Refusal(e.describe());
    }
  }

  /** What must hold of the new file before it replaces the old one. */
  private interface Check {
    void verify(Path tmp) throws Refusal, IOException, InputException;
  }

  /** Writes {@code text} beside {@code file}, checks it, and renames it over {@code file}; on error, nothing moves. */
  private static void replace(Path file, String text, Check check) throws Refusal, IOException {
    Path tmp = AtomicFiles.tempBeside(file);
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      check.verify(tmp);
      AtomicFiles.replaceKeepingPermissions(tmp, file);
    } catch (InputException e) {
      throw new Refusal(e.describe().replace(tmp.toString(), file.toString()));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
