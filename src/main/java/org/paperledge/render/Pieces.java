package org.paperledge.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.paperledge.script.Mark;

/**
 * A segment of a script cut where its producer's controls ask: at each pause, and where a span read by another
 * speaker or at another rate begins or ends. Each piece keeps the marks that fall in it (emphasis, one-off
 * pronunciations, spelling), moved to its own text.
 */
final class Pieces {
  /**
   * One piece of a segment.
   *
   * @param text its words, stripped
   * @param pause a pause the script asks for before it, in seconds, or 0
   * @param speaker another speaker who reads it ({@code [words](as:Theo)}), if any
   * @param rate its rate relative to the voice's (1 unchanged)
   * @param marks the marks on its text
   */
  record Piece(String text, double pause, Optional<String> speaker, double rate, List<Mark> marks) {
    Piece {
      marks = List.copyOf(marks);
    }
  }

  private Pieces() {}

  /** {@code text} cut at its marks' pauses and span edges; pieces with nothing to say are left out. */
  static List<Piece> of(String text, List<Mark> marks) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Mark mark : marks) {
      if (mark.type() == Mark.Type.PAUSE) {
        cuts.add(mark.start());
      } else if (mark.type() == Mark.Type.VOICE || mark.type() == Mark.Type.RATE) {
        cuts.add(mark.start());
        cuts.add(mark.end());
      }
    }
    List<Piece> pieces = new ArrayList<>();
    double pause = 0;
    Integer from = null;
    for (int to : cuts) {
      if (from != null) {
        for (Mark mark : marks) {
          if (mark.type() == Mark.Type.PAUSE && mark.start() == from) {
            pause += Double.parseDouble(mark.argument());
          }
        }
        Piece piece = piece(text, from, to, pause, marks);
        if (piece != null) {
          pieces.add(piece);
          pause = 0;
        }
      }
      from = to;
    }
    return pieces;
  }

  /**
   * The pause the marks ask for after the last thing {@code text} says ("That's it.[](pause:1s)"): it goes before
   * the next line, added to the pause there.
   *
   * @param atEnd whether a pause right at the end of {@code text} counts here: not when the next segment starts
   *     there, which counts it before its first words
   */
  static double after(String text, List<Mark> marks, boolean atEnd) {
    int spoken = 0;
    for (Piece piece : of(text, marks)) {
      spoken = Math.max(spoken, text.lastIndexOf(piece.text()) + piece.text().length());
    }
    double pause = 0;
    for (Mark mark : marks) {
      boolean tail = mark.start() >= spoken && (mark.start() < text.length() || atEnd);
      if (mark.type() == Mark.Type.PAUSE && tail) {
        pause += Double.parseDouble(mark.argument());
      }
    }
    return pause;
  }

  private static Piece piece(String text, int from, int to, double pause, List<Mark> marks) {
    String raw = text.substring(from, to);
    int lead = raw.length() - raw.stripLeading().length();
    String words = raw.strip();
    if (words.isEmpty() || words.chars().noneMatch(Character::isLetterOrDigit)) {
      return null;
    }
    Optional<String> speaker = Optional.empty();
    double rate = 1;
    List<Mark> inside = new ArrayList<>();
    for (Mark mark : marks) {
      boolean covers = mark.start() <= from && mark.end() >= to;
      if (mark.type() == Mark.Type.VOICE && covers) {
        speaker = Optional.of(mark.argument());
      } else if (mark.type() == Mark.Type.RATE && covers) {
        rate *= Double.parseDouble(mark.argument());
      } else if (mark.type() != Mark.Type.PAUSE && mark.type() != Mark.Type.VOICE
          && mark.type() != Mark.Type.RATE) {
        Mark moved = mark.within(-(from + lead), words.length());
        if (moved != null) {
          inside.add(moved);
        }
      }
    }
    return new Piece(words, pause, speaker, rate, inside);
  }
}
