package org.paperledge.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperledge.audio.EpisodeMaster;
import org.paperledge.script.Announcements;
import org.paperledge.script.Mark;
import org.paperledge.script.Script;
import org.paperledge.script.Segment;
import org.paperledge.script.Segmenter;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.ProsodyMarks;
import org.paperledge.speech.Token;

/**
 * Plans an episode: the script, the show and the cast in, the lines to speak out, in order, each with its words,
 * tokens, cache key, speaker, pause and chapter. A pure function of its inputs; nothing is synthesized or read.
 */
public final class Planner {
  /** Pause before a piece of a sentence that was split for length, seconds. */
  static final double SPLIT_PAUSE = 0.12;

  private final Show show;
  private final Keys keys;
  private final Segmenter segmenter = new Segmenter();

  /** The cache key of a line's audio, from what its voice is given. */
  @FunctionalInterface
  public interface Keys {
    String of(VoiceProfile voice, List<Token> tokens, double rate, ProsodyMarks reading);
  }

  /**
   * @param show the show's settings (name, pauses)
   * @param keys makes cache keys, or null when there is no cache
   */
  public Planner(Show show, Keys keys) {
    this.show = show;
    this.keys = keys;
  }

  /** The lines of {@code script} spoken by {@code cast}. */
  public List<PlannedLine> plan(Script script, Cast cast) {
    return plan(script, cast, line -> { });
  }

  /**
   * The lines of {@code script} spoken by {@code cast}; {@code planned} is told of each as soon as it is planned
   * (so that work on the first ones can start while the others are planned). The host says the intro and the
   * credit (and, if the show says so, that the voices are synthetic, after the intro); a turn lasts from its
   * marker to the next; block quotes are read in the quotation voice, if any.
   */
  public List<PlannedLine> plan(Script script, Cast cast, Consumer<PlannedLine> planned) {
    Map<VoiceProfile, Normalizer> normalizers = new HashMap<>();
    List<Script.Paragraph> paragraphs = script.chapters().stream().flatMap(c -> c.paragraphs().stream()).toList();
    List<PlannedLine> lines = new ArrayList<>();
    Consumer<PlannedLine> add = line -> {
      lines.add(line);
      planned.accept(line);
    };
    Speaker host = cast.host();
    add.accept(line(Announcements.intro(show.name(), script.meta()), List.of(), ProsodyMarks.ListItem.NONE, host,
        1, script, 0, 0, 0, EpisodeMaster.Cut.NEVER, normalizers));
    if (show.discloseInIntro()) {
      add.accept(line(Announcements.disclosure(), List.of(), ProsodyMarks.ListItem.NONE, host, 1, script, 0, 0,
          show.timing().sentence(), EpisodeMaster.Cut.NEVER, normalizers));
    }
    Speaker turn = host;
    int paragraph = -1;
    List<Segment> segments = segmenter.segments(script);
    double carried = 0; // a pause asked for after the last words of the segment before
    for (Segment segment : segments) {
      double pause = pauseBefore(segment.pauseBefore()) + carried;
      Script.Paragraph p = paragraphs.get(segment.paragraph());
      if (segment.paragraph() != paragraph) {
        paragraph = segment.paragraph();
        Speaker holder = p.turn().map(cast::speaker).orElse(turn);
        if (holder != turn && segment.pauseBefore() == Segment.Pause.PARAGRAPH) {
          pause = show.timing().turn();
        }
        turn = holder;
      }
      Speaker reader = p.quote() ? cast.quotes().orElse(turn) : turn;
      List<Mark> marks = new ArrayList<>();
      for (Mark mark : p.marks()) {
        Mark local = mark.within(-segment.offset(), segment.text().length());
        if (local != null) {
          marks.add(local);
        }
      }
      EpisodeMaster.Cut cut = cut(segment.pauseBefore());
      List<Pieces.Piece> pieces = Pieces.of(segment.text(), marks);
      boolean paragraphEnds = segment == segments.get(segments.size() - 1)
          || segments.get(segments.indexOf(segment) + 1).paragraph() != segment.paragraph();
      for (int k = 0; k < pieces.size(); k++) {
        Pieces.Piece piece = pieces.get(k);
        Speaker speaker = piece.speaker().map(cast::speaker).orElse(reader);
        ProsodyMarks.ListItem list = !paragraphEnds || k < pieces.size() - 1 ? ProsodyMarks.ListItem.NONE
            : p.list() == Script.ListPosition.ITEM ? ProsodyMarks.ListItem.NON_FINAL
            : p.list() == Script.ListPosition.LAST_ITEM ? ProsodyMarks.ListItem.FINAL : ProsodyMarks.ListItem.NONE;
        add.accept(line(piece.text(), piece.marks(), list, speaker, piece.rate(), script, segment.line(),
            segment.chapter(), pause + piece.pause(), cut, normalizers));
        pause = 0;
        cut = EpisodeMaster.Cut.NEVER;
      }
      carried = pieces.isEmpty() ? carried : 0;
      int next = segments.indexOf(segment) + 1;
      boolean nextStartsHere = next < segments.size() && segments.get(next).paragraph() == segment.paragraph()
          && segments.get(next).offset() == segment.offset() + segment.text().length();
      carried += Pieces.after(segment.text(), marks, !nextStartsHere);
    }
    add.accept(line(Announcements.outro(show.name(), script.meta().authors()), List.of(), ProsodyMarks.ListItem.NONE,
        host, 1, script, 0, script.chapters().size() - 1, show.timing().chapter(),
        EpisodeMaster.Cut.NEVER, normalizers));
    return List.copyOf(lines);
  }

  /**
   * The lines of a paragraph of {@code text} alone, spoken by {@code speaker} with the episode's own
   * pronunciations {@code lexicon}, read as a paragraph of a script would be (for previews).
   */
  public List<PlannedLine> plan(String text, Speaker speaker, Map<String, String> lexicon) {
    Normalizer normalizer = new Normalizer(speaker.voice().lexicon().with(lexicon));
    List<PlannedLine> lines = new ArrayList<>();
    for (Segment segment : segmenter.segments(text)) {
      double pause = lines.isEmpty() ? 0 : pauseBefore(segment.pauseBefore());
      lines.add(line(segment.text(), List.of(), ProsodyMarks.ListItem.NONE, speaker, 1, normalizer, 0, 0, pause,
          cut(segment.pauseBefore())));
    }
    return List.copyOf(lines);
  }

  private PlannedLine line(String text, List<Mark> marks, ProsodyMarks.ListItem list, Speaker speaker, double rate,
      Script script, int scriptLine, int chapter, double pause, EpisodeMaster.Cut cut,
      Map<VoiceProfile, Normalizer> normalizers) {
    Normalizer normalizer = normalizers.computeIfAbsent(speaker.voice(),
        voice -> new Normalizer(voice.lexicon().with(script.lexicon())));
    return line(text, marks, list, speaker, rate, normalizer, scriptLine, chapter, pause, cut);
  }

  private PlannedLine line(String text, List<Mark> marks, ProsodyMarks.ListItem list, Speaker speaker,
      double rateFactor, Normalizer normalizer, int scriptLine, int chapter, double pause, EpisodeMaster.Cut cut) {
    MarkedTokens marked = MarkedTokens.of(normalizer, text, marks);
    List<Token> tokens = marked.tokens();
    ProsodyMarks reading = marked.reading(text, list);
    double rate = speaker.voice().rate() * rateFactor;
    boolean silent = tokens.stream().allMatch(Token::isPunctuation);
    Optional<String> key = keys == null || silent ? Optional.empty()
        : Optional.of(keys.of(speaker.voice(), tokens, rate, reading));
    return new PlannedLine(text, tokens, key, speaker, scriptLine, chapter, pause, cut, rate, reading);
  }

  /** Where the episode may be cut into chunks for encoding: at paragraphs, else at long-enough sentences. */
  static EpisodeMaster.Cut cut(Segment.Pause pause) {
    return switch (pause) {
      case NONE -> EpisodeMaster.Cut.LAST_RESORT;
      case SENTENCE -> EpisodeMaster.Cut.SENTENCE;
      case PARAGRAPH, CHAPTER -> EpisodeMaster.Cut.PARAGRAPH;
    };
  }

  private double pauseBefore(Segment.Pause pause) {
    return switch (pause) {
      case NONE -> SPLIT_PAUSE;
      case SENTENCE -> show.timing().sentence();
      case PARAGRAPH -> show.timing().paragraph();
      case CHAPTER -> show.timing().chapter();
    };
  }
}
