package org.paperledge.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperledge.speech.SegmentCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperledge cache}: how big the segment cache is, and pruning it to a size. */
@Command(name = "cache", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Shows the segment cache's size, or prunes it (least recently used first).")
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

  @Override
  public Integer call() {
    Path dir = cache.orElseGet(CacheDir::resolve);
    try {
      switch (action) {
        case "size" -> spec.commandLine().getOut().printf(Locale.ROOT, "%s: %s of segments%n", dir,
            human(SegmentCache.size(dir)));
        case "prune" -> {
          long limit = parse(maxSize);
          long freed = SegmentCache.prune(dir, limit);
          spec.commandLine().getOut().printf(Locale.ROOT, "%s: freed %s, %s left (limit %s)%n", dir, human(freed),
              human(SegmentCache.size(dir)), human(limit));
        }
        default -> {
          spec.commandLine().getErr().println("paperledge: cache: unknown action '" + action
              + "' (size or prune)");
          return Main.BAD_INPUT;
        }
      }
      return Main.OK;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("paperledge: cache: " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (IOException e) {
      spec.commandLine().getErr().println("paperledge: " + dir + ": " + e.getMessage());
      return Main.FAILED;
    }
  }

  static long parse(String size) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d+)([KMG]?)B?").matcher(size.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("--max-size must be a size such as 500M or 2G, not '" + size + "'");
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
