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
import org.paperledge.publish.Disclosure;
import org.paperledge.publish.EpisodeGuid;
import org.paperledge.publish.FeedItem;
import org.paperledge.publish.ShowNotes;
import org.paperledge.publish.Transcripts;
import org.paperledge.script.EpisodeMeta;
import org.paperledge.script.Script;
import org.paperledge.show.Show;

/**
 * Publishes one episode's files from its laid-out lines: the chapters (from where each chapter's first line is
 * spoken), the transcripts, the episode's own cover art (if it has one), the M4A (if the show publishes one), the
 * MP3 with its tag, and the feed item with its show notes. Sidecars go first, then the audio, then the item, each
 * moved into place whole, so that a published item never names a missing file.
 */
final class EpisodeFiles {
  /** Hour of the publication date at which episodes are published, UTC. */
  private static final LocalTime PUBLISH_TIME = LocalTime.of(6, 0);

  /** The files every episode publishes, by suffix. */
  private static final List<String> ALWAYS = List.of(".mp3", ".xml", ".chapters.json", ".vtt", ".srt");

  private final Show show;
  private final Cover cover;

  /** @param cover the episode's cover art: its own ({@link Cover#forEpisode}) or the show's */
  EpisodeFiles(Show show, Cover cover) {
    this.show = show;
    this.cover = cover;
  }

  /** The names of the files published for the episode {@code meta} with {@code cover}. */
  static List<String> names(EpisodeMeta meta, Show show, Cover cover) {
    List<String> names = new ArrayList<>();
    ALWAYS.forEach(suffix -> names.add(meta.slug() + suffix));
    if (meta.cover().isPresent()) {
      names.add(cover.fileName());
    }
    if (show.m4a()) {
      names.add(meta.slug() + ".m4a");
    }
    return names;
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
    Tags tags = tags(meta);
    Id3v23.Picture picture = cover.picture();
    byte[] tag = Id3v23.tag(tags, meta.paper().map(URI::toString), Optional.of(picture), chapters);
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
      List<String> order = new ArrayList<>(List.of("chapters.json", "vtt", "srt"));
      Optional<URI> image = Optional.empty();
      if (meta.cover().isPresent() != cover.fileName().startsWith(meta.slug() + ".")) {
        throw new IllegalArgumentException(meta.slug() + ": the cover given is not the episode's (Cover.forEpisode)");
      }
      if (meta.cover().isPresent()) {
        String extension = cover.fileName().substring(meta.slug().length() + 1);
        sidecars.stage(extension, picture.data());
        order.add(extension);
        image = Optional.of(show.baseUrl().resolve(cover.fileName()));
      }
      Path tmpMp3 = sidecars.reserve("mp3");
      EpisodeMaster.Result mastered = master.finish(tag, tmpMp3);
      if (mastered.samples() != total) {
        throw new IllegalStateException("planned " + total + " samples, encoded " + mastered.samples());
      }
      Optional<FeedItem.Alternate> alternate = Optional.empty();
      if (show.m4a()) {
        Path tmpM4a = sidecars.reserve("m4a");
        master.encodeM4a(tags, chapters, Optional.of(picture), tmpM4a);
        alternate = Optional.of(new FeedItem.Alternate("audio/mp4", show.baseUrl().resolve(meta.slug() + ".m4a"),
            Files.size(tmpM4a), master.m4aBitrateKbps() * 1000L, "AAC (M4A)"));
        order.add("m4a");
      }
      double seconds = total / (double) Pcm.RATE;
      Path mp3 = outDir.resolve(meta.slug() + ".mp3");
      FeedItem item = feedItem(meta, cast, mp3.getFileName().toString(), Files.size(tmpMp3), seconds, chapters,
          image, alternate);
      ByteArrayOutputStream xml = new ByteArrayOutputStream();
      item.write(xml);
      sidecars.stage("xml", xml.toByteArray());
      order.addAll(List.of("mp3", "xml"));
      sidecars.publish(order);
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

  /**
   * The feed item: its description is the ID3 comment's text plus the disclosure of the synthetic voices (the
   * comment itself stays as it was, so the MP3 is unchanged), and its show notes list the chapters.
   */
  private FeedItem feedItem(EpisodeMeta meta, Cast cast, String fileName, long size, double seconds,
      List<Chapter> chapters, Optional<URI> image, Optional<FeedItem.Alternate> alternate) {
    String guid = meta.guid().orElseGet(() -> EpisodeGuid.forEpisode(show.name(), meta.slug()));
    OffsetDateTime published = OffsetDateTime.of(meta.date(), PUBLISH_TIME, ZoneOffset.UTC);
    URI url = show.baseUrl().resolve(fileName);
    String description = Disclosure.appendTo(FeedItem.description(meta.summary(), meta.paper(), meta.authors()),
        Disclosure.EPISODE);
    return new FeedItem(meta.title(), description, guid, published, url, size, Math.round(seconds),
        meta.episode(), meta.season(), meta.explicit() || show.explicit(),
        meta.paper().or(() -> Optional.of(show.link())),
        cast.people().stream().map(s -> new FeedItem.Person(s.name(), cast.roles().get(s.name()))).toList(),
        image, ShowNotes.html(meta.summary(), chapters, meta.paper(), meta.authors()), alternate);
  }
}
