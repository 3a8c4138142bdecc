package org.paperledge.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paperledge publish} to a real OpenSSH server on loopback (skipped only where sshd is not installed):
 * key and agent authentication, host key checks, a connection cut mid-upload at several points, a read-only
 * server and a full disk, each leaving a live feed that parses and names only files that are there.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SftpPublishIT {
  private static SshServer server;
  private static Path serverDir;

  @TempDir
  Path dir;

  @BeforeAll
  static void startServer() throws Exception {
    assumeTrue(SshServer.available(), "OpenSSH's sshd is not installed");
    serverDir = Files.createTempDirectory("paperledge-sshd");
    server = SshServer.start(serverDir, false);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private Path out() {
    return dir.resolve("output");
  }

  private Cli publish(String target, Path knownHosts, String... more) {
    return publish(target, knownHosts, server.userKey, more);
  }

  private Cli publish(String target, Path knownHosts, Path identity, String... more) {
    List<String> args = new ArrayList<>(List.of("publish", "--to", target, "--out", out().toString(), "--show",
        ShowFiles.SHOW_FILE.toString(), "--identity", identity.toString(), "--known-hosts",
        knownHosts.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private Cli publish(Path hostDir, String... more) {
    return publish(server.target(server.port, hostDir), server.knownHosts, more);
  }

  private void episodes(int count, int mp3Bytes) throws Exception {
    for (int i = 1; i <= count; i++) {
      ShowFiles.writeEpisode(out(), "episode-" + i, String.format("2026-02-%02dT09:00:00Z", i), mp3Bytes);
    }
  }

  @Test
  void publishesWithAKeyThenSendsOnlyWhatChanged() throws Exception {
    episodes(3, 20_000);
    Path host = dir.resolve("www/podcast"); // created on the server
    Cli first = publish(host);
    assertThat(first.code()).as(first.toString()).isZero();
    assertThat(ShowFiles.checkLiveFeed(host)).containsExactly("episode-3", "episode-2", "episode-1");
    assertThat(Files.getPosixFilePermissions(host.resolve("feed.xml")).toString()).contains("OTHERS_READ");
    try (var files = Files.list(host)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
    Cli again = publish(host);
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(again.out()).contains("sent 0 files", "21 unchanged");
    assertThat(again.out() + again.err()).doesNotContain(Files.readString(server.userKey).substring(40, 80));
  }

  @Test
  void theSshAgentCanHoldTheKey() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh-agent")), "ssh-agent is not installed");
    Path socket = dir.resolve("agent.sock");
    Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("agent.log").toFile()).start();
    try {
      for (int i = 0; i < 100 && !Files.exists(socket); i++) {
        Thread.sleep(50);
      }
      ProcessBuilder add = new ProcessBuilder("ssh-add", server.userKey.toString()).redirectErrorStream(true);
      add.environment().put("SSH_AUTH_SOCK", socket.toString());
      Process added = add.start();
      assertThat(added.waitFor(30, TimeUnit.SECONDS) && added.exitValue() == 0).as("ssh-add").isTrue();
      Path host = dir.resolve("agent-host");
      Target target = Target.parse(server.target(server.port, host));
      Path file = Files.writeString(dir.resolve("hello.txt"), "hello", StandardCharsets.UTF_8);
      try (Store store = new Connection(Optional.empty(), server.knownHosts, Optional.of(socket), Optional.empty(),
          Optional.empty()).open(target)) {
        assertThat(((SftpStore) store).atomicRename()).as("OpenSSH offers posix-rename").isTrue();
        store.put("hello.vtt", file, FileKind.SIDECAR);
        assertThat(store.read("hello.vtt")).hasValueSatisfying(b -> assertThat(b).isEqualTo("hello".getBytes()));
        assertThat(store.read("missing.vtt")).isEmpty();
      }
      assertThat(host.resolve("hello.vtt")).hasContent("hello");
    } finally {
      agent.destroy();
    }
  }

  @Test
  void anUnknownOrChangedHostKeyIsRefused() throws Exception {
    episodes(1, 1000);
    Path host = dir.resolve("refused");
    Path empty = Files.writeString(dir.resolve("empty_known_hosts"), "", StandardCharsets.UTF_8);
    Cli unknown = publish(server.target(server.port, host), empty);
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("paperledge: sftp://").contains(": connecting: the server's host key is"
        + " not in " + empty).contains("SHA256:");
    SshServer.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("other").toString()));
    Path wrong = Files.writeString(dir.resolve("wrong_known_hosts"), "[127.0.0.1]:" + server.port + " "
        + Files.readString(dir.resolve("other.pub")), StandardCharsets.UTF_8);
    Cli changed = publish(server.target(server.port, host), wrong);
    assertThat(changed.code()).isEqualTo(1);
    assertThat(changed.err()).contains("does not match the one in " + wrong);
    Cli missing = publish(server.target(server.port, host), dir.resolve("nowhere"));
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no known_hosts file at");
    assertThat(host).doesNotExist();
  }

  /**
   * A host that drops the connection after a number of bytes, at several points of one publish: each failed
   * attempt exits 1 naming its step, and leaves the old feed or the new one, naming only files that are there.
   */
  @Test
  void aConnectionCutAnywhereLeavesAConsistentFeedAndARerunCompletes() throws Exception {
    episodes(3, 150_000);
    Path host = dir.resolve("cut");
    Path measured = dir.resolve("measured");
    assertThat(publish(host).code()).isZero();
    assertThat(publish(measured).code()).isZero();
    List<String> before = ShowFiles.checkLiveFeed(host);
    // the next publish: two new episodes and a re-rendered one
    ShowFiles.writeEpisode(out(), "episode-4", "2026-02-04T09:00:00Z", 150_000);
    ShowFiles.writeEpisode(out(), "episode-5", "2026-02-05T09:00:00Z", 150_000);
    ShowFiles.writeEpisode(out(), "episode-2", "2026-02-02T09:00:00Z", 151_000);
    long total;
    try (CuttingProxy meter = new CuttingProxy(server.port, Long.MAX_VALUE)) {
      server.trust(meter.port());
      Cli full = publish(server.target(meter.port(), measured), server.knownHosts);
      assertThat(full.code()).as(full.toString()).isZero();
      total = meter.sent();
    }
    List<String> after = ShowFiles.checkLiveFeed(measured);
    List<String> steps = new ArrayList<>();
    for (double fraction : new double[] {0.02, 0.3, 0.7, 0.97, 0.995}) {
      try (CuttingProxy proxy = new CuttingProxy(server.port, (long) (total * fraction))) {
        server.trust(proxy.port());
        Cli run = publish(server.target(proxy.port(), host), server.knownHosts);
        if (proxy.wasCut()) {
          assertThat(run.code()).as(run.toString()).isEqualTo(1);
          assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
          assertThat(run.err()).startsWith("paperledge: sftp://" + SshServer.user() + "@127.0.0.1:" + proxy.port());
          steps.add(fraction + ": " + run.err().strip());
        } else {
          assertThat(run.code()).as(run.toString()).isZero();
          steps.add(fraction + ": completed");
        }
      }
      // The old feed may give the old length of the re-rendered episode-2.mp3 for a moment: same URL, new file.
      assertThat(ShowFiles.checkLiveFeed(host, false)).as("after a cut at %s of %d bytes", fraction, total)
          .isIn(before, after);
    }
    System.out.println("SFTP cuts (of " + total + " bytes):\n  " + String.join("\n  ", steps));
    assertThat(steps.stream().filter(s -> s.contains(": uploading "))).isNotEmpty();
    Cli rerun = publish(host);
    assertThat(rerun.code()).as(rerun.toString()).isZero();
    assertThat(ShowFiles.checkLiveFeed(host)).isEqualTo(after);
    assertThat(publish(host).out()).contains("sent 0 files");
  }

  @Test
  void aServerThatRefusesWritesLeavesTheFeedAsItWas() throws Exception {
    episodes(2, 5000);
    Path host = dir.resolve("readonly");
    assertThat(publish(host).code()).isZero();
    byte[] feed = Files.readAllBytes(host.resolve("feed.xml"));
    ShowFiles.writeEpisode(out(), "episode-3", "2026-02-03T09:00:00Z", 5000);
    try (SshServer readOnly = SshServer.start(Files.createTempDirectory("paperledge-sshd-ro"), true)) {
      Cli run = publish(readOnly.target(readOnly.port, host), readOnly.knownHosts, readOnly.userKey);
      assertThat(run.code()).as(run.toString()).isEqualTo(1);
      assertThat(run.err()).contains(": uploading episode-3.chapters.json: ").containsIgnoringCase("permission denied");
    }
    assertThat(Files.readAllBytes(host.resolve("feed.xml"))).isEqualTo(feed);
    assertThat(publish(host).code()).isZero();
    assertThat(ShowFiles.checkLiveFeed(host)).containsExactly("episode-3", "episode-2", "episode-1");
  }

  @Test
  void aFullDiskLeavesTheFeedAsItWasAndARerunCompletesOnceThereIsRoom() throws Exception {
    assumeTrue(SshServer.user().equals("root"), "mounting a small file system needs root");
    Path host = Files.createDirectories(dir.resolve("small"));
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", host.toString())
        .redirectErrorStream(true).start();
    assumeTrue(mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0, "cannot mount a tmpfs here");
    try {
      episodes(2, 20_000);
      assertThat(publish(host).code()).isZero();
      byte[] feed = Files.readAllBytes(host.resolve("feed.xml"));
      ShowFiles.writeEpisode(out(), "episode-3", "2026-02-03T09:00:00Z", 400_000);
      Cli run = publish(host);
      assertThat(run.code()).as(run.toString()).isEqualTo(1);
      assertThat(run.err()).contains(": uploading episode-3.mp3: ");
      System.out.println("SFTP full disk: " + run.err().strip());
      assertThat(Files.readAllBytes(host.resolve("feed.xml"))).isEqualTo(feed);
      ShowFiles.checkLiveFeed(host);
      SshServer.run(List.of("mount", "-o", "remount,size=4m", host.toString()));
      Cli rerun = publish(host);
      assertThat(rerun.code()).as(rerun.toString()).isZero();
      assertThat(ShowFiles.checkLiveFeed(host)).containsExactly("episode-3", "episode-2", "episode-1");
    } finally {
      SshServer.run(List.of("umount", host.toString()));
    }
  }
}
