package org.paperledge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperledge.model.InputException;
import org.paperledge.model.Lexicon;
import org.paperledge.script.ScriptParser;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.Token;

/**
 * The failures the fuzz tests found, each shrunk to its smallest form and kept here as an example: before the
 * fix, each one crashed a render ("internal error") or printed an error that was not one clean line.
 */
class FoundByFuzzingTest {
  private static final Path FILE = Path.of("scripts", "2026-03-01-fuzzed.md");
  private final Normalizer normalizer = new Normalizer(Lexicon.EMPTY);

  private List<String> say(String sentence) {
    List<Token> tokens = normalizer.tokens(sentence);
    tokens.forEach(Checks::speakable);
    return tokens.stream().map(Token::text).toList();
  }

  @Test
  void aClockTimeThatIsNoneIsReadAsNumbers() {
    // "title: 3:61": the time rule matched, and NumberWords refused minute 61 with an IllegalArgumentException
    assertThat(say("It is 3:61 now.")).containsSubsequence("It", "is", "three", "sixty", "one", "now", ".")
        .doesNotContain("o'clock");
    assertThat(say("Meet at 10:30.")).containsExactly("Meet", "at", "ten", "thirty", ".");
  }

  @Test
  void aDateInTheYearZeroIsReadAsNumbers() {
    // "00/00/0000": the date rule matched, and NumberWords refused the year 0
    assertThat(say("On 00/00/0000 we met.")).startsWith("On").endsWith("we", "met", ".");
  }

  @Test
  void anOrdinalTooLargeForALongIsReadDigitByDigit() {
    assertThat(say("The 18446744073709551616th try.")).startsWith("The", "one", "eight").endsWith("try", ".");
  }

  @Test
  void aTenThousandCharacterRunOfDotsAndLettersNeitherOverflowsNorCrawls() {
    // "a.a.a.…": Java's regular expressions recurse once per repetition of a group: StackOverflowError
    long started = System.nanoTime();
    assertThat(say("a.".repeat(5_000))).isNotEmpty();
    // "1.1.1.…": the address rules read to the end of the run at every position: seconds per sentence
    assertThat(say("1.".repeat(5_000))).isNotEmpty();
    assertThat(say("-".repeat(10_000) + " end")).contains("end");
    assertThat((System.nanoTime() - started) / 1e9).isLessThan(2.0);
  }

  @Test
  void aKeyWithATabIsQuotedWithTheTabShown() {
    assertThatThrownBy(() -> new ScriptParser().parse(FILE, "---\ntitle: T\nd\tte: 2026-03-01\n---\nHello.\n"))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe()).startsWith(FILE
            + ":3: unknown front matter key 'd\\tte'"));
  }

  @Test
  void anOverrideInAQuotedValueCannotReorderTheMessage() {
    assertThatThrownBy(() -> new ScriptParser().parse(FILE, "---\ntitle: T\ndate: 2026-03-01\nvoice: \"a\u202eb\"\n"
        + "---\nHello.\n")).isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.describe()).contains("a\\u202Eb");
          assertThat(Checks.printable(e.describe())).isTrue();
        });
  }

  @Test
  void phonemesWithAControlCharacterAreAnErrorAndPhonemesOverTwoLinesAreOneString() throws Exception {
    // "[the](say \"/\u007f/\")": taken as phonemes, and MaryXML cannot carry a DEL
    assertThatThrownBy(() -> new ScriptParser().parse(FILE, "---\ntitle: T\ndate: 2026-03-01\n---\n"
        + "the [the](say \"/\u007f/\")\n")).isInstanceOfSatisfying(InputException.class,
            e -> assertThat(e.describe()).startsWith(FILE + ":5:5: say the words in quotes, or phonemes"));
    // a link title may go on to the next line: the phonemes were given with the line break in them
    var script = new ScriptParser().parse(FILE, "---\ntitle: T\ndate: 2026-03-01\n---\n"
        + "said [Ernis](say \"/' r= \n n I s/\").\n");
    assertThat(script.chapters().get(0).paragraphs().get(0).marks().get(0).argument()).isEqualTo("/' r= n I s/");
  }
}
