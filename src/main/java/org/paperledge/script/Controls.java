package org.paperledge.script;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperledge.model.InputException;

/**
 * Reads the producer's controls, written as Markdown links whose destination is a control rather than a web
 * address, so that rendered Markdown shows only the words (or, for a pause, nothing):
 * {@code [](pause:1.5s)}, {@code [Okonkwo](say "oh kon kwo")}, {@code [Ernis](say "/' r= - n I s/")},
 * {@code [NASA](spell)}, {@code [step by step](slower)}, {@code [in short](faster:10%)},
 * {@code [Trees talk.](as:Theo)}.
 */
final class Controls {
  /** The controls, as the error for an unknown one lists them. */
  static final String KNOWN = "pause, say, spell, slower, faster, as";
  /** The rate change of {@code slower} and {@code faster} without a percentage. */
  static final int DEFAULT_PERCENT = 15;
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s)");
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,2})%");
  /** What a control's destination looks like: a word, then ':' and an argument or nothing (no "//"). */
  private static final Pattern SHAPE = Pattern.compile("([A-Za-z]+)(?::(?!//)(.*))?");
  private static final double MAX_PAUSE = 10;
  /** Address schemes a link may use besides http(s): those links are read as their text, as ever. */
  private static final java.util.Set<String> URL_SCHEMES = java.util.Set.of("mailto", "tel", "ftp", "sftp", "file",
      "data", "urn", "doi", "arxiv", "isbn", "news", "irc", "git", "ssh");

  private Controls() {}

  /**
   * The control a link stands for, or empty when it is an ordinary link (an http(s) or other web address).
   *
   * @param destination the link's destination
   * @param title its title, or empty
   * @param empty whether the link has no text
   */
  static Optional<Mark.Type> read(Path file, int line, int column, String destination, String title, boolean empty,
      String[] argument) throws InputException {
    Matcher m = SHAPE.matcher(destination.strip());
    if (!m.matches() || destination.contains("/") || destination.contains(".") && m.group(2) == null) {
      return Optional.empty(); // a path or a web address
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (URL_SCHEMES.contains(name) || destination.contains("@")) {
      return Optional.empty(); // an e-mail address or another kind of address
    }
    String value = m.group(2) == null ? "" : m.group(2).strip();
    switch (name) {
      case "pause" -> {
        Matcher d = DURATION.matcher(value);
        double seconds = d.matches() ? Double.parseDouble(d.group(1)) / (d.group(2).equals("ms") ? 1000 : 1)
            : Double.NaN;
        if (!(seconds > 0 && seconds <= MAX_PAUSE)) {
          throw new InputException(file, line, column, "a pause needs a length from 1 ms to " + (int) MAX_PAUSE
              + " s, such as [](pause:800ms) or [](pause:1.5s), not '" + value + "'");
        }
        if (!empty) {
          throw new InputException(file, line, column, "a pause is written with no words: [](pause:" + value + ")");
        }
        argument[0] = Double.toString(seconds);
        return Optional.of(Mark.Type.PAUSE);
      }
      case "say" -> {
        String said = title.strip().replaceAll("\\s+", " "); // a title may go on to the next line
        if (said.isEmpty() || !said.matches("/[\\x21-\\x2e\\x30-\\x7e ]+/|[\\p{L}\\p{N}' .,-]+")) {
          throw new InputException(file, line, column, "say the words in quotes, or phonemes between slashes:"
              + " [Okonkwo](say \"oh kon kwo\") or [Ernis](say \"/' r= - n I s/\")");
        }
        argument[0] = said;
        return Optional.of(requireWords(file, line, column, empty, Mark.Type.SAY));
      }
      case "spell" -> {
        return Optional.of(requireWords(file, line, column, empty, Mark.Type.SPELL));
      }
      case "slower", "faster" -> {
        Matcher p = PERCENT.matcher(value);
        if (!value.isEmpty() && (!p.matches() || Integer.parseInt(p.group(1)) == 0)) {
          throw new InputException(file, line, column, "'" + name + "' takes a change from 1% to 99%, such as"
              + " (" + name + ":20%), or none for " + DEFAULT_PERCENT + "%, not '" + value + "'");
        }
        int percent = value.isEmpty() ? DEFAULT_PERCENT : Integer.parseInt(p.group(1));
        double factor = name.equals("slower") ? 1 - percent / 100.0 : 1 + percent / 100.0;
        argument[0] = Double.toString(factor);
        return Optional.of(requireWords(file, line, column, empty, Mark.Type.RATE));
      }
      case "as" -> {
        if (!CastMember.isName(value)) {
          throw new InputException(file, line, column, "'as' names the speaker who reads the words, such as"
              + " [the paper's words](as:Theo)");
        }
        argument[0] = value;
        return Optional.of(requireWords(file, line, column, empty, Mark.Type.VOICE));
      }
      default -> {
        if (m.group(2) == null && title.isEmpty() && !empty) {
          return Optional.empty(); // a relative link such as [notes](notes), read as its text
        }
        throw new InputException(file, line, column, "unknown control '" + name + "' (the controls: " + KNOWN
            + ")");
      }
    }
  }

  private static Mark.Type requireWords(Path file, int line, int column, boolean empty, Mark.Type type)
      throws InputException {
    if (empty) {
      throw new InputException(file, line, column, "this control applies to words: write them in the brackets");
    }
    return type;
  }
}
