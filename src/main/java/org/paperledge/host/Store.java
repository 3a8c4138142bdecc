package org.paperledge.host;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files of a host, as publishing needs them: read one, put one so that it appears whole or not at all,
 * delete one. Errors are {@link IOException}s whose message is the host's own, never a credential.
 */
public interface Store extends Closeable {
  /** The file's bytes, or empty when the host has no such file. */
  Optional<byte[]> read(String name) throws IOException;

  /**
   * Uploads {@code source} as {@code name}, replacing what was there: under a temporary name first, then renamed,
   * where the protocol allows (an S3 object is whole by nature).
   */
  void put(String name, Path source, FileKind kind) throws IOException;

  /** Deletes {@code name}; a file that is already gone is not an error. */
  void delete(String name) throws IOException;

  /** The name under which {@code name} is uploaded before it is renamed into place. */
  static String temporaryName(String name) {
    return "." + name + ".part";
  }
}
