package org.paperledge.host;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH server on loopback for tests: its own configuration, a throw-away host key and user key, in a
 * temporary folder; SFTP only (internal-sftp), optionally read-only. It logs in the user running the tests.
 */
final class SshServer implements AutoCloseable {
  static final Path SSHD = Path.of("/usr/sbin/sshd");

  final Path dir;
  final int port;
  final Path userKey;
  final Path knownHosts;
  private final Process process;

  private SshServer(Path dir, int port, Path userKey, Path knownHosts, Process process) {
    this.dir = dir;
    this.port = port;
    this.userKey = userKey;
    this.knownHosts = knownHosts;
    this.process = process;
  }

  static boolean available() {
    return Files.isExecutable(SSHD) && Files.isExecutable(Path.of("/usr/bin/ssh-keygen"));
  }

  static String user() {
    return System.getProperty("user.name");
  }

  /** Makes the keys in {@code dir} (once) and starts a server. */
  static SshServer start(Path dir, boolean readOnly) throws Exception {
    Files.createDirectories(dir);
    Path hostKey = dir.resolve("host_key");
    Path userKey = dir.resolve("user_key");
    for (Path key : List.of(hostKey, userKey)) {
      if (!Files.exists(key)) {
        run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "paperledge-test", "-f", key.toString()));
      }
    }
    Files.copy(dir.resolve("user_key.pub"), dir.resolve("authorized_keys"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    Path config = dir.resolve("sshd_config");
    Files.writeString(config, String.join("\n",
        "Port " + port,
        "ListenAddress 127.0.0.1",
        "HostKey " + hostKey,
        "PidFile " + dir.resolve("sshd.pid"),
        "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
        "StrictModes no",
        "PubkeyAuthentication yes",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "PermitRootLogin prohibit-password",
        "UsePAM no",
        "AllowTcpForwarding no",
        "Subsystem sftp internal-sftp" + (readOnly ? " -R" : ""),
        "LogLevel ERROR", ""), StandardCharsets.UTF_8);
    if (user().equals("root")) {
      Files.createDirectories(Path.of("/run/sshd")); // sshd's privilege separation folder
    }
    Path knownHosts = dir.resolve("known_hosts");
    Files.writeString(knownHosts, "[127.0.0.1]:" + port + " "
        + Files.readString(dir.resolve("host_key.pub"), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("sshd-" + port + ".log").toFile()).start();
    SshServer server = new SshServer(dir, port, userKey, knownHosts, process);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("sshd exited: " + Files.readString(dir.resolve("sshd-" + port + ".log")));
      }
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return server;
      } catch (IOException e) {
        Thread.sleep(50);
      }
    }
    server.close();
    throw new IllegalStateException("sshd did not start listening on " + port);
  }

  /** Lists this server's host key for {@code otherPort} too (a proxy in front of it). */
  void trust(int otherPort) throws IOException {
    Files.writeString(knownHosts, "[127.0.0.1]:" + otherPort + " "
        + Files.readString(dir.resolve("host_key.pub"), StandardCharsets.UTF_8), StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /** The target URL for {@code path} on this server through {@code port}. */
  String target(int viaPort, Path path) {
    return "sftp://" + user() + "@127.0.0.1:" + viaPort + path;
  }

  static void run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(command + " failed: " + output);
    }
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
