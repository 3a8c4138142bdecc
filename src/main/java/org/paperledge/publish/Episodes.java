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
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
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
        Optional<Episode> episode = fromItem(slug, Files.readAllBytes(file), name -> sizeIn(outDir, name),
            problems);
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

  /** The size of the published file {@code name} in {@code outDir}, if it is there. */
  private static OptionalLong sizeIn(Path outDir, String name) {
    if (!name.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*") || name.contains("..")) {
      return OptionalLong.empty();
    }
    try {
      Path file = outDir.resolve(name);
      return Files.isRegularFile(file) ? OptionalLong.of(Files.size(file)) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * One episode from the bytes of its item file, wherever they were kept, its enclosures' lengths set to the sizes
   * of the files they name; an alternate enclosure whose file is not there is left out (and {@code problems} told),
   * so the feed never names a missing file. Empty when the XML is not a feed item.
   *
   * @param sizes the size of each published file, by name, or empty when it is not published
   * @throws IllegalArgumentException when it is an item but not a valid one
   */
  public static Optional<Episode> fromItem(String slug, byte[] itemXml, Function<String, OptionalLong> sizes,
      Consumer<String> problems) throws IOException {
    try {
      Document doc = Xml.parser().parse(new ByteArrayInputStream(itemXml));
      Element item = doc.getDocumentElement();
      if (!item.getTagName().equals("item")) {
        return Optional.empty();
      }
      Element enclosure = Xml.child(item, "enclosure");
      OffsetDateTime published = ZonedDateTime.parse(Xml.text(item, "pubDate"),
          DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
      enclosure.setAttribute("length", Long.toString(sizes.apply(slug + ".mp3").orElse(0)));
      for (Element alternate : alternates(item)) {
        String name = fileName(Xml.childNS(alternate, Feed.PODCAST, "source").map(e -> e.getAttribute("uri"))
            .orElse(""));
        OptionalLong size = name.isEmpty() ? OptionalLong.empty() : sizes.apply(name);
        if (size.isPresent() && size.getAsLong() > 0) {
          alternate.setAttribute("length", Long.toString(size.getAsLong()));
        } else {
          item.removeChild(alternate);
          problems.accept(slug + ": " + (name.isEmpty() ? "an alternate enclosure names no file" : name
              + " is missing") + "; that format is left out of the feed");
        }
      }
      return Optional.of(new Episode(slug, item, published,
          java.net.URI.create(enclosure.getAttribute("url")), Xml.text(item, "title")));
    } catch (SAXException | DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid feed item (" + e.getMessage() + ")", e);
    }
  }

  /** The item's {@code podcast:alternateEnclosure} elements. */
  static List<Element> alternates(Element item) {
    List<Element> found = new ArrayList<>();
    for (org.w3c.dom.Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && Feed.PODCAST.equals(e.getNamespaceURI())
          && "alternateEnclosure".equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  /** The last path segment of a URL, or empty. */
  static String fileName(String url) {
    try {
      String path = java.net.URI.create(url).getPath();
      return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** {@code episodes} in feed order: newest first, then by slug. */
  public static List<Episode> newestFirst(Collection<Episode> episodes) {
    List<Episode> sorted = new ArrayList<>(episodes);
    sorted.sort(Comparator.comparing(Episode::published).reversed().thenComparing(Episode::slug));
    return sorted;
  }
}
