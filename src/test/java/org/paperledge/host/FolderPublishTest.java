package org.paperledge.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paperledge publish} to a folder: what is sent, in which order, and the feed it leaves. */
class FolderPublishTest {
  @TempDir
  Path dir;

  private Path out() {
    return dir.resolve("output");
  }

  private Path host() {
    return dir.resolve("host");
  }

  private Cli publish(String... more) {
    List<String> args = new ArrayList<>(List.of("publish", "--to", host().toString(), "--out", out().toString(),
        "--show", ShowFiles.SHOW_FILE.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private void threeEpisodes() throws Exception {
    ShowFiles.writeEpisode(out(), "first", "2026-01-05T09:00:00Z", 3000);
    ShowFiles.writeEpisode(out(), "second", "2026-01-12T09:00:00Z", 4000);
    ShowFiles.writeEpisode(out(), "third", "2026-01-19T09:00:00Z", 5000);
  }

  private static List<String> sent(Cli run) {
    return run.out().lines().filter(l -> l.matches(".*: sent \\S+ \\(.*"))
        .map(l -> l.replaceFirst(".*: sent (\\S+) .*", "$1")).toList();
  }

  private Map<String, byte[]> hostFiles() throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(host())) {
      for (Path p : paths.toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void theFirstPublishSendsEverythingAudioFirstFeedLast() throws Exception {
    threeEpisodes();
    Cli run = publish();
    assertThat(run.code()).as(run.toString()).isZero();
    List<String> sent = sent(run);
    assertThat(sent).hasSize(3 * 5 + 3 + 3).contains("cover.png", "feed.xml", "index.html", "first.html");
    int lastMedia = 0;
    int firstItem = Integer.MAX_VALUE;
    int lastItem = 0;
    for (int i = 0; i < sent.size(); i++) {
      String name = sent.get(i);
      if (name.endsWith(".xml") && !name.equals("feed.xml")) {
        firstItem = Math.min(firstItem, i);
        lastItem = i;
      } else if (!name.equals("feed.xml") && !name.endsWith(".html")) {
        lastMedia = i;
      }
    }
    assertThat(lastMedia).as("audio and sidecars before items: " + sent).isLessThan(firstItem);
    // the feed, then the episodes' pages, then the index, which links to them
    assertThat(sent.subList(sent.size() - 5, sent.size()))
        .containsExactly("feed.xml", "first.html", "second.html", "third.html", "index.html");
    assertThat(lastItem).isEqualTo(sent.size() - 6);
    assertThat(ShowFiles.checkLiveFeed(host())).containsExactly("third", "second", "first");
    Manifest manifest = Manifest.parse(Files.readAllBytes(host().resolve(Manifest.FILE)));
    assertThat(manifest.files()).hasSize(21);
    assertThat(manifest.files().get("first.mp3"))
        .isEqualTo(Planner.entry(out().resolve("first.mp3")));
    assertThat(hostFiles().keySet()).noneMatch(name -> name.endsWith(".part"));
    assertThat(run.out()).contains("sent 21 files", "0 unchanged", "lists 3 episodes (0 kept from the host)");
  }

  @Test
  void aSecondPublishSendsOnlyWhatChanged() throws Exception {
    threeEpisodes();
    assertThat(publish().code()).isZero();
    Cli again = publish();
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(sent(again)).isEmpty();
    assertThat(again.out()).contains("sent 0 files (0 B), 21 unchanged");

    ShowFiles.writeEpisode(out(), "second", "2026-01-12T09:00:00Z", 4100); // re-rendered: new audio and length
    Cli changed = publish();
    assertThat(changed.code()).as(changed.toString()).isZero();
    // its item holds the new length; the pages show nothing that changed
    assertThat(sent(changed)).containsExactly("second.mp3", "second.xml", "feed.xml");
    assertThat(Files.size(host().resolve("second.mp3"))).isEqualTo(4100);
    ShowFiles.checkLiveFeed(host());
  }

  @Test
  void aDryRunPrintsThePlanAndChangesNothing() throws Exception {
    threeEpisodes();
    assertThat(publish().code()).isZero();
    ShowFiles.writeEpisode(out(), "fourth", "2026-01-26T09:00:00Z", 6000);
    Map<String, byte[]> before = hostFiles();
    Cli dry = publish("--dry-run");
    assertThat(dry.code()).as(dry.toString()).isZero();
    assertThat(dry.out()).containsPattern("upload  fourth\\.mp3 +new +5\\.9 KB")
        .containsPattern("upload  feed\\.xml +changed").containsPattern("upload  fourth\\.html +new")
        .contains("would send 8 files")
        .contains("lists 4 episodes");
    Map<String, byte[]> after = hostFiles();
    assertThat(after.keySet()).isEqualTo(before.keySet());
    after.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(before.get(name)));
  }

  @Test
  void theFeedKeepsPublishedEpisodesTheOutputFolderLacksUntilOneIsRetired() throws Exception {
    threeEpisodes();
    assertThat(publish().code()).isZero();
    // The nightly job starts from an empty output folder: the feed is rebuilt from the host's manifest.
    deleteTree(out());
    Files.createDirectories(out());
    Cli empty = publish();
    assertThat(empty.code()).as(empty.toString()).isZero();
    assertThat(ShowFiles.checkLiveFeed(host())).containsExactly("third", "second", "first");
    assertThat(sent(empty)).isEmpty(); // the same feed, byte for byte
    assertThat(empty.out()).contains("lists 3 episodes (3 kept from the host)");
    // transcripts read back from the host, for the episodes' pages
    assertThat(Files.readString(host().resolve("first.html"), StandardCharsets.UTF_8)).contains("Hello from first.");
    assertThat(Files.readString(host().resolve("third.html"), StandardCharsets.UTF_8)).contains("Hello from third.");
    assertThat(Files.readString(host().resolve("index.html"), StandardCharsets.UTF_8))
        .contains("href=\"first.html\"", "href=\"third.html\"");

    ShowFiles.writeEpisode(out(), "fourth", "2026-01-26T09:00:00Z", 6000);
    assertThat(Cli.run("feed", "--out", out().toString(), "--show", ShowFiles.SHOW_FILE.toString(),
        "--retire", "second").code()).isZero();
    Cli retired = publish();
    assertThat(retired.code()).as(retired.toString()).isZero();
    assertThat(ShowFiles.checkLiveFeed(host())).containsExactly("fourth", "third", "first");
    assertThat(host().resolve("second.mp3")).as("kept without --prune").exists();

    deleteTree(out()); // the retirement is remembered on the host, not only in this output folder
    Files.createDirectories(out());
    Cli pruned = publish("--prune");
    assertThat(pruned.code()).as(pruned.toString()).isZero();
    assertThat(ShowFiles.checkLiveFeed(host())).containsExactly("fourth", "third", "first");
    assertThat(pruned.out()).contains("deleted second.mp3", "deleted 6;");
    assertThat(hostFiles().keySet()).noneMatch(name -> name.startsWith("second."));
    Manifest manifest = Manifest.parse(Files.readAllBytes(host().resolve(Manifest.FILE)));
    assertThat(manifest.retired()).containsExactly("second");
    assertThat(manifest.files().keySet()).noneMatch(name -> name.startsWith("second."));
  }

  @Test
  void anEpisodesArtAndM4aGoUpWithItsAudioAndStayListedFromTheHost() throws Exception {
    ShowFiles.writeRichEpisode(out(), "first", "2026-01-05T09:00:00Z", 5000, 3000);
    ShowFiles.writeEpisode(out(), "second", "2026-01-12T09:00:00Z", 4000);
    Cli run = publish();
    assertThat(run.code()).as(run.toString()).isZero();
    List<String> sent = sent(run);
    assertThat(sent.indexOf("first.m4a")).isNotNegative().isLessThan(sent.indexOf("first.xml"));
    assertThat(sent.indexOf("first.png")).isNotNegative().isLessThan(sent.indexOf("first.xml"));
    assertThat(sent.indexOf("first.html")).isGreaterThan(sent.indexOf("feed.xml"));
    ShowFiles.checkLiveFeed(host()); // the M4A's length, its source and the episode's art are checked too
    String feed = Files.readString(host().resolve("feed.xml"), StandardCharsets.UTF_8);
    assertThat(feed).contains("https://paperledge.example/episodes/first.png", "length=\"3000\"");
    assertThat(Files.readString(host().resolve("first.html"), StandardCharsets.UTF_8))
        .contains("src=\"first.png\"", "href=\"first.m4a\"");

    deleteTree(out()); // rebuilt from the manifest: the M4A's length comes from it
    Files.createDirectories(out());
    Cli empty = publish();
    assertThat(empty.code()).as(empty.toString()).isZero();
    assertThat(sent(empty)).isEmpty();
    assertThat(Files.readString(host().resolve("feed.xml"), StandardCharsets.UTF_8)).isEqualTo(feed);
  }

  @Test
  void badTargetsAndOptionsAreUsageErrorsThatNeverRepeatAPassword() throws Exception {
    threeEpisodes();
    Cli password = Cli.run("publish", "--to", "sftp://ernis:hunter2@example.org/www", "--out", out().toString());
    assertThat(password.code()).isEqualTo(2);
    assertThat(password.err()).startsWith("paperledge: --to: ").contains("passwords are not accepted")
        .doesNotContain("hunter2");
    assertThat(password.err().lines().count()).isEqualTo(1);
    Cli unknown = Cli.run("publish", "--to", "ftp://example.org/www", "--out", out().toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown kind of target 'ftp'");
    Cli endpoint = Cli.run("publish", "--to", host().toString(), "--endpoint", "http://127.0.0.1:9", "--out",
        out().toString());
    assertThat(endpoint.code()).isEqualTo(2);
    assertThat(endpoint.err()).contains("apply to s3:// targets only");
    Cli missing = Cli.run("publish", "--to", host().toString(), "--out", dir.resolve("nothing").toString(),
        "--show", ShowFiles.SHOW_FILE.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such folder");
    assertThat(host()).doesNotExist();
  }

  @Test
  void aDamagedManifestStopsThePublishBeforeAnythingIsSent() throws Exception {
    threeEpisodes();
    Files.createDirectories(host());
    Files.writeString(host().resolve(Manifest.FILE), "file 1234 nonsense\n");
    Cli run = publish();
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("paperledge: " + host() + ": reading the manifest paperledge-manifest.txt: ")
        .contains("paperledge-manifest.txt:1:");
    assertThat(hostFiles().keySet()).containsExactly(Manifest.FILE);
  }

  private static void deleteTree(Path dir) throws Exception {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
