package org.paperledge.render;

import java.io.IOException;
import java.io.OutputStream;
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
import org.paperledge.audio.EpisodeMixer;
import org.paperledge.audio.Id3v23;
import org.paperledge.audio.Pcm;
import org.paperledge.audio.Tags;
import org.paperledge.audio.ToolException;
import org.paperledge.audio.VoiceTrackWriter;
import org.paperledge.publish.EpisodeGuid;
import org.paperledge.publish.FeedItem;
import org.paperledge.script.Announcements;
import org.paperledge.script.EpisodeMeta;
import org.paperledge.script.Script;
import org.paperledge.script.Segment;
import org.paperledge.script.Segmenter;
import org.paperledge.show.Lexicon;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.Synthesizer;
import org.paperledge.speech.Token;
import org.paperledge.speech.Normalizer;

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
  private final Synthesizer synthesizer;
  private final EpisodeMixer mixer;
  private final Segmenter segmenter = new Segmenter();

  private final Cover cover;

  /**
   * @param show the show's settings
   * @param synthesizer speaks the segments
   * @param mixer FFmpeg, for music, mastering and encoding
   * @param cover the cover art embedded in every MP3
   */
  public EpisodeRenderer(Show show, Synthesizer synthesizer, EpisodeMixer mixer, Cover cover) {
    this.show = show;
    this.synthesizer = synthesizer;
    this.mixer = mixer;
    this.cover = cover;
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
    EpisodeMeta meta = script.meta();
    Lexicon lexicon = voice.lexicon().with(script.lexicon());
    Normalizer tokenizer = new Normalizer(lexicon);
    List<Segment> segments = segmenter.segments(script);
    Files.createDirectories(outDir);
    Path work = Files.createTempDirectory("paperledge-" + meta.slug() + "-");
    try {
      Path voiceWav = work.resolve("voice.wav");
      long[] chapterStarts = new long[script.chapters().size()];
      java.util.Arrays.fill(chapterStarts, -1);
      long synthesisNanos = 0;
      long masteringNanos;
      long voiceSamples;
      try (VoiceTrackWriter track = new VoiceTrackWriter(voiceWav)) {
        long t0 = System.nanoTime();
        track.append(speak(tokenizer, Announcements.intro(show.name(), meta), voice, script, 0));
        synthesisNanos += System.nanoTime() - t0;
        for (Segment segment : segments) {
          t0 = System.nanoTime();
          Pcm pcm = speak(tokenizer, segment.text(), voice, script, segment.line());
          synthesisNanos += System.nanoTime() - t0;
          if (pcm.samples().length == 0) {
            continue; // nothing audible (only symbols or emoji)
          }
          track.appendSilence(Pcm.fromSeconds(pauseBefore(segment.pauseBefore())));
          if (chapterStarts[segment.chapter()] < 0) {
            chapterStarts[segment.chapter()] = track.position();
          }
          track.append(pcm);
        }
        t0 = System.nanoTime();
        Pcm outro = speak(tokenizer, Announcements.outro(show.name(), meta.authors()), voice, script, 0);
        synthesisNanos += System.nanoTime() - t0;
        track.appendSilence(Pcm.fromSeconds(show.timing().chapter()));
        track.append(outro);
        voiceSamples = track.position();
      }

      long offset = EpisodeMixer.voiceOffset();
      long total = EpisodeMixer.episodeSamples(voiceSamples);
      List<String> titles = new ArrayList<>();
      List<Long> starts = new ArrayList<>();
      List<Optional<String>> urls = new ArrayList<>();
      for (int c = 0; c < chapterStarts.length; c++) {
        if (chapterStarts[c] >= 0) {
          titles.add(script.chapters().get(c).title());
          starts.add(offset + chapterStarts[c]);
          urls.add(script.chapters().get(c).url());
        }
      }
      if (titles.isEmpty()) {
        titles.add(script.chapters().get(0).title());
        starts.add(0L);
        urls.add(Optional.empty());
      }
      List<ChapterMark> chapters = ChapterTimes.marks(titles, starts, total);
      List<Id3v23.Chapter> tagChapters = new ArrayList<>();
      for (int i = 0; i < chapters.size(); i++) {
        ChapterMark mark = chapters.get(i);
        tagChapters.add(new Id3v23.Chapter(mark.title(), mark.startMs(), mark.endMs(), urls.get(i)));
      }
      byte[] tag = Id3v23.tag(tags(meta), meta.paper().map(URI::toString), Optional.of(cover.picture()),
          tagChapters);

      Path mp3 = outDir.resolve(meta.slug() + ".mp3");
      Path tmpMp3 = Files.createTempFile(outDir, "." + meta.slug() + ".", ".mp3.part");
      try {
        long mixStarted = System.nanoTime();
        mixer.master(voiceWav, voiceSamples, tag, work, tmpMp3, show.bitrateKbps(), show.channels());
        masteringNanos = System.nanoTime() - mixStarted;
        long size = Files.size(tmpMp3);
        double seconds = total / (double) Pcm.RATE;
        FeedItem item = feedItem(meta, mp3.getFileName().toString(), size, seconds);
        Path itemFile = outDir.resolve(meta.slug() + ".xml");
        Path tmpItem = Files.createTempFile(outDir, "." + meta.slug() + ".", ".xml.part");
        try {
          try (OutputStream out = Files.newOutputStream(tmpItem)) {
            item.write(out);
          }
          Publisher.moveIntoPlace(tmpMp3, mp3);
          Publisher.moveIntoPlace(tmpItem, itemFile);
        } finally {
          Files.deleteIfExists(tmpItem);
        }
        return new RenderResult(mp3, itemFile, seconds, chapters, segments.size(), synthesisNanos / 1e9,
            masteringNanos / 1e9, (System.nanoTime() - started) / 1e9);
      } finally {
        Files.deleteIfExists(tmpMp3);
      }
    } finally {
      Publisher.deleteTree(work);
    }
  }

  private Pcm speak(Normalizer tokenizer, String text, VoiceProfile voice, Script script, int line)
      throws ToolException {
    List<Token> tokens = tokenizer.tokens(text);
    if (tokens.stream().allMatch(Token::isPunctuation)) {
      return new Pcm(new short[0]);
    }
    try {
      return synthesizer.synthesize(tokens, voice.rate()).trimmed(SILENCE_THRESHOLD, EDGE_MARGIN_MS);
    } catch (ToolException e) {
      String where = line > 0 ? script.file() + ":" + line : script.file().toString();
      String quoted = text.length() > 60 ? text.substring(0, 57) + "..." : text;
      throw new ToolException(where + ": speech synthesis failed for \"" + quoted + "\": " + e.getMessage(), e);
    }
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
