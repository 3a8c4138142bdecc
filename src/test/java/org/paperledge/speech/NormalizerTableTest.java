package org.paperledge.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperledge.model.Lexicon;

/**
 * The reading table ({@code src/test/resources/normalizer/readings.txt}): sentences of research prose, each with
 * exactly what the voice is given, through the show's lexicon.
 */
class NormalizerTableTest {
  private static final Path TABLE = Path.of("src/test/resources/normalizer/readings.txt");
  private static Normalizer show;

  /** One row: its family, the written sentence and the spoken words. */
  record Row(String family, String written, String spoken) {
    @Override
    public String toString() {
      return family + ": " + written;
    }
  }

  @BeforeAll
  static void loadShowLexicon() throws Exception {
    show = new Normalizer(Lexicon.load(Path.of("voices/ernis.lexicon")));
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    String family = null;
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        family = line.substring(3).strip();
      } else if (!line.isBlank() && !line.startsWith("#")) {
        int bar = line.lastIndexOf(" | ");
        assertThat(bar).as("row without ' | ': %s", line).isPositive();
        assertThat(family).as("row before any family: %s", line).isNotNull();
        rows.add(new Row(family, line.substring(0, bar).strip(), line.substring(bar + 3).strip()));
      }
    }
    return rows;
  }

  static Stream<Row> table() throws IOException {
    return rows().stream();
  }

  /** Words in lower case, letters said by name as capitals, punctuation left out. */
  static String spoken(List<Token> tokens) {
    return tokens.stream().filter(t -> !t.isPunctuation())
        .map(t -> t.phonemes().isPresent() && t.text().matches("\\p{Lu}(?:s|'s)?") ? t.text()
            : t.text().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void readsLikeACarefulHost(Row row) {
    assertThat(spoken(show.tokens(row.written()))).isEqualTo(row.spoken());
  }

  @Test
  void everyFamilyHasItsShareOfTheThreeHundredRows() throws IOException {
    Map<String, Long> sizes = new TreeMap<>(rows().stream()
        .collect(Collectors.groupingBy(Row::family, Collectors.counting())));
    assertThat(sizes.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(300);
    assertThat(sizes).containsOnlyKeys("compounds", "acronym-words", "possessives-plurals", "units",
        "math-symbols", "references", "versions-products", "titles-degrees", "traps");
    assertThat(sizes.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(20));
  }

  @Test
  void noSentenceIsListedTwice() throws IOException {
    List<String> written = rows().stream().map(Row::written).toList();
    assertThat(written).doesNotHaveDuplicates();
  }
}
