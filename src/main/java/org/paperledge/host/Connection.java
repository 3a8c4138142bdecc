package org.paperledge.host;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a target: SSH key and known hosts for SFTP, endpoint and region for S3. It holds where secrets are
 * found (a key file, the agent's socket), never the secrets themselves.
 *
 * @param identity SFTP: the private key file, if one is named
 * @param knownHosts SFTP: the known_hosts file that must list the server
 * @param agentSocket SFTP: the SSH agent's socket, if one runs
 * @param endpoint S3: another service's address, if not AWS
 * @param region S3: the region, if given
 */
public record Connection(Optional<Path> identity, Path knownHosts, Optional<Path> agentSocket,
    Optional<URI> endpoint, Optional<String> region) {
  public Connection {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(knownHosts, "knownHosts");
    Objects.requireNonNull(agentSocket, "agentSocket");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(region, "region");
  }

  /** Connects to {@code target}. */
  public Store open(Target target) throws IOException {
    if (target instanceof Target.Folder folder) {
      return new FolderStore(folder.dir());
    } else if (target instanceof Target.Sftp sftp) {
      return SftpStore.open(sftp, identity, knownHosts, agentSocket);
    } else {
      return S3Store.open((Target.S3) target, endpoint, region);
    }
  }
}
