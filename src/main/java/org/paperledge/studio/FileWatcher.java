package org.paperledge.studio;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Watches the files an episode is made from (the script, the show file, and every voice profile and lexicon in
 * the voices folder) and says when one changed. It watches their folders, not the files, because many editors save
 * by writing another file and renaming it over the old one, which a watch on the file itself would lose.
 */
final class FileWatcher implements AutoCloseable {
  private final WatchService service;
  private final Map<WatchKey, Rule> keys = new HashMap<>();
  private final LongConsumer changed;
  private final Thread thread;

  /** Which names matter in one folder: those listed, or (for the voices folder) every file but an editor's own. */
  private record Rule(Set<String> names, boolean anyFile) {
    boolean matters(String name) {
      if (anyFile) {
        return !name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".swp") && !name.equals("4913");
      }
      return names.contains(name);
    }
  }

  /**
   * Starts watching.
   *
   * @param files files that matter, wherever they are
   * @param folder a folder all of whose files matter
   * @param changed told, on the watching thread, when one of them changed ({@link System#nanoTime()} of the event)
   */
  FileWatcher(List<Path> files, Path folder, LongConsumer changed) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.changed = changed;
    Map<Path, Set<String>> byFolder = new HashMap<>();
    for (Path file : files) {
      Path absolute = file.toAbsolutePath().normalize();
      byFolder.computeIfAbsent(absolute.getParent(), d -> new HashSet<>()).add(absolute.getFileName().toString());
    }
    Path voices = folder.toAbsolutePath().normalize();
    for (Map.Entry<Path, Set<String>> entry : byFolder.entrySet()) {
      if (!entry.getKey().equals(voices)) {
        keys.put(register(entry.getKey()), new Rule(Set.copyOf(entry.getValue()), false));
      }
    }
    if (java.nio.file.Files.isDirectory(voices)) {
      keys.put(register(voices), new Rule(Set.of(), true));
    }
    this.thread = new Thread(this::watch, "paperledge-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private WatchKey register(Path folder) throws IOException {
    return folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = service.take();
        long now = System.nanoTime();
        Rule rule = keys.get(key);
        boolean matters = false;
        for (WatchEvent<?> event : key.pollEvents()) {
          // an overflow lost events: something may have changed
          matters |= event.kind() == StandardWatchEventKinds.OVERFLOW
              || (rule != null && rule.matters(event.context().toString()));
        }
        key.reset();
        if (matters) {
          changed.accept(now);
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed: the studio is stopping
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // nothing is left to watch either way
    }
    thread.interrupt();
  }
}
