package org.paperledge.render;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperledge.audio.ChapterMark;
import org.paperledge.audio.EncodedChunks;
import org.paperledge.audio.EpisodeMaster;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.audio.Id3v23;
import org.paperledge.audio.Pcm;
import org.paperledge.audio.Tasks;
import org.paperledge.audio.Tags;
import org.paperledge.audio.ToolException;
import org.paperledge.publish.EpisodeGuid;
import org.paperledge.publish.ChaptersJson;
import org.paperledge.publish.Cue;
import org.paperledge.publish.FeedItem;
import org.paperledge.publish.Transcripts;
import org.paperledge.script.Announcements;
import org.paperledge.script.EpisodeMeta;
import org.paperledge.script.Script;
import org.paperledge.script.Segment;
import org.paperledge.script.Segmenter;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.Synthesizer;
import org.paperledge.speech.Token;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.SegmentCache;
import org.paperledge.speech.SynthesizerPool;

/**
 * Renders one episode: segments the script, synthesizes every segment into a voice track, has FFmpeg add the music,
 * master and encode it, and publishes the MP3 and its feed item into the output folder.
 *
 * <p>Published files are written under temporary names in the output folder and moved into place only when
 * complete, the MP3 before its feed item, so a failed render leaves the output folder as it was.
 */
public final class EpisodeRenderer {
  /** Samples at or below this level count as silence when trimming segment edges (about -40 dBFS). */
  private static final int SILENCE_THRESHOLD = 330;
  private static final int EDGE_MARGIN_MS = 10;
  /** Hour of the publication date at which episodes are published, UTC. */
  private static final LocalTime PUBLISH_TIME = LocalTime.of(6, 0);

  private final Show show;
  private final SynthesizerPool synthesizers;
  private final FfmpegTools tools;
  private final Segmenter segmenter = new Segmenter();

  private final Cover cover;
  private final SegmentCache cache;
  private int hits;
  private int misses;
  /** Whether this render has asked for MaryTTS to start. */
  private boolean preparing;
  private Progress progress = (done, total) -> { };

  /** Told after every synthesized segment: how many of the episode's segments are done. */
  public interface Progress {
    void update(int done, int total);
  }

  /** Reports progress through {@code progress}; returns this renderer. */
  public EpisodeRenderer withProgress(Progress progress) {
    this.progress = progress;
    return this;
  }

  /**
   * @param show the show's settings
   * @param synthesizer speaks the segments
   * @param tools FFmpeg, for the music, the limiter and the MP3 encoder
   * @param cover the cover art embedded in every MP3
   */
  public EpisodeRenderer(Show show, Synthesizer synthesizer, FfmpegTools tools, Cover cover) {
    this(show, synthesizer, tools, cover, null);
  }

  /**
   * @param cache where synthesized segments are kept for reuse, or null for none
   */
  public EpisodeRenderer(Show show, Synthesizer synthesizer, FfmpegTools tools, Cover cover, SegmentCache cache) {
    this(show, SynthesizerPool.of(synthesizer), tools, cover, cache);
  }

  /**
   * @param synthesizers speak the segments, several at once
   */
  public EpisodeRenderer(Show show, SynthesizerPool synthesizers, FfmpegTools tools, Cover cover,
      SegmentCache cache) {
    this.show = show;
    this.synthesizers = synthesizers;
    this.tools = tools;
    this.cover = cover;
    this.cache = cache;
  }

  /**
   * Renders {@code script} spoken by {@code voice} into {@code outDir}.
   *
   * @throws ToolException when synthesis or FFmpeg fails (the message names the step, and the script line for
   *     synthesis)
   * @throws IOException when the output cannot be written
   */
  public RenderResult render(Script script, VoiceProfile voice, Path outDir) throws ToolException, IOException {
    long started = System.nanoTime();
    hits = 0;
    misses = 0;
    preparing = false;
    EpisodeMeta meta = script.meta();
    Files.createDirectories(outDir);
    Path work = Files.createTempDirectory("paperledge-" + meta.slug() + "-");
    try (EpisodeMaster master = new EpisodeMaster(tools, work, cache == null ? null
        : new EncodedChunks(cache.dir()), show.bitrateKbps(), show.channels(), synthesizers.threads())) {
      Spoken spoken = speakAll(script, voice, master);
      // Decoded, each sample of the plan plays CODEC_DELAY samples later.
      long offset = EpisodeMaster.voiceOffset() + EpisodeMaster.CODEC_DELAY;
      long total = master.decodedLength();
      List<ChapterMark> chapters = chapterMarks(script, spoken, offset, total);
      List<Optional<String>> urls = new ArrayList<>();
      List<Id3v23.Chapter> tagChapters = new ArrayList<>();
      for (ChapterMark mark : chapters) {
        Optional<String> url = script.chapters().stream().filter(c -> c.title().equals(mark.title()))
            .findFirst().flatMap(Script.Chapter::url);
        urls.add(url);
        tagChapters.add(new Id3v23.Chapter(mark.title(), mark.startMs(), mark.endMs(), url));
      }
      byte[] tag = Id3v23.tag(tags(meta), meta.paper().map(URI::toString), Optional.of(cover.picture()),
          tagChapters);
      List<Cue> cues = new ArrayList<>();
      for (Spoken.Line line : spoken.lines()) {
        cues.add(new Cue(Pcm.toMillis(offset + line.start()), Pcm.toMillis(offset + line.end()), line.text(),
            line.chapter()));
      }

      // Sidecars first, then the MP3, then its feed item: a published item never names a missing file.
      Sidecars sidecars = new Sidecars(outDir, meta.slug());
      sidecars.stage("chapters.json", ChaptersJson.render(chapters, urls.stream().map(u -> u.orElse(null))
          .toList()));
      sidecars.stage("vtt", Transcripts.vtt(cues, voice.speaker()));
      sidecars.stage("srt", Transcripts.srt(cues, voice.speaker()));
      try {
        Path tmpMp3 = sidecars.reserve("mp3");
        long mixStarted = System.nanoTime();
        EpisodeMaster.Result mastered = master.finish(tag, tmpMp3);
        if (mastered.samples() != total) {
          throw new IllegalStateException("planned " + total + " samples, encoded " + mastered.samples());
        }
        long masteringNanos = System.nanoTime() - mixStarted;
        double seconds = total / (double) Pcm.RATE;
        Path mp3 = outDir.resolve(meta.slug() + ".mp3");
        FeedItem item = feedItem(meta, mp3.getFileName().toString(), Files.size(tmpMp3), seconds);
        java.io.ByteArrayOutputStream xml = new java.io.ByteArrayOutputStream();
        item.write(xml);
        sidecars.stage("xml", xml.toByteArray());
        sidecars.publish(List.of("chapters.json", "vtt", "srt", "mp3", "xml"));
        return new RenderResult(mp3, outDir.resolve(meta.slug() + ".xml"), seconds, chapters,
            spoken.lines().size(), spoken.synthesisNanos() / 1e9, masteringNanos / 1e9,
            (System.nanoTime() - started) / 1e9, hits, misses, mastered.chunks(), mastered.chunksFromCache(),
            mastered.mixLufs());
      } finally {
        sidecars.discard();
      }
    } finally {
      Publisher.deleteTree(work);
    }
  }

  /**
   * The voice track as laid out.
   *
   * @param samples its length
   * @param chapterStarts the sample where each script chapter's first segment starts, -1 for none
   * @param lines every spoken line with its place on the voice track
   * @param synthesisNanos time spent synthesizing
   */
  private record Spoken(long samples, long[] chapterStarts, List<Line> lines, long synthesisNanos) {
    /** A spoken line: start and end sample on the voice track, text, the chapter title it opens (or ""). */
    record Line(long start, long end, String text, String chapter) {}
  }

  /** One line to speak: the intro, a segment of the script, or the credit. */
  /**
   * One line to speak: the intro, a segment of the script, or the credit; its tokens, and its segment-cache key
   * (null without a cache, or when there is nothing to say).
   */
  private record Line(String text, int scriptLine, Segment segment, List<Token> tokens, String key) {
    boolean silent() {
      return tokens.stream().allMatch(Token::isPunctuation);
    }
  }

  private Line line(String text, int scriptLine, Segment segment, Normalizer normalizer, VoiceProfile voice) {
    List<Token> tokens = normalizer.tokens(text);
    boolean silent = tokens.stream().allMatch(Token::isPunctuation);
    String key = cache == null || silent ? null : cache.key(tokens, voice.rate(), voice.effects(), voice.design());
    if (!preparing && !silent && (cache == null || !cache.contains(key))) {
      // At the first line not in the cache, MaryTTS starts in the background, while the other lines are keyed
      // and those before it laid out; a render served wholly from the cache never starts it.
      synthesizers.prepare();
      preparing = true;
    }
    return new Line(text, scriptLine, segment, tokens, key);
  }

  /**
   * A spoken line's audio, whether it came from the cache or was synthesized (or neither: nothing to say), and
   * the gain that levels it.
   */
  private record Speech(Pcm pcm, boolean cached, boolean synthesized, double levelling) {
    Speech(Pcm pcm, boolean cached, boolean synthesized) {
      this(pcm, cached, synthesized, EpisodeMaster.levelling(pcm.samples()));
    }
  }

  /**
   * Synthesizes the intro, every segment and the credit into {@code voiceWav}. Lines are synthesized on the
   * pool's threads, a bounded number ahead, and written in order as they complete, so memory holds only the
   * lines in flight.
   */
  private Spoken speakAll(Script script, VoiceProfile voice, EpisodeMaster track) throws ToolException,
      IOException {
    EpisodeMeta meta = script.meta();
    Normalizer normalizer = new Normalizer(voice.lexicon().with(script.lexicon()));
    long[] chapterStarts = new long[script.chapters().size()];
    java.util.Arrays.fill(chapterStarts, -1);
    List<Spoken.Line> lines = new ArrayList<>();
    List<Segment> segments = segmenter.segments(script);
    List<Line> todo = new ArrayList<>();
    todo.add(line(Announcements.intro(show.name(), meta), 0, null, normalizer, voice));
    for (Segment segment : segments) {
      todo.add(line(segment.text(), segment.line(), segment, normalizer, voice));
    }
    todo.add(line(Announcements.outro(show.name(), meta.authors()), 0, null, normalizer, voice));
    int ahead = 2 * synthesizers.threads() + 2;
    java.util.ArrayDeque<java.util.concurrent.Future<Speech>> inFlight = new java.util.ArrayDeque<>();
    long started = System.nanoTime();
    try {
      int submitted = 0;
      for (int i = 0; i < todo.size(); i++) {
        while (submitted < todo.size() && submitted <= i + ahead) {
          Line line = todo.get(submitted++);
          inFlight.add(synthesizers.submit(s -> speak(s, line, voice, script)));
        }
        Speech speech = Tasks.await(inFlight.poll(), "synthesizing");
        if (speech.cached()) {
          hits++;
        } else if (speech.synthesized()) {
          misses++;
        }
        Pcm pcm = speech.pcm();
        Line line = todo.get(i);
        if (i == 0) {
          lines.add(new Spoken.Line(0, pcm.samples().length, line.text(), script.chapters().get(0).title()));
          track.appendLine(pcm, speech.levelling());
          continue;
        }
        if (i == todo.size() - 1) {
          track.appendPause(Pcm.fromSeconds(show.timing().chapter()), EpisodeMaster.Cut.NEVER);
          lines.add(new Spoken.Line(track.position(), track.position() + pcm.samples().length, line.text(), ""));
          track.appendLine(pcm, speech.levelling());
          continue;
        }
        progress.update(i - 1, segments.size());
        Segment segment = line.segment();
        if (pcm.samples().length == 0) {
          continue; // nothing audible (only symbols or emoji)
        }
        track.appendPause(Pcm.fromSeconds(pauseBefore(segment.pauseBefore())), cut(segment.pauseBefore()));
        String opens = "";
        if (chapterStarts[segment.chapter()] < 0) {
          chapterStarts[segment.chapter()] = track.position();
          opens = segment.chapter() == 0 ? "" : script.chapters().get(segment.chapter()).title();
        }
        lines.add(new Spoken.Line(track.position(), track.position() + pcm.samples().length, segment.text(),
            opens));
        track.appendLine(pcm, speech.levelling());
      }
      progress.update(segments.size(), segments.size());
      return new Spoken(track.position(), chapterStarts, lines, System.nanoTime() - started);
    } finally {
      inFlight.forEach(f -> f.cancel(true));
    }
  }

  /** Chapter marks: each chapter that has something spoken, from its first segment. */
  private static List<ChapterMark> chapterMarks(Script script, Spoken spoken, long offset, long total) {
    List<String> titles = new ArrayList<>();
    List<Long> starts = new ArrayList<>();
    for (int c = 0; c < spoken.chapterStarts().length; c++) {
      if (spoken.chapterStarts()[c] >= 0) {
        titles.add(script.chapters().get(c).title());
        starts.add(offset + spoken.chapterStarts()[c]);
      }
    }
    if (titles.isEmpty()) {
      titles.add(script.chapters().get(0).title());
      starts.add(0L);
    }
    return ChapterTimes.marks(titles, starts, total);
  }

  private Speech speak(SynthesizerPool.Lease synthesizer, Line todo, VoiceProfile voice, Script script)
      throws ToolException {
    if (todo.silent()) {
      return new Speech(new Pcm(new short[0]), false, false);
    }
    String key = todo.key();
    List<Token> tokens = todo.tokens();
    String text = todo.text();
    int line = todo.scriptLine();
    if (key != null) {
      Optional<Pcm> cached = cache.get(key);
      if (cached.isPresent()) {
        return new Speech(cached.get(), true, false);
      }
    }
    try {
      Pcm pcm = synthesizer.get().synthesize(tokens, voice.rate(), voice.design())
          .trimmed(SILENCE_THRESHOLD, EDGE_MARGIN_MS);
      if (key != null) {
        cache.put(key, pcm);
      }
      return new Speech(pcm, false, true);
    } catch (ToolException e) {
      String where = line > 0 ? script.file() + ":" + line : script.file().toString();
      String quoted = text.length() > 60 ? text.substring(0, 57) + "..." : text;
      throw new ToolException(where + ": speech synthesis failed for \"" + quoted + "\": " + e.getMessage(), e);
    }
  }

  /** Where the episode may be cut into chunks for encoding: at paragraphs, else at long-enough sentences. */
  private static EpisodeMaster.Cut cut(Segment.Pause pause) {
    return switch (pause) {
      case NONE -> EpisodeMaster.Cut.LAST_RESORT;
      case SENTENCE -> EpisodeMaster.Cut.SENTENCE;
      case PARAGRAPH, CHAPTER -> EpisodeMaster.Cut.PARAGRAPH;
    };
  }

  private double pauseBefore(Segment.Pause pause) {
    return switch (pause) {
      case NONE -> 0.12;
      case SENTENCE -> show.timing().sentence();
      case PARAGRAPH -> show.timing().paragraph();
      case CHAPTER -> show.timing().chapter();
    };
  }

  private Tags tags(EpisodeMeta meta) {
    return new Tags(meta.title(), show.host(), show.name(), show.author(), meta.date().getYear(),
        FeedItem.description(meta.summary(), meta.paper(), meta.authors()), meta.episode().orElse(0));
  }

  private FeedItem feedItem(EpisodeMeta meta, String fileName, long size, double seconds) {
    String guid = meta.guid().orElseGet(() -> EpisodeGuid.forEpisode(show.name(), meta.slug()));
    OffsetDateTime published = OffsetDateTime.of(meta.date(), PUBLISH_TIME, ZoneOffset.UTC);
    URI url = show.baseUrl().resolve(fileName);
    return new FeedItem(meta.title(), FeedItem.description(meta.summary(), meta.paper(), meta.authors()), guid,
        published, url, size, Math.round(seconds), meta.episode(), meta.season(),
        meta.explicit() || show.explicit(), meta.paper().or(() -> Optional.of(show.link())));
  }
}
