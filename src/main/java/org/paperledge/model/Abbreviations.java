package org.paperledge.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The abbreviations of the show's prose, in one place: how each is said, and whether its period may end a
 * sentence. {@link Sentences} reads the kinds; the speech normalizer reads the spoken forms.
 */
public final class Abbreviations {
  /** Where an abbreviation's period may fall. */
  public enum Kind {
    /** A title or degree ("Dr.", "Jr.", "Ph.D."): written with a capital, its period never ends a sentence. */
    TITLE,
    /** Latin and other shorthand inside a sentence ("e.g.", "vs.", "approx."): its period never ends one. */
    INLINE,
    /** A label before a number or letter ("Fig. 3", "Eq. (2)", "App. B"): an abbreviation only there. */
    LABEL,
    /** Shorthand that may close a sentence ("etc.", "resp."): a capital after it starts the next one. */
    FINAL
  }

  /**
   * One abbreviation.
   *
   * @param written as written, with its periods ("Ph.D.", "et al.")
   * @param spoken the words said; single capitals are said as letters ("P H D")
   * @param kind where its period may fall
   */
  public record Abbreviation(String written, String spoken, Kind kind) {
    public Abbreviation {
      Objects.requireNonNull(kind, "kind");
      if (written == null || !written.endsWith(".") || written.length() < 2) {
        throw new IllegalArgumentException("an abbreviation ends with a period: " + written);
      }
      if (spoken == null || !spoken.matches("[\\p{L}]+( [\\p{L}]+)*")) {
        throw new IllegalArgumentException("spoken form must be words: " + spoken);
      }
    }

    /** The written form in lower case without its final period, as {@link Sentences} compares words. */
    String stem() {
      return written.substring(0, written.length() - 1).toLowerCase(Locale.ROOT);
    }
  }

  private static final List<Abbreviation> ALL = List.of(
      // titles and degrees
      of("Mr.", "mister", Kind.TITLE), of("Mrs.", "missus", Kind.TITLE), of("Ms.", "miz", Kind.TITLE),
      of("Mx.", "mix", Kind.TITLE), of("Dr.", "doctor", Kind.TITLE), of("Prof.", "professor", Kind.TITLE),
      of("St.", "saint", Kind.TITLE), of("Jr.", "junior", Kind.TITLE), of("Sr.", "senior", Kind.TITLE),
      of("Esq.", "esquire", Kind.TITLE), of("Rev.", "reverend", Kind.TITLE), of("Sen.", "senator", Kind.TITLE),
      of("Gov.", "governor", Kind.TITLE), of("Gen.", "general", Kind.TITLE), of("Capt.", "captain", Kind.TITLE),
      of("Lt.", "lieutenant", Kind.TITLE), of("Hon.", "honorable", Kind.TITLE), of("Ph.D.", "P H D", Kind.TITLE),
      of("M.Sc.", "M S C", Kind.TITLE),
      of("B.Sc.", "B S C", Kind.TITLE), of("M.D.", "M D", Kind.TITLE), of("D.Phil.", "D phil", Kind.TITLE),
      of("M.Phil.", "M phil", Kind.TITLE), of("M.A.", "M A", Kind.TITLE), of("B.A.", "B A", Kind.TITLE),
      of("M.S.", "M S", Kind.TITLE), of("J.D.", "J D", Kind.TITLE), of("LL.M.", "L L M", Kind.TITLE),
      // inside a sentence
      of("e.g.", "for example", Kind.INLINE), of("i.e.", "that is", Kind.INLINE),
      of("vs.", "versus", Kind.INLINE), of("cf.", "compare", Kind.INLINE), of("ca.", "about", Kind.INLINE),
      of("approx.", "approximately", Kind.INLINE), of("et al.", "and colleagues", Kind.INLINE),
      of("viz.", "namely", Kind.INLINE), of("w.r.t.", "with respect to", Kind.INLINE),
      of("a.k.a.", "also known as", Kind.INLINE), of("incl.", "including", Kind.INLINE),
      of("esp.", "especially", Kind.INLINE), of("avg.", "average", Kind.INLINE),
      of("s.d.", "standard deviation", Kind.INLINE), of("s.e.", "standard error", Kind.INLINE),
      of("Suppl.", "supplementary", Kind.INLINE), of("Dept.", "department", Kind.INLINE),
      of("Univ.", "university", Kind.INLINE), of("U.S.", "U S", Kind.INLINE), of("U.K.", "U K", Kind.INLINE),
      of("E.U.", "E U", Kind.INLINE), of("a.m.", "A M", Kind.INLINE), of("p.m.", "P M", Kind.INLINE),
      of("Jan.", "January", Kind.INLINE), of("Feb.", "February", Kind.INLINE), of("Apr.", "April", Kind.INLINE),
      of("Aug.", "August", Kind.INLINE), of("Sep.", "September", Kind.INLINE),
      of("Sept.", "September", Kind.INLINE), of("Oct.", "October", Kind.INLINE),
      of("Nov.", "November", Kind.INLINE), of("Dec.", "December", Kind.INLINE),
      // labels before a number or a letter
      of("Fig.", "figure", Kind.LABEL), of("Figs.", "figures", Kind.LABEL), of("Eq.", "equation", Kind.LABEL),
      of("Eqs.", "equations", Kind.LABEL), of("Eqn.", "equation", Kind.LABEL), of("Tab.", "table", Kind.LABEL),
      of("Tabs.", "tables", Kind.LABEL), of("Sec.", "section", Kind.LABEL), of("Sect.", "section", Kind.LABEL),
      of("Sects.", "sections", Kind.LABEL),
      of("Secs.", "sections", Kind.LABEL), of("Ch.", "chapter", Kind.LABEL), of("App.", "appendix", Kind.LABEL),
      of("Ref.", "reference", Kind.LABEL), of("Refs.", "references", Kind.LABEL),
      of("Thm.", "theorem", Kind.LABEL), of("Lem.", "lemma", Kind.LABEL), of("Prop.", "proposition", Kind.LABEL),
      of("Cor.", "corollary", Kind.LABEL), of("Def.", "definition", Kind.LABEL),
      of("Alg.", "algorithm", Kind.LABEL), of("Ex.", "example", Kind.LABEL), of("Exp.", "experiment", Kind.LABEL),
      of("No.", "number", Kind.LABEL), of("Nos.", "numbers", Kind.LABEL), of("Vol.", "volume", Kind.LABEL),
      of("p.", "page", Kind.LABEL), of("pp.", "pages", Kind.LABEL),
      // may end a sentence
      of("etc.", "et cetera", Kind.FINAL), of("resp.", "respectively", Kind.FINAL));

  private static final Map<String, Abbreviation> BY_WRITTEN = new LinkedHashMap<>();

  static {
    for (Abbreviation a : ALL) {
      if (BY_WRITTEN.put(a.written().toLowerCase(Locale.ROOT), a) != null) {
        throw new ExceptionInInitializerError("duplicate abbreviation " + a.written());
      }
    }
  }

  private Abbreviations() {}

  private static Abbreviation of(String written, String spoken, Kind kind) {
    return new Abbreviation(written, spoken, kind);
  }

  /** Every abbreviation, longest written form first (the order a pattern must try them in). */
  public static List<Abbreviation> all() {
    return ALL.stream().sorted(Comparator.comparingInt((Abbreviation a) -> a.written().length()).reversed())
        .toList();
  }

  /**
   * The abbreviation written {@code text} (with its periods), in any case; a title only with its capital, so
   * that "dr." is not "doctor" while "Dr." and "DR." are.
   */
  public static Optional<Abbreviation> find(String text) {
    Abbreviation a = BY_WRITTEN.get(text.toLowerCase(Locale.ROOT));
    if (a == null || a.kind() == Kind.TITLE && !Character.isUpperCase(text.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(a);
  }

  /**
   * The kind of the abbreviation whose written form ends with {@code word} and a period, as {@link Sentences}
   * sees it: the word before the period, in lower case ("al" for "et al.", "ph.d" for "Ph.D.").
   */
  public static Optional<Kind> endingWith(String word) {
    for (Abbreviation a : ALL) {
      String stem = a.stem();
      if (stem.equals(word) || stem.endsWith(" " + word)) {
        return Optional.of(a.kind());
      }
    }
    return Optional.empty();
  }
}
