package org.paperledge.host;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a publish will do to a host: the files to upload, in order (audio and sidecars, then items, then the feed
 * and page), the files to delete (only with {@code --prune}, after the feed), and the manifest it leaves.
 *
 * @param uploads the files to send, in the order they go up
 * @param unchanged how many published files the host already holds as they are
 * @param deletions the files to delete from the host, after the feed
 * @param manifest the manifest once everything is done
 * @param episodes how many episodes the uploaded feed lists
 * @param fromHost how many of those are kept from the host's manifest, absent from the output folder
 */
public record Plan(List<Upload> uploads, int unchanged, List<String> deletions, Manifest manifest, int episodes,
    int fromHost) {
  public Plan {
    uploads = List.copyOf(uploads);
    deletions = List.copyOf(deletions);
    Objects.requireNonNull(manifest, "manifest");
    for (int i = 1; i < uploads.size(); i++) {
      if (uploads.get(i).kind().phase() < uploads.get(i - 1).kind().phase()) {
        throw new IllegalArgumentException("uploads out of order: " + uploads.get(i).name());
      }
    }
  }

  /**
   * One file to send.
   *
   * @param name its name on the host
   * @param source the local file
   * @param kind its kind (order, headers)
   * @param entry its checksum and size
   * @param isNew whether the host has no file of that name yet (otherwise it changed)
   */
  public record Upload(String name, Path source, FileKind kind, Manifest.Entry entry, boolean isNew) {
    public Upload {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(entry, "entry");
    }
  }

  /** The bytes the uploads send. */
  public long bytes() {
    return uploads.stream().mapToLong(u -> u.entry().size()).sum();
  }

  /** The plan as {@code --dry-run} prints it, one line per file, then a summary. */
  public String describe(String where) {
    StringBuilder out = new StringBuilder();
    int width = uploads.stream().mapToInt(u -> u.name().length()).max().orElse(0);
    for (Upload upload : uploads) {
      out.append(String.format(Locale.ROOT, "upload  %-" + width + "s  %-7s  %s%n", upload.name(),
          upload.isNew() ? "new" : "changed", size(upload.entry().size())));
    }
    for (String name : deletions) {
      out.append("delete  ").append(name).append(System.lineSeparator());
    }
    out.append(summary(where, "would send", "would delete")).append(System.lineSeparator());
    return out.toString();
  }

  /** One line: what was (or would be) sent, left and deleted. */
  public String summary(String where, String sent, String deleted) {
    return String.format(Locale.ROOT, "%s: %s %d files (%s), %d unchanged, %s %d; feed.xml lists %d episodes (%d"
        + " kept from the host)", where, sent, uploads.size(), size(bytes()), unchanged, deleted, deletions.size(),
        episodes, fromHost);
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    } else if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
