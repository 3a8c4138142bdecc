package org.paperledge.cache;

import java.nio.file.Path;

/** What a cache tells its user: entries found damaged, and a folder that cannot be written. */
public interface CacheEvents {
  /** Ignores everything. */
  CacheEvents NONE = new CacheEvents() {
    @Override
    public void damaged(Path entry, String problem) {}

    @Override
    public void unwritable(Path dir, String problem) {}
  };

  /** {@code entry} was damaged ({@code problem}); it was dropped and its content will be made again. */
  void damaged(Path entry, String problem);

  /** Nothing can be stored in {@code dir} ({@code problem}); work goes on without storing. */
  void unwritable(Path dir, String problem);
}
