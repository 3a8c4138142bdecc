package org.paperledge.host;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import com.jcraft.jsch.UnixDomainSocketFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An SFTP server as a host, through JSch. Keys come from an identity file or the SSH agent; the server's host key
 * must be in {@code known_hosts} (never accepted blindly). Files are uploaded under a temporary name and renamed
 * with OpenSSH's {@code posix-rename}, which replaces the old file in one step.
 */
final class SftpStore implements Store {
  private static final int CONNECT_TIMEOUT_MS = 30_000;
  /** A keep-alive every 15 s, and the connection is given up after 4 unanswered: a dead host fails in a minute. */
  private static final int ALIVE_INTERVAL_MS = 15_000;

  private final Session session;
  private final ChannelSftp sftp;
  private final String dir;
  private final boolean atomicRename;

  private SftpStore(Session session, ChannelSftp sftp, String dir, boolean atomicRename) {
    this.session = session;
    this.sftp = sftp;
    this.dir = dir;
    this.atomicRename = atomicRename;
  }

  /**
   * Connects and opens (creating it if needed) the target's folder.
   *
   * @param identity the private key file; empty to use the SSH agent, or else the usual files in ~/.ssh
   * @param knownHosts the known_hosts file that must hold the server's key
   * @param agentSocket the SSH agent's socket ({@code SSH_AUTH_SOCK}), if any
   */
  static SftpStore open(Target.Sftp target, Optional<Path> identity, Path knownHosts, Optional<Path> agentSocket)
      throws IOException {
    JSch jsch = new JSch();
    try {
      if (!Files.isRegularFile(knownHosts)) {
        throw new IOException("no known_hosts file at " + knownHosts + ": the server's host key must be listed"
            + " there (--known-hosts FILE; ssh-keyscan prints it, check its fingerprint)");
      }
      jsch.setKnownHosts(knownHosts.toString());
      addIdentities(jsch, identity, agentSocket);
      Session session = jsch.getSession(target.user(), target.host(), target.port());
      session.setConfig("StrictHostKeyChecking", "yes");
      session.setConfig("PreferredAuthentications", "publickey");
      session.setConfig("prefer_known_host_key_types", "yes");
      session.setServerAliveInterval(ALIVE_INTERVAL_MS);
      session.setServerAliveCountMax(4);
      connect(session, knownHosts);
      ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
      sftp.connect(CONNECT_TIMEOUT_MS);
      String dir = target.path().startsWith("/") ? target.path() : sftp.getHome() + "/" + target.path();
      makeFolders(sftp, dir);
      return new SftpStore(session, sftp, dir, "1".equals(sftp.getExtension("posix-rename@openssh.com")));
    } catch (JSchException e) {
      throw new IOException(e.getMessage(), e);
    } catch (SftpException e) {
      throw new IOException(message(e), e);
    }
  }

  private static void addIdentities(JSch jsch, Optional<Path> identity, Optional<Path> agentSocket)
      throws IOException, JSchException {
    if (identity.isPresent()) {
      Path key = identity.get();
      if (!Files.isReadable(key)) {
        throw new IOException("cannot read the identity file " + key);
      }
      KeyPair pair = KeyPair.load(jsch, key.toString());
      if (pair.isEncrypted()) {
        throw new IOException("the identity file " + key + " is protected by a passphrase: load it into an SSH"
            + " agent (ssh-add) and leave out --identity");
      }
      jsch.addIdentity(key.toString());
      return;
    }
    if (agentSocket.isPresent()) {
      try {
        jsch.setIdentityRepository(new AgentIdentityRepository(
            new SSHAgentConnector(new UnixDomainSocketFactory(), agentSocket.get())));
        return;
      } catch (AgentProxyException e) {
        throw new IOException("cannot use the SSH agent at " + agentSocket.get() + ": " + e.getMessage(), e);
      }
    }
    Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
    for (String name : new String[] {"id_ed25519", "id_ecdsa", "id_rsa"}) {
      if (Files.isReadable(ssh.resolve(name))) {
        jsch.addIdentity(ssh.resolve(name).toString());
      }
    }
    if (jsch.getIdentityNames().isEmpty()) {
      throw new IOException("no SSH key: give --identity FILE, start an SSH agent (SSH_AUTH_SOCK), or keep a"
          + " key in ~/.ssh");
    }
  }

  private static void connect(Session session, Path knownHosts) throws IOException, JSchException {
    try {
      session.connect(CONNECT_TIMEOUT_MS);
    } catch (JSchUnknownHostKeyException e) {
      throw new IOException("the server's host key is not in " + knownHosts + fingerprint(session) + "; refusing"
          + " to connect (add it, after checking its fingerprint with the host's owner)", e);
    } catch (JSchChangedHostKeyException e) {
      throw new IOException("the server's host key does not match the one in " + knownHosts + fingerprint(session)
          + "; refusing to connect (someone may be in between, or the host changed its key)", e);
    }
  }

  private static String fingerprint(Session session) {
    HostKey key = session.getHostKey();
    return key == null ? "" : " (it offered " + key.getType() + " " + key.getFingerPrint(new JSch()) + ")";
  }

  private static void makeFolders(ChannelSftp sftp, String dir) throws SftpException {
    StringBuilder path = new StringBuilder(dir.startsWith("/") ? "" : ".");
    for (String part : dir.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      path.append('/').append(part);
      try {
        sftp.stat(path.toString());
      } catch (SftpException e) {
        if (e.id != ChannelSftp.SSH_FX_NO_SUCH_FILE) {
          throw e;
        }
        sftp.mkdir(path.toString());
      }
    }
  }

  @Override
  public Optional<byte[]> read(String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      sftp.get(dir + "/" + name, bytes);
      return Optional.of(bytes.toByteArray());
    } catch (SftpException e) {
      if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
        return Optional.empty();
      }
      throw new IOException(message(e), e);
    }
  }

  @Override
  public void put(String name, Path source, FileKind kind) throws IOException {
    String tmp = dir + "/" + Store.temporaryName(name);
    String target = dir + "/" + name;
    try (InputStream in = Files.newInputStream(source)) {
      sftp.put(in, tmp, ChannelSftp.OVERWRITE);
      sftp.chmod(0644, tmp); // web servers read it
      if (!atomicRename) {
        // plain SFTP cannot rename over a file: the old one is gone for a moment
        try {
          sftp.rm(target);
        } catch (SftpException e) {
          if (e.id != ChannelSftp.SSH_FX_NO_SUCH_FILE) {
            throw e;
          }
        }
      }
      sftp.rename(tmp, target);
    } catch (SftpException e) {
      throw new IOException(message(e), e);
    }
  }

  @Override
  public void delete(String name) throws IOException {
    try {
      sftp.rm(dir + "/" + name);
    } catch (SftpException e) {
      if (e.id != ChannelSftp.SSH_FX_NO_SUCH_FILE) {
        throw new IOException(message(e), e);
      }
    }
  }

  /** Whether renames replace files in one step (the server offers {@code posix-rename@openssh.com}). */
  boolean atomicRename() {
    return atomicRename;
  }

  @Override
  public void close() {
    sftp.disconnect();
    session.disconnect();
  }

  /** The server's message, or what JSch saw of a dropped connection. */
  private static String message(SftpException e) {
    String text = e.getMessage() == null || e.getMessage().isBlank() ? "SFTP error " + e.id : e.getMessage();
    if (text.matches("(java\\.[a-z.]+\\.)?\\w+Exception: .*")) {
      // JSch passes the socket's exception on as its message: the connection went away
      return "the connection was lost (" + text.replaceFirst("^(java\\.[a-z.]+\\.)?\\w+Exception: ", "") + ")";
    }
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
      text += " (" + cause.getMessage() + ")";
    }
    return text;
  }
}
