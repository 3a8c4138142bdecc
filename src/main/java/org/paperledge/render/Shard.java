package org.paperledge.render;

import java.nio.charset.StandardCharsets;
import org.paperledge.files.Digest;

/**
 * One of N shards of a catalog: an episode belongs to the shard its slug's hash picks, so the split is the same
 * on every machine and an episode stays in its shard when others come and go.
 *
 * @param index the 1-based shard
 * @param count how many shards
 */
public record Shard(int index, int count) {
  /** Every episode. */
  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("shard must be K/N with 1 <= K <= N, not " + index + "/" + count);
    }
  }

  /** {@code K/N}, or empty when it is not written so. */
  public static java.util.Optional<Shard> parse(String value) {
    String[] parts = value.split("/");
    if (parts.length != 2 || !parts[0].matches("\\d{1,4}") || !parts[1].matches("\\d{1,4}")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
  }

  /** Whether the episode {@code slug} belongs to this shard. */
  public boolean includes(String slug) {
    if (count == 1) {
      return true;
    }
    byte[] hash = Digest.sha256().digest(slug.getBytes(StandardCharsets.UTF_8));
    long value = ((hash[0] & 0xffL) << 24) | ((hash[1] & 0xffL) << 16) | ((hash[2] & 0xffL) << 8) | (hash[3] & 0xffL);
    return value % count == index - 1;
  }
}
