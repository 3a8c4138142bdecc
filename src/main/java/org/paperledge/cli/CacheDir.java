package org.paperledge.cli;

import java.nio.file.Path;

/** Where PaperLedge keeps files it can recreate: the extracted FFmpeg. */
final class CacheDir {
  /** Environment variable that moves the cache. */
  static final String ENV = "PAPERLEDGE_CACHE";

  private CacheDir() {}

  static Path resolve() {
    String explicit = System.getenv(ENV);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "paperledge");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "paperledge");
  }
}
