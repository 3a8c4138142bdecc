package org.paperledge.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.paperledge.lint.Finding.Severity;
import org.paperledge.model.InputException;
import org.paperledge.model.Lexicon;
import org.paperledge.script.Mark;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.script.Segment;
import org.paperledge.script.Segmenter;
import org.paperledge.speech.MaryLexicon;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.PhoneSet;
import org.paperledge.speech.Token;

/**
 * Lints scripts without rendering them: front matter and structure, readings the normalizer guessed (acronyms,
 * compounds, words the voice does not know), characters that are not read, and sentences too long for one
 * breath. It also explains, token by token, which rule read what ({@link #explain}).
 */
public final class ScriptChecker {
  /** Spoken words in one sentence above which a listener hears the voice run out of breath. */
  public static final int MAX_BREATH_WORDS = 45;

  private final ScriptParser parser;
  private final MaryLexicon maryLexicon;
  private final Segmenter segmenter = new Segmenter();

  public ScriptChecker(ScriptParser parser, MaryLexicon maryLexicon) {
    this.parser = parser;
    this.maryLexicon = maryLexicon;
  }

  /** The voice lexicon to check a script against, and the file it lives in (for messages). */
  public record Voice(Lexicon lexicon, String lexiconName) {}

  /** Parses {@code file}; a parse failure becomes a single error finding. */
  public Result parse(Path file) {
    try {
      return new Result(Optional.of(parser.parse(file)), List.of());
    } catch (InputException e) {
      return new Result(Optional.empty(), List.of(new Finding(file, e.line(),
          e.column() > 0 ? e.column() : e.line() > 0 ? 1 : 0,
          Severity.ERROR, e.getMessage(), Optional.empty())));
    }
  }

  /**
   * The outcome of parsing.
   *
   * @param script the script, when it parsed
   * @param findings the parse error, if any
   */
  public record Result(Optional<Script> script, List<Finding> findings) {}

  /** Everything worth telling the producer about {@code script} spoken with {@code voice}. */
  public List<Finding> check(Script script, Voice voice) {
    List<Finding> findings = new ArrayList<>();
    Path file = script.file();
    for (Script.Notice notice : script.notices()) {
      findings.add(new Finding(file, notice.line(), 1, Severity.WARNING, notice.message(), Optional.empty()));
    }
    findings.addAll(CastCheck.check(script));
    for (Script.Chapter chapter : script.chapters()) {
      for (Script.Paragraph paragraph : chapter.paragraphs()) {
        for (Mark mark : paragraph.marks()) {
          if (mark.type() == Mark.Type.SAY && mark.argument().startsWith("/")) {
            String phonemes = mark.argument();
            try {
              PhoneSet.check(phonemes.substring(1, phonemes.length() - 1), file, mark.line(), mark.column());
            } catch (InputException e) {
              findings.add(new Finding(file, mark.line(), mark.column(), Severity.ERROR, e.getMessage(),
                  Optional.empty()));
            }
          }
        }
      }
    }
    Normalizer normalizer = new Normalizer(voice.lexicon().with(script.lexicon()));
    Guesses guesses = new Guesses(maryLexicon, voice.lexiconName());
    Set<String> reported = new LinkedHashSet<>();
    for (Segment segment : segmenter.segments(script)) {
      Script.Paragraph paragraph = paragraphOf(script, segment);
      List<Normalizer.Placed> placed = normalizer.normalize(segment.text(), (offset, text) -> {
        if (!isEmoji(text.codePointAt(0)) && reported.add("symbol:" + text)) {
          findings.add(at(file, paragraph, segment.offset() + offset, Severity.WARNING,
              "'" + text + "' is not read aloud", Optional.of(text + " = " + symbolName(text))));
        }
      });
      long words = placed.stream().filter(p -> !p.token().isPunctuation()).count();
      if (words > MAX_BREATH_WORDS) {
        findings.add(at(file, paragraph, segment.offset(), Severity.WARNING, "sentence of " + words
            + " spoken words is long to say in one breath; consider splitting it", Optional.empty()));
      }
      for (Reading reading : Reading.of(segment.text(), placed)) {
        if (pinned(paragraph, segment.offset() + reading.start())) {
          continue; // a say or spell control says how this one is read
        }
        for (Guesses.Guess guess : guesses.of(reading, reported)) {
          findings.add(at(file, paragraph, segment.offset() + guess.offset(), Severity.WARNING, guess.message(),
              Optional.of(guess.lexiconLine())));
        }
      }
    }
    return findings;
  }

  /** Whether the paragraph's character {@code at} is inside a control that says how it is read. */
  private static boolean pinned(Script.Paragraph paragraph, int at) {
    return paragraph.marks().stream().anyMatch(m -> (m.type() == Mark.Type.SAY || m.type() == Mark.Type.SPELL)
        && m.start() <= at && at < m.end());
  }

  /**
   * For every span of the script a rule changed, one line: where it is, what is written, what is said, and the
   * rules that said it with their reasons ({@code file:line:col: 'GPT-4o' -> G P T four oh [word, acronym-letters:
   * three capitals are spelled]}).
   */
  public List<String> explain(Script script, Voice voice) {
    Normalizer normalizer = new Normalizer(voice.lexicon().with(script.lexicon()));
    List<String> lines = new ArrayList<>();
    for (Segment segment : segmenter.segments(script)) {
      Script.Paragraph paragraph = paragraphOf(script, segment);
      for (Reading r : Reading.of(segment.text(), normalizer.normalize(segment.text(), (a, b) -> { }))) {
        if (r.changed()) {
          int offset = segment.offset() + r.start();
          String notes = r.notes().isEmpty() ? "" : ": " + String.join("; ", r.notes());
          lines.add(script.file() + ":" + paragraph.source().line(offset) + ":" + paragraph.source().column(offset)
              + ": '" + r.written() + "' -> " + r.said() + " [" + String.join(", ", r.rules()) + notes + "]");
        }
      }
    }
    return lines;
  }

  /** Tokens as text: words separated by spaces, punctuation attached to the word before it. */
  public static String spoken(List<Token> tokens) {
    StringBuilder out = new StringBuilder();
    for (Token token : tokens) {
      if (!token.isPunctuation() && out.length() > 0) {
        out.append(' ');
      }
      out.append(token.text());
    }
    return out.toString();
  }

  /** A name to say for a symbol, from its Unicode name ("§" section sign), as the spoken side of a lexicon line. */
  private static String symbolName(String symbol) {
    String name = Character.getName(symbol.codePointAt(0));
    return name == null ? "..." : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll(" +", " ")
        .strip();
  }

  private static Script.Paragraph paragraphOf(Script script, Segment segment) {
    int index = 0;
    for (Script.Chapter chapter : script.chapters()) {
      for (Script.Paragraph paragraph : chapter.paragraphs()) {
        if (index++ == segment.paragraph()) {
          return paragraph;
        }
      }
    }
    throw new IllegalStateException("no paragraph " + segment.paragraph());
  }

  private static Finding at(Path file, Script.Paragraph paragraph, int offset, Severity severity, String message,
      Optional<String> suggestion) {
    return new Finding(file, paragraph.source().line(offset), paragraph.source().column(offset), severity,
        message, suggestion);
  }

  private static boolean isEmoji(int cp) {
    return Character.getType(cp) == Character.OTHER_SYMBOL || cp == 0xFE0F || cp == 0x200D
        || (cp >= 0x1F000 && cp <= 0x1FAFF);
  }
}
