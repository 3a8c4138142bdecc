package org.paperledge.publish;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/** Name-based (version 5) UUIDs, used for guids that never change while the names stay the same. */
public final class EpisodeGuid {
  /** The Podcasting 2.0 namespace for {@code podcast:guid}. */
  public static final UUID PODCAST_NAMESPACE = UUID.fromString("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");

  private EpisodeGuid() {}

  /** A version 5 UUID of {@code name} in {@code namespace} (RFC 9562). */
  public static UUID v5(UUID namespace, String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      ByteBuffer ns = ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
          .putLong(namespace.getLeastSignificantBits());
      sha1.update(ns.array());
      byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
      return new UUID(bytes.getLong(), bytes.getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The guid of an episode: fixed by the show's name and the episode's slug, so re-renders keep it. */
  public static String forEpisode(String showName, String slug) {
    return v5(PODCAST_NAMESPACE, showName.strip().toLowerCase(Locale.ROOT) + "/episodes/" + slug).toString();
  }
}
