package org.paperledge.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperledge.cache.CacheFolder;
import org.paperledge.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperledge cache}: how big the cache is, and pruning it to a size. */
@Command(name = "cache", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Shows the cache's size, or prunes it (least recently used first).")
final class CacheCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ACTION", defaultValue = "size", description = "size (default) or prune")
  String action;

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "2G",
      description = "With prune: the size to prune to, such as 500M or 2G. Default: ${DEFAULT-VALUE}")
  String maxSize;

  @Option(names = "--cache", paramLabel = "DIR", description = "Cache folder. Default: as for render")
  Optional<Path> cache = Optional.empty();

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() throws InputException, IOException {
    CacheFolder folder = CacheFolder.at(cache.orElseGet(CacheFolder::defaultRoot));
    switch (action) {
      case "size" -> {
        CacheFolder.Size size = folder.size();
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %s (segments %s, encoded chunks %s, music %s,"
                + " covers %s)%n", folder.root(), human(size.total()), human(size.segments()), human(size.encoded()),
            human(size.music()), human(size.covers()));
      }
      case "prune" -> {
        long limit = parse(maxSize);
        long freed = folder.prune(limit);
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: freed %s, %s left (limit %s)%n", folder.root(),
            human(freed), human(folder.size().total()), human(limit));
      }
      default -> throw new InputException(Path.of("cache"), 0, "unknown action '" + action + "' (size or prune)");
    }
    return Main.OK;
  }

  static long parse(String size) throws InputException {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d{1,15})([KMG]?)B?").matcher(size.strip());
    if (!m.matches()) {
      throw new InputException(Path.of("--max-size"), 0, "must be a size such as 500M or 2G, not '" + size + "'");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2).toUpperCase(Locale.ROOT)) {
      case "K" -> n << 10;
      case "M" -> n << 20;
      case "G" -> n << 30;
      default -> n;
    };
  }

  static String human(long bytes) {
    return bytes >= 1 << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1 << 30))
        : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
  }
}
