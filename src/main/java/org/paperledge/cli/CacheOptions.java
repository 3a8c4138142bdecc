package org.paperledge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.paperledge.cache.CacheEvents;
import org.paperledge.cache.CacheFolder;
import picocli.CommandLine.Option;

/** Where the cache folder is, or that there is none. */
final class CacheOptions {
  @Option(names = "--cache", paramLabel = "DIR",
      description = "Cache folder, safe to share between runs and machines. Default: $" + CacheFolder.ENV
          + ", else ~/.cache/paperledge")
  Optional<Path> dir = Optional.empty();

  @Option(names = "--no-cache", description = "Synthesize and encode everything afresh, keeping nothing.")
  boolean none;

  /** The cache folder's place: --cache, else the default. */
  Path root() {
    return dir.orElseGet(CacheFolder::defaultRoot);
  }

  /** The cache folder, telling {@code err} of damaged entries and a folder it cannot write; null with --no-cache. */
  CacheFolder folder(PrintWriter err) {
    return none ? null : CacheFolder.at(root(), new CacheEvents() {
      @Override
      public void damaged(Path entry, String problem) {
        warn(err, "cache entry " + entry + " " + problem + "; dropped, and made again");
      }

      @Override
      public void unwritable(Path folder, String problem) {
        warn(err, "cannot write the cache in " + folder + " (" + problem + "); going on without keeping"
            + " anything there");
      }
    });
  }

  private static void warn(PrintWriter err, String message) {
    synchronized (err) {
      err.println("paperledge: warning: " + message);
      err.flush();
    }
  }
}
