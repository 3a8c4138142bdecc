package org.paperledge.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Carries out a {@link Plan} on a host, phase by phase: audio and sidecars, then items, then the feed and page,
 * then deletions. The manifest is rewritten after each phase that changed something, listing only files already in
 * place, so a publish that fails anywhere leaves the host's feed as it was (or whole and new) and the next one
 * sends only what is still missing. The first failure stops it, naming the step.
 */
public final class Uploader {
  private final Store store;
  private final Path staging;
  private final Consumer<String> progress;

  /**
   * @param staging a folder for the manifest before it is uploaded
   * @param progress told of each file sent or deleted
   */
  public Uploader(Store store, Path staging, Consumer<String> progress) {
    this.store = store;
    this.staging = staging;
    this.progress = progress;
  }

  /** Runs {@code plan} on a host whose manifest is {@code current}. */
  public void run(Plan plan, Manifest current) throws PublishException {
    Map<String, Manifest.Entry> files = new TreeMap<>(current.files());
    Set<String> retired = current.retired();
    Manifest written = current;
    int phase = 0;
    for (Plan.Upload upload : plan.uploads()) {
      if (upload.kind().phase() != phase) {
        written = writeManifest(Manifest.of(files, retired), written);
        phase = upload.kind().phase();
      }
      try {
        store.put(upload.name(), upload.source(), upload.kind());
      } catch (IOException e) {
        throw new PublishException("uploading " + upload.name(), e);
      }
      files.put(upload.name(), upload.entry());
      progress.accept("sent " + upload.name() + " (" + Plan.size(upload.entry().size()) + ")");
    }
    written = writeManifest(Manifest.of(files, retired), written);
    for (String name : plan.deletions()) {
      try {
        store.delete(name);
      } catch (IOException e) {
        throw new PublishException("deleting " + name, e);
      }
      files.remove(name);
      progress.accept("deleted " + name);
    }
    writeManifest(plan.manifest(), written);
  }

  /** Uploads {@code manifest} unless it is what the host already has. */
  private Manifest writeManifest(Manifest manifest, Manifest written) throws PublishException {
    if (manifest.equals(written)) {
      return written;
    }
    try {
      Path file = staging.resolve(Manifest.FILE);
      Files.write(file, manifest.bytes());
      store.put(Manifest.FILE, file, FileKind.MANIFEST);
      return manifest;
    } catch (IOException e) {
      throw new PublishException("writing the manifest " + Manifest.FILE, e);
    }
  }
}
