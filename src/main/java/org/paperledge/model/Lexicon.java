package org.paperledge.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A pronunciation lexicon: written forms and how to say them.
 *
 * <p>File format, one entry per line: {@code written = spoken}. The spoken form is plain words, or a MaryTTS
 * phoneme string between slashes ({@code Ernis = /' @r - n I s/}). {@code #} starts a comment. An entry written
 * all in lower case matches any capitalization; any other entry matches only its exact spelling, so
 * {@code US = you ess} does not touch the word "us".
 */
public final class Lexicon {
  /** A lexicon without entries. */
  public static final Lexicon EMPTY = new Lexicon(Map.of());

  private final Map<String, Entry> exact;
  private final Map<String, Entry> folded;

  /**
   * One entry.
   *
   * @param written the form in scripts
   * @param spoken the words to say instead, or empty when {@code phonemes} is given
   * @param phonemes a MaryTTS phoneme string (SAMPA, syllables separated by '-', stress by '''), if any
   */
  public record Entry(String written, String spoken, Optional<String> phonemes) {
    public Entry {
      Objects.requireNonNull(written, "written");
      Objects.requireNonNull(spoken, "spoken");
      Objects.requireNonNull(phonemes, "phonemes");
    }
  }

  private Lexicon(Map<String, Entry> entries) {
    this.exact = new LinkedHashMap<>();
    this.folded = new LinkedHashMap<>();
    for (Entry entry : entries.values()) {
      add(entry);
    }
  }

  private void add(Entry entry) {
    if (entry.written().equals(entry.written().toLowerCase(Locale.ROOT))) {
      folded.put(entry.written(), entry);
    } else {
      exact.put(entry.written(), entry);
    }
  }

  /** Reads a lexicon file. */
  public static Lexicon load(Path file) throws InputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot read lexicon: " + e.getMessage());
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0 || eq == line.length() - 1) {
        throw new InputException(file, i + 1, "expected 'written = spoken'");
      }
      String written = line.substring(0, eq).strip();
      String spoken = line.substring(eq + 1).strip();
      if (written.isEmpty() || written.contains(" ") || spoken.isEmpty()) {
        throw new InputException(file, i + 1, "expected 'written = spoken' with a single written word");
      }
      try {
        entries.put(written, entry(written, spoken));
      } catch (IllegalArgumentException e) {
        throw new InputException(file, i + 1, e.getMessage());
      }
    }
    return new Lexicon(entries);
  }

  /** Parses one entry's spoken side: words, or phonemes between slashes. */
  public static Entry entry(String written, String spoken) {
    if (spoken.startsWith("/")) {
      if (!spoken.endsWith("/") || spoken.length() < 3) {
        throw new IllegalArgumentException("phonemes must be written between slashes: /' p eI - p @r/");
      }
      String phonemes = spoken.substring(1, spoken.length() - 1).strip();
      if (phonemes.isEmpty()) {
        throw new IllegalArgumentException("phonemes between slashes must not be empty");
      }
      return new Entry(written, "", Optional.of(phonemes));
    }
    if (!spoken.matches("[\\p{L}\\p{N}' .,-]+")) {
      throw new IllegalArgumentException("spoken form must be plain words, or phonemes between slashes");
    }
    return new Entry(written, spoken, Optional.empty());
  }

  /** This lexicon with {@code additions} (written to spoken) taking precedence. */
  public Lexicon with(Map<String, String> additions) {
    if (additions.isEmpty()) {
      return this;
    }
    Lexicon merged = new Lexicon(Map.of());
    merged.exact.putAll(exact);
    merged.folded.putAll(folded);
    additions.forEach((written, spoken) -> {
      if (written.equals(written.toLowerCase(Locale.ROOT))) {
        // an episode's any-case entry overrides the voice's entries for the same word in every spelling
        merged.exact.keySet().removeIf(key -> key.toLowerCase(Locale.ROOT).equals(written));
      }
      merged.add(entry(written, spoken));
    });
    return merged;
  }

  /** The entry for a token, exact spelling first, then a lower-case entry matching in any case. */
  public Optional<Entry> lookup(String token) {
    Entry entry = exact.get(token);
    if (entry == null) {
      entry = folded.get(token.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(entry);
  }

  /** Number of entries. */
  public int size() {
    return exact.size() + folded.size();
  }
}
