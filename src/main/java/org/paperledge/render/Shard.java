package org.paperledge.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import picocli.CommandLine;

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

  /** Whether the episode {@code slug} belongs to this shard. */
  public boolean includes(String slug) {
    if (count == 1) {
      return true;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(slug.getBytes(StandardCharsets.UTF_8));
      long value = ((hash[0] & 0xffL) << 24) | ((hash[1] & 0xffL) << 16) | ((hash[2] & 0xffL) << 8) | (hash[3] & 0xffL);
      return value % count == index - 1;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses {@code K/N} on the command line. */
  public static final class Converter implements CommandLine.ITypeConverter<Shard> {
    @Override
    public Shard convert(String value) {
      String[] parts = value.split("/");
      if (parts.length != 2 || !parts[0].matches("\\d{1,4}") || !parts[1].matches("\\d{1,4}")) {
        throw new CommandLine.TypeConversionException("expected K/N such as 2/4, not '" + value + "'");
      }
      try {
        return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
