package org.paperledge.host;

import java.util.Optional;

/**
 * The kinds of file a show publishes, in the order they go up (so that nothing published names a file that is not
 * there yet), each with the {@code Content-Type} and {@code Cache-Control} the host should serve it with.
 *
 * <p>Audio caches for a week: its URL never changes, but a re-rendered episode must still reach listeners.
 * Sidecars (chapters, transcripts, cover art) describe the audio and cache as long, so that a player never holds
 * new chapters for old audio for long. The feed, its items and the pages must show a new episode within minutes.
 */
public enum FileKind {
  /** An episode's audio. */
  AUDIO(1, "public, max-age=604800"),
  /** Chapters, transcripts and the cover: the files audio players fetch beside the audio. */
  SIDECAR(1, "public, max-age=604800"),
  /** An episode's feed item ({@code SLUG.xml}), which a later publish rebuilds the feed from. */
  ITEM(2, "public, max-age=300"),
  /** The feed and the listener site's pages (the index's and every episode's). */
  FEED(3, "public, max-age=300"),
  /** The record of what is published, read back by the next publish. */
  MANIFEST(4, "no-cache");

  private final int phase;
  private final String cacheControl;

  FileKind(int phase, String cacheControl) {
    this.phase = phase;
    this.cacheControl = cacheControl;
  }

  /** Files of a lower phase are all uploaded before any of a higher one. */
  public int phase() {
    return phase;
  }

  /** The {@code Cache-Control} header. */
  public String cacheControl() {
    return cacheControl;
  }

  /** The kind of a published file, by name; empty for files that are not published. */
  public static Optional<FileKind> of(String name) {
    if (name.equals(Manifest.FILE)) {
      return Optional.of(MANIFEST);
    }
    if (name.equals("feed.xml") || name.toLowerCase(java.util.Locale.ROOT).endsWith(".html")) {
      return Optional.of(FEED); // every page: an episode's page names its audio, an index page the episodes' pages
    }
    String type = contentType(name);
    if (type.startsWith("audio/")) {
      return Optional.of(AUDIO);
    }
    if (name.endsWith(".xml")) {
      return Optional.of(ITEM);
    }
    return type.equals("application/octet-stream") ? Optional.empty() : Optional.of(SIDECAR);
  }

  /**
   * The {@code Content-Type} of a published file, by its name. Parameters are written without a space
   * ({@code text/html;charset=utf-8}), the form Jetty-based S3 servers keep as it is: they rewrite the spaced form,
   * which breaks the request's signature.
   */
  public static String contentType(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".mp3")) {
      return "audio/mpeg";
    } else if (lower.endsWith(".m4a")) {
      return "audio/mp4";
    } else if (lower.endsWith(".chapters.json") || lower.endsWith(".json")) {
      return "application/json";
    } else if (lower.endsWith(".vtt")) {
      return "text/vtt;charset=utf-8";
    } else if (lower.endsWith(".srt")) {
      return "application/x-subrip;charset=utf-8";
    } else if (lower.equals("feed.xml")) {
      return "application/rss+xml;charset=utf-8";
    } else if (lower.endsWith(".xml")) {
      return "application/xml;charset=utf-8";
    } else if (lower.endsWith(".html")) {
      return "text/html"; // the page declares its charset; s3proxy's Jetty rewrites text/html with one
    } else if (lower.endsWith(".png")) {
      return "image/png";
    } else if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
      return "image/jpeg";
    } else if (name.equals(Manifest.FILE)) {
      return "text/plain"; // ASCII only; s3proxy's Jetty rewrites text/plain with a charset, breaking the signature
    }
    return "application/octet-stream";
  }
}
