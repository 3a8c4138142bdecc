package org.paperledge.cli;

import org.paperledge.render.Shard;
import picocli.CommandLine;

/** Reads {@code --shard K/N}. */
final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
  @Override
  public Shard convert(String value) {
    try {
      return Shard.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "expected K/N such as 2/4, not '" + value + "'"));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
