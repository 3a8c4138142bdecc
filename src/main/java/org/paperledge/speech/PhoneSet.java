package org.paperledge.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.paperledge.model.InputException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The phones MaryTTS's US English voice can say, read from its own allophone set, and the check that a phoneme
 * string given by a producer (a {@code say} control, a lexicon entry) uses only them. A phoneme string is SAMPA as
 * in MaryTTS's lexicon: phones, {@code '} and {@code ,} before a stressed syllable, {@code -} between syllables,
 * spaces anywhere ({@code /' @r - n I s/}).
 */
public final class PhoneSet {
  private static final String RESOURCE = "/marytts/language/en_US/lexicon/allophones.en_US.xml";
  private static final String MARKS = "',-";

  private PhoneSet() {}

  private static final class Phones {
    /** Longest first, so that a string is split greedily ("tS" before "t"). */
    static final List<String> ALL = load();

    private static List<String> load() {
      try (InputStream in = PhoneSet.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("missing " + RESOURCE);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("*");
        Set<String> phones = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
          String ph = ((Element) nodes.item(i)).getAttribute("ph");
          if (!ph.isEmpty() && !ph.equals("_")) {
            phones.add(ph);
          }
        }
        List<String> sorted = new ArrayList<>(phones);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(sorted);
      } catch (Exception e) {
        throw new IllegalStateException("cannot read MaryTTS's English phones: " + e.getMessage(), e);
      }
    }
  }

  /** MaryTTS's English phones, as a producer writes them, in alphabetical order. */
  public static List<String> phones() {
    return Phones.ALL.stream().sorted().toList();
  }

  /** The first part of {@code phonemes} that is not a phone, a stress mark or a syllable break, if any. */
  public static Optional<String> unknown(String phonemes) {
    int i = 0;
    while (i < phonemes.length()) {
      char c = phonemes.charAt(i);
      if (Character.isWhitespace(c) || MARKS.indexOf(c) >= 0) {
        i++;
        continue;
      }
      String phone = null;
      for (String p : Phones.ALL) {
        if (phonemes.startsWith(p, i)) {
          phone = p;
          break;
        }
      }
      if (phone == null) {
        int end = i + 1;
        while (end < phonemes.length() && !Character.isWhitespace(phonemes.charAt(end))
            && MARKS.indexOf(phonemes.charAt(end)) < 0) {
          end++;
        }
        return Optional.of(phonemes.substring(i, end));
      }
      i += phone.length();
    }
    return phonemes.isBlank() ? Optional.of("") : Optional.empty();
  }

  /**
   * Checks {@code phonemes}, written at {@code file:line:column}.
   *
   * @throws InputException naming the first part MaryTTS cannot say, and the phones it can
   */
  public static void check(String phonemes, Path file, int line, int column) throws InputException {
    Optional<String> bad = unknown(phonemes);
    if (bad.isPresent()) {
      throw new InputException(file, line, column, (bad.get().isEmpty() ? "no phonemes between the slashes"
          : "'" + bad.get() + "' is not a phoneme MaryTTS's English voice knows") + " in /" + phonemes.strip()
          + "/ (its phones: " + String.join(" ", phones()) + ")");
    }
  }

  /**
   * Checks the phonemes of every entry of a lexicon file ({@code written = /phonemes/}).
   *
   * @throws InputException at the line and column of the first entry MaryTTS cannot say
   */
  public static void checkLexicon(Path file) throws InputException {
    java.util.List<String> lines;
    try {
      lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot read lexicon: " + e.getMessage());
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int eq = line.indexOf('=');
      if (line.strip().startsWith("#") || eq < 0) {
        continue;
      }
      String spoken = line.substring(eq + 1).strip();
      if (spoken.length() > 1 && spoken.startsWith("/") && spoken.endsWith("/")) {
        check(spoken.substring(1, spoken.length() - 1), file, i + 1, line.indexOf('/', eq) + 1);
      }
    }
  }
}
