package org.paperledge.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The published episodes the feed is built from: their item files, read back from the output folder (or from a
 * host the show was published to), never the scripts, so that an episode stays in the feed when its script is
 * removed, until it is retired.
 */
public final class Episodes {
  private Episodes() {}

  /**
   * The episodes published in {@code outDir}: every {@code SLUG.xml} item whose MP3 is there, newest first,
   * except {@code retired} ones.
   *
   * @param problems told of item files that are skipped, and why
   */
  public static List<Episode> inFolder(Path outDir, Set<String> retired, Consumer<String> problems)
      throws IOException {
    List<Episode> episodes = new ArrayList<>();
    List<Path> items;
    try (Stream<Path> files = Files.list(outDir)) {
      items = files.filter(p -> p.getFileName().toString().matches("[a-z0-9]+(-[a-z0-9]+)*\\.xml"))
          .filter(p -> !p.getFileName().toString().equals(Feed.FILE)).sorted().toList();
    }
    for (Path file : items) {
      String slug = file.getFileName().toString().replaceFirst("\\.xml$", "");
      if (retired.contains(slug)) {
        continue;
      }
      Path mp3 = outDir.resolve(slug + ".mp3");
      boolean hasMp3 = Files.isRegularFile(mp3);
      try {
        Optional<Episode> episode = fromItem(slug, Files.readAllBytes(file), hasMp3 ? Files.size(mp3) : 0);
        if (episode.isPresent() && !hasMp3) {
          problems.accept(file + ": its MP3 is missing; left out of the feed");
        } else {
          episode.ifPresent(episodes::add);
        }
      } catch (IllegalArgumentException e) {
        problems.accept(file + ": " + e.getMessage() + "; left out of the feed");
      }
    }
    return newestFirst(episodes);
  }

  /**
   * One episode from the bytes of its item file, wherever they were kept (the output folder, or a host the
   * show was published to), with the size of its MP3; empty when the XML is not a feed item.
   *
   * @throws IllegalArgumentException when it is an item but not a valid one
   */
  public static Optional<Episode> fromItem(String slug, byte[] itemXml, long mp3Length)
      throws IOException {
    try {
      Document doc = Xml.parser().parse(new ByteArrayInputStream(itemXml));
      Element item = doc.getDocumentElement();
      if (!item.getTagName().equals("item")) {
        return Optional.empty();
      }
      Element enclosure = Xml.child(item, "enclosure");
      OffsetDateTime published = ZonedDateTime.parse(Xml.text(item, "pubDate"),
          DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
      enclosure.setAttribute("length", Long.toString(mp3Length));
      return Optional.of(new Episode(slug, item, published,
          java.net.URI.create(enclosure.getAttribute("url")), Xml.text(item, "title")));
    } catch (SAXException | DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid feed item (" + e.getMessage() + ")", e);
    }
  }

  /** {@code episodes} in feed order: newest first, then by slug. */
  public static List<Episode> newestFirst(Collection<Episode> episodes) {
    List<Episode> sorted = new ArrayList<>(episodes);
    sorted.sort(Comparator.comparing(Episode::published).reversed().thenComparing(Episode::slug));
    return sorted;
  }
}
