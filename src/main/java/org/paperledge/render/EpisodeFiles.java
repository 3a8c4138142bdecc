package org.paperledge.render;

import java.io.ByteArrayOutputStream;
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
import org.paperledge.audio.EpisodeMaster;
import org.paperledge.audio.Id3v23;
import org.paperledge.audio.Tags;
import org.paperledge.model.Chapter;
import org.paperledge.model.Cue;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;
import org.paperledge.publish.ChaptersJson;
import org.paperledge.publish.EpisodeGuid;
import org.paperledge.publish.FeedItem;
import org.paperledge.publish.Transcripts;
import org.paperledge.script.EpisodeMeta;
import org.paperledge.script.Script;
import org.paperledge.show.Show;

/**
 * Publishes one episode's files from its laid-out lines: the chapters (from where each chapter's first line is
 * spoken), the transcripts, the MP3 with its tag, and the feed item. Sidecars go first, then the MP3, then the
 * item, each moved into place whole, so that a published item never names a missing file.
 */
final class EpisodeFiles {
  /** Hour of the publication date at which episodes are published, UTC. */
  private static final LocalTime PUBLISH_TIME = LocalTime.of(6, 0);

  private final Show show;
  private final Cover cover;

  EpisodeFiles(Show show, Cover cover) {
    this.show = show;
    this.cover = cover;
  }

  /** What publishing gave. */
  record Published(Path mp3, Path item, double seconds, List<Chapter> chapters, EpisodeMaster.Result mastered) {}

  /**
   * Finishes {@code master} into the MP3 and publishes it with its sidecars into {@code outDir}.
   *
   * @param layout where every line and chapter was laid out on the voice track
   */
  Published publish(Script script, Cast cast, Layout layout, EpisodeMaster master, Path outDir)
      throws ToolException, IOException {
    EpisodeMeta meta = script.meta();
    // Decoded, each sample of the plan plays CODEC_DELAY samples later.
    long offset = EpisodeMaster.voiceOffset() + EpisodeMaster.CODEC_DELAY;
    long total = master.decodedLength();
    List<Chapter> chapters = chapters(script, layout.chapterStarts(), offset, total);
    byte[] tag = Id3v23.tag(tags(meta), meta.paper().map(URI::toString), Optional.of(cover.picture()), chapters);
    List<Cue> cues = new ArrayList<>();
    for (Layout.Placed placed : layout.placed()) {
      String opens = placed.opens() ? script.chapters().get(placed.line().chapter()).title() : "";
      cues.add(new Cue(Pcm.toMillis(offset + placed.start()), Pcm.toMillis(offset + placed.end()),
          placed.line().text(), opens, placed.line().speaker().name()));
    }
    Sidecars sidecars = new Sidecars(outDir, meta.slug());
    try {
      sidecars.stage("chapters.json", ChaptersJson.render(chapters));
      sidecars.stage("vtt", Transcripts.vtt(cues));
      sidecars.stage("srt", Transcripts.srt(cues));
      Path tmpMp3 = sidecars.reserve("mp3");
      EpisodeMaster.Result mastered = master.finish(tag, tmpMp3);
      if (mastered.samples() != total) {
        throw new IllegalStateException("planned " + total + " samples, encoded " + mastered.samples());
      }
      double seconds = total / (double) Pcm.RATE;
      Path mp3 = outDir.resolve(meta.slug() + ".mp3");
      FeedItem item = feedItem(meta, cast, mp3.getFileName().toString(), Files.size(tmpMp3), seconds);
      ByteArrayOutputStream xml = new ByteArrayOutputStream();
      item.write(xml);
      sidecars.stage("xml", xml.toByteArray());
      sidecars.publish(List.of("chapters.json", "vtt", "srt", "mp3", "xml"));
      return new Published(mp3, outDir.resolve(meta.slug() + ".xml"), seconds, chapters, mastered);
    } finally {
      sidecars.discard();
    }
  }

  /** Chapter marks: each chapter that has something spoken, from its first line. */
  private static List<Chapter> chapters(Script script, long[] starts, long offset, long total) {
    List<Script.Chapter> headings = new ArrayList<>();
    List<Long> samples = new ArrayList<>();
    for (int c = 0; c < starts.length; c++) {
      if (starts[c] >= 0) {
        headings.add(script.chapters().get(c));
        samples.add(offset + starts[c]);
      }
    }
    if (headings.isEmpty()) {
      headings.add(script.chapters().get(0));
      samples.add(0L);
    }
    return ChapterTimes.marks(headings, samples, total);
  }

  private Tags tags(EpisodeMeta meta) {
    return new Tags(meta.title(), show.host(), show.name(), show.author(), meta.date().getYear(),
        FeedItem.description(meta.summary(), meta.paper(), meta.authors()), meta.episode().orElse(0));
  }

  private FeedItem feedItem(EpisodeMeta meta, Cast cast, String fileName, long size, double seconds) {
    String guid = meta.guid().orElseGet(() -> EpisodeGuid.forEpisode(show.name(), meta.slug()));
    OffsetDateTime published = OffsetDateTime.of(meta.date(), PUBLISH_TIME, ZoneOffset.UTC);
    URI url = show.baseUrl().resolve(fileName);
    return new FeedItem(meta.title(), FeedItem.description(meta.summary(), meta.paper(), meta.authors()), guid,
        published, url, size, Math.round(seconds), meta.episode(), meta.season(),
        meta.explicit() || show.explicit(), meta.paper().or(() -> Optional.of(show.link())),
        cast.people().stream().map(s -> new FeedItem.Person(s.name(), cast.roles().get(s.name()))).toList());
  }
}
