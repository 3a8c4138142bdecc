package org.paperledge.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.paperledge.publish.Episode;
import org.paperledge.publish.Episodes;
import org.paperledge.publish.Feed;
import org.paperledge.publish.ListenerPage;
import org.paperledge.render.Cover;
import org.paperledge.render.FeedPublisher;
import org.paperledge.show.Show;

/**
 * Works out a {@link Plan}: the episodes of the output folder, plus those the host's manifest lists that the
 * folder lacks (never the retired ones), make the feed and page; every file whose checksum differs from the
 * manifest's is sent. The feed, page and cover are built in a staging folder, never in the output folder.
 */
public final class Planner {
  private final Show show;
  private final Cover cover;
  private final Consumer<String> problems;

  /** @param problems told of episodes left out of the feed, and why */
  public Planner(Show show, Cover cover, Consumer<String> problems) {
    this.show = show;
    this.cover = cover;
    this.problems = problems;
  }

  /** A file to publish: where it is here, and what it is. */
  private record Source(Path file, FileKind kind) {}

  /**
   * The plan for publishing {@code outDir} to {@code store}, whose manifest is {@code manifest}.
   *
   * @param staging an empty folder for the files built here (feed, page, cover, sidecars read from the host)
   * @param prune whether files the host holds that are no longer published are deleted
   */
  public Plan plan(Path outDir, Store store, Manifest manifest, Path staging, boolean prune) throws IOException {
    Set<String> retired = new TreeSet<>(manifest.retired());
    retired.addAll(FeedPublisher.retired(outDir));
    List<Episode> episodes = new ArrayList<>(Episodes.inFolder(outDir, retired, problems));
    Map<String, Source> wanted = new TreeMap<>();
    Set<String> local = new TreeSet<>();
    for (Episode episode : episodes) {
      local.add(episode.slug());
      for (Path file : episodeFiles(outDir, episode.slug())) {
        FileKind.of(file.getFileName().toString()).filter(k -> k.phase() <= FileKind.ITEM.phase())
            .ifPresent(kind -> wanted.put(file.getFileName().toString(), new Source(file, kind)));
      }
      for (String sidecar : pageSidecars(episode.slug())) {
        if (Files.exists(outDir.resolve(sidecar))) {
          link(outDir.resolve(sidecar), staging.resolve(sidecar));
        }
      }
    }
    Set<String> keep = new TreeSet<>();
    int fromHost = 0;
    for (String slug : hostOnlySlugs(manifest, local, retired)) {
      Episode episode = hostEpisode(store, manifest, slug, staging);
      if (episode != null) {
        episodes.add(episode);
        fromHost++;
        manifest.files().keySet().stream().filter(name -> name.startsWith(slug + ".")).forEach(keep::add);
      }
    }
    episodes = Episodes.newestFirst(episodes);
    cover.publish(staging);
    FeedPublisher publisher = new FeedPublisher(show, cover);
    Files.write(staging.resolve(Feed.FILE), publisher.feed(episodes));
    wanted.put(cover.fileName(), new Source(staging.resolve(cover.fileName()), FileKind.SIDECAR));
    wanted.put(Feed.FILE, new Source(staging.resolve(Feed.FILE), FileKind.FEED));
    publisher.pages(episodes, staging, (name, html) -> {
      Files.write(staging.resolve(name), html);
      wanted.put(name, new Source(staging.resolve(name), FileKind.FEED));
    });
    return plan(wanted, keep, manifest, retired, prune, episodes.size(), fromHost);
  }

  private Plan plan(Map<String, Source> wanted, Set<String> keep, Manifest manifest, Set<String> retired,
      boolean prune, int episodes, int fromHost) throws IOException {
    List<Plan.Upload> uploads = new ArrayList<>();
    Map<String, Manifest.Entry> files = new TreeMap<>(manifest.files());
    int unchanged = 0;
    for (Map.Entry<String, Source> e : wanted.entrySet()) {
      Manifest.Entry entry = entry(e.getValue().file());
      Manifest.Entry there = manifest.files().get(e.getKey());
      if (entry.equals(there)) {
        unchanged++;
      } else {
        uploads.add(new Plan.Upload(e.getKey(), e.getValue().file(), e.getValue().kind(), entry, there == null));
      }
      files.put(e.getKey(), entry);
      keep.add(e.getKey());
    }
    uploads.sort(Comparator.comparingInt((Plan.Upload u) -> u.kind().phase()).thenComparingInt(Planner::rank)
        .thenComparing(Plan.Upload::name));
    List<String> deletions = new ArrayList<>();
    if (prune) {
      manifest.files().keySet().stream().filter(name -> !keep.contains(name)).forEach(deletions::add);
      deletions.forEach(files::remove);
    }
    return new Plan(uploads, unchanged, deletions, Manifest.of(files, retired), episodes, fromHost);
  }

  /**
   * The order within the last phase: the feed, then the episodes' pages, then the index's later pages, and
   * {@code index.html} last, so that no page goes up before a page it links to.
   */
  private static int rank(Plan.Upload upload) {
    String name = upload.name();
    if (upload.kind() != FileKind.FEED || name.equals(Feed.FILE)) {
      return 0;
    }
    if (name.equals(ListenerPage.FILE)) {
      return 3;
    }
    return ListenerPage.isIndexPage(name) ? 2 : 1;
  }

  /** Every file of an episode in the output folder: {@code SLUG.*}, hidden and temporary files aside. */
  private static List<Path> episodeFiles(Path outDir, String slug) throws IOException {
    try (Stream<Path> files = Files.list(outDir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(slug + "."))
          .filter(p -> Manifest.isSafeName(p.getFileName().toString())).filter(Files::isRegularFile).sorted()
          .toList();
    }
  }

  /** The files the listener page reads for an episode. */
  private static List<String> pageSidecars(String slug) {
    return List.of(slug + ".chapters.json", slug + ".vtt");
  }

  /** Episodes the manifest lists (item and MP3) that are neither in the output folder nor retired. */
  private static Set<String> hostOnlySlugs(Manifest manifest, Set<String> local, Set<String> retired) {
    Set<String> slugs = new TreeSet<>();
    for (String name : manifest.files().keySet()) {
      if (name.matches("[a-z0-9]+(-[a-z0-9]+)*\\.xml") && !name.equals(Feed.FILE)) {
        String slug = name.substring(0, name.length() - 4);
        if (manifest.files().containsKey(slug + ".mp3") && !local.contains(slug) && !retired.contains(slug)) {
          slugs.add(slug);
        }
      }
    }
    return slugs;
  }

  /** An episode rebuilt from its item on the host, its sidecars fetched for the page; null if it is gone. */
  private Episode hostEpisode(Store store, Manifest manifest, String slug, Path staging) throws IOException {
    var item = read(store, slug + ".xml");
    if (item.isEmpty()) {
      problems.accept(slug + ".xml: listed in the host's manifest but not on the host; left out of the feed");
      return null;
    }
    try {
      var episode = Episodes.fromItem(slug, item.get(), name -> manifest.files().containsKey(name)
          ? java.util.OptionalLong.of(manifest.files().get(name).size()) : java.util.OptionalLong.empty(), problems);
      if (episode.isEmpty()) {
        return null;
      }
      for (String sidecar : pageSidecars(slug)) {
        if (manifest.files().containsKey(sidecar)) {
          var bytes = read(store, sidecar);
          if (bytes.isPresent()) {
            Files.write(staging.resolve(sidecar), bytes.get());
          }
        }
      }
      return episode.get();
    } catch (IllegalArgumentException e) {
      problems.accept(slug + ".xml on the host: " + e.getMessage() + "; left out of the feed");
      return null;
    }
  }

  private static java.util.Optional<byte[]> read(Store store, String name) throws PublishException {
    try {
      return store.read(name);
    } catch (IOException e) {
      throw new PublishException("reading " + name, e);
    }
  }

  /** A hard link where the file system allows one (sidecars of a thousand episodes), a copy otherwise. */
  private static void link(Path from, Path to) throws IOException {
    try {
      Files.createLink(to, from);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The SHA-256 and size of {@code file}. */
  static Manifest.Entry entry(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      long size = in.transferTo(java.io.OutputStream.nullOutputStream());
      return new Manifest.Entry(HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()), size);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
