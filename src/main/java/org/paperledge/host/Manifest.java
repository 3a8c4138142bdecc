package org.paperledge.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a host holds of the show, kept on the host itself: each published file's SHA-256 and size, and the
 * episodes retired from the feed. A publish sends only the files whose checksum differs from it, and rebuilds
 * the feed from every episode it lists, so an episode stays published even when the output folder that
 * publishes lacks it. It is written after the files it lists are in place, so it never lists a missing file.
 *
 * @param files published file name to its checksum and size
 * @param retired slugs taken out of the feed
 */
public record Manifest(SortedMap<String, Entry> files, SortedSet<String> retired) {
  /** The manifest's name on the host. */
  public static final String FILE = "paperledge-manifest.txt";
  private static final String HEADER = "# PaperLedge publish manifest 1: file SHA-256 SIZE NAME, retired SLUG";

  public Manifest {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    retired = Collections.unmodifiableSortedSet(new TreeSet<>(retired));
    for (String name : files.keySet()) {
      if (!isSafeName(name)) {
        throw new IllegalArgumentException("not a published file name: '" + name + "'");
      }
    }
  }

  /**
   * A published file.
   *
   * @param sha256 its SHA-256, 64 lowercase hex digits
   * @param size its size in bytes
   */
  public record Entry(String sha256, long size) {
    public Entry {
      Objects.requireNonNull(sha256, "sha256");
      if (!sha256.matches("[0-9a-f]{64}") || size < 0) {
        throw new IllegalArgumentException("not a checksum and size: " + sha256 + " " + size);
      }
    }
  }

  /** The manifest of a host nothing was published to yet. */
  public static Manifest empty() {
    return new Manifest(new TreeMap<>(), new TreeSet<>());
  }

  /** A manifest with these files and retired slugs. */
  public static Manifest of(Map<String, Entry> files, Set<String> retired) {
    return new Manifest(new TreeMap<>(files), new TreeSet<>(retired));
  }

  /** Whether {@code name} may be published: one plain file name, no folders, no hidden files. */
  public static boolean isSafeName(String name) {
    return name.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*") && !name.contains("..");
  }

  /**
   * Reads a manifest.
   *
   * @throws IOException naming the line that is not understood
   */
  public static Manifest parse(byte[] bytes) throws IOException {
    SortedMap<String, Entry> files = new TreeMap<>();
    SortedSet<String> retired = new TreeSet<>();
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      String[] fields = line.split(" ");
      try {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        } else if (fields[0].equals("file") && fields.length == 4) {
          Entry entry = new Entry(fields[1], Long.parseLong(fields[2]));
          if (!isSafeName(fields[3])) {
            throw new IllegalArgumentException("not a published file name");
          }
          files.put(fields[3], entry);
        } else if (fields[0].equals("retired") && fields.length == 2 && fields[1].matches("[a-z0-9-]+")) {
          retired.add(fields[1]);
        } else {
          throw new IllegalArgumentException("not 'file SHA-256 SIZE NAME' nor 'retired SLUG'");
        }
      } catch (IllegalArgumentException e) {
        throw new IOException(FILE + ":" + (i + 1) + ": " + e.getMessage() + "; fix or delete the manifest"
            + " on the host (without it, everything is sent again)");
      }
    }
    return new Manifest(files, retired);
  }

  /** The manifest as it is stored. */
  public byte[] bytes() {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    files.forEach((name, entry) -> out.append("file ").append(entry.sha256()).append(' ').append(entry.size())
        .append(' ').append(name).append('\n'));
    retired.forEach(slug -> out.append("retired ").append(slug).append('\n'));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
