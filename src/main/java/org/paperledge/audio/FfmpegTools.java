package org.paperledge.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.paperledge.cache.CacheFolder;
import org.paperledge.files.TempFiles;
import org.paperledge.model.BuildInfo;
import org.paperledge.model.ToolException;

/**
 * Finds the ffmpeg executable, a path given by the user or the one embedded in the {@code org.bytedeco:ffmpeg}
 * jar (extracted once into the cache folder), and says how long a step may run.
 *
 * @param ffmpeg the ffmpeg executable
 * @param environment variables the executable needs (the library path of the embedded build)
 */
public record FfmpegTools(Path ffmpeg, Map<String, String> environment) {
  /** Environment variable naming another ffmpeg executable. */
  public static final String ENV = "PAPERLEDGE_FFMPEG";
  /** Environment variable: the longest an FFmpeg step may take, in seconds (default 1800). */
  public static final String TIMEOUT_ENV = "PAPERLEDGE_FFMPEG_TIMEOUT";
  /** System property overriding {@link #TIMEOUT_ENV}, for embedding and tests. */
  public static final String TIMEOUT_PROPERTY = "paperledge.ffmpeg.timeout";
  private static final String EMBEDDED = "org/bytedeco/ffmpeg/linux-x86_64/";

  public FfmpegTools {
    environment = Map.copyOf(environment);
  }

  /**
   * What identifies this build for caching its output: the executable's path, size and modification time (the
   * embedded build's path names its version).
   */
  public String identity() {
    try {
      return ffmpeg.toAbsolutePath() + " " + Files.size(ffmpeg) + " " + Files.getLastModifiedTime(ffmpeg).toMillis();
    } catch (IOException e) {
      return ffmpeg.toAbsolutePath().toString();
    }
  }

  /** A runner whose children get this build's environment. */
  public ProcessRunner runner() {
    return new ProcessRunner(environment);
  }

  /** Runs ffmpeg with {@code args} for {@code step}, within {@link #timeout()}. */
  public ProcessRunner.Result run(String step, List<String> args) throws ToolException {
    return runner().run(step, ffmpeg, args, timeout());
  }

  /** Encodes a WAV file (a preview: no limiter, no mastering) to an MP3 at {@code bitrateKbps}. */
  public void previewMp3(Path wav, Path mp3, int bitrateKbps) throws ToolException {
    run("encoding MP3", FfmpegArgs.previewMp3(wav, mp3, bitrateKbps));
  }

  /** The longest an FFmpeg step may take: {@link #TIMEOUT_PROPERTY}, else {@link #TIMEOUT_ENV}, else 30 min. */
  public static Duration timeout() {
    String value = System.getProperty(TIMEOUT_PROPERTY, System.getenv(TIMEOUT_ENV));
    if (value != null && value.strip().matches("\\d{1,6}") && Integer.parseInt(value.strip()) > 0) {
      return Duration.ofSeconds(Integer.parseInt(value.strip()));
    }
    return Duration.ofMinutes(30);
  }

  /**
   * The tools to use: {@code chosen} if given, else {@code $PAPERLEDGE_FFMPEG}, else the embedded build.
   *
   * @param cache where the embedded build is extracted
   */
  public static FfmpegTools locate(Optional<Path> chosen, CacheFolder cache) throws ToolException {
    Optional<Path> custom = chosen.or(() -> Optional.ofNullable(System.getenv(ENV)).filter(s -> !s.isBlank())
        .map(Path::of));
    if (custom.isPresent()) {
      Path ffmpeg = custom.get();
      if (!Files.isRegularFile(ffmpeg) || !Files.isExecutable(ffmpeg)) {
        throw new ToolException("ffmpeg: " + ffmpeg + " is not an executable file");
      }
      return new FfmpegTools(ffmpeg, Map.of());
    }
    Path dir = cache.tool("ffmpeg-" + BuildInfo.current().ffmpegPackage());
    if (!Files.isExecutable(dir.resolve("ffprobe"))) {
      try {
        extract(dir);
      } catch (IOException | UncheckedIOException e) {
        // A full or read-only cache folder: this run extracts FFmpeg for itself, and deletes it when it ends.
        cache.unwritable(dir.getParent(), "cannot extract FFmpeg there: " + message(e));
        dir = extractForThisRun();
      }
    }
    return new FfmpegTools(dir.resolve("ffmpeg"), Map.of("LD_LIBRARY_PATH", dir.toString()));
  }

  private static Path extractForThisRun() throws ToolException {
    try {
      Path dir = TempFiles.folder("paperledge-ffmpeg-").resolve("ffmpeg");
      extract(dir);
      return dir;
    } catch (IOException | UncheckedIOException e) {
      throw new ToolException("ffmpeg: cannot extract the embedded FFmpeg: " + message(e), e);
    }
  }

  private static String message(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    if (cause instanceof FileAlreadyExistsException exists) {
      text = exists.getFile() + " is a file, not a folder";
    } else if (cause instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      text = fse.getReason();
    }
    return text;
  }

  /** Extracts the embedded build into {@code target}, atomically, so concurrent runs never see half a folder. */
  private static void extract(Path target) throws ToolException, IOException {
    URL probe = FfmpegTools.class.getClassLoader().getResource(EMBEDDED + "ffmpeg");
    if (probe == null) {
      throw new ToolException("ffmpeg: the embedded FFmpeg for linux-x86_64 is missing from the class path;"
          + " pass --ffmpeg or set " + ENV);
    }
    Files.createDirectories(target.getParent());
    Path staging = TempFiles.folder(target.getParent(), ".ffmpeg-");
    try {
      copyEntries(probe, staging);
      try (InputStream stub = FfmpegTools.class.getResourceAsStream("libpulse-stub.so")) {
        if (stub == null) {
          throw new ToolException("ffmpeg: libpulse stand-in missing from the jar");
        }
        Files.copy(stub, staging.resolve("libpulse.so.0"));
      }
      // The JNI loader would create these version links; the executables need them too.
      link(staging, "libva.so.2", "libva.so");
      link(staging, "libva-drm.so.2", "libva-drm.so");
      for (String exe : new String[] {"ffmpeg", "ffprobe"}) {
        if (!staging.resolve(exe).toFile().setExecutable(true)) {
          throw new ToolException("ffmpeg: cannot make " + staging.resolve(exe) + " executable");
        }
      }
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
        // another process finished first
      }
    } finally {
      TempFiles.delete(staging); // gone if it was moved into place; else half a copy
    }
  }

  private static void link(Path dir, String name, String existing) throws IOException {
    if (Files.exists(dir.resolve(existing)) && !Files.exists(dir.resolve(name))) {
      Files.createSymbolicLink(dir.resolve(name), Path.of(existing));
    }
  }

  private static void copyEntries(URL probe, Path staging) throws IOException {
    URLConnection connection = probe.openConnection();
    if (connection instanceof JarURLConnection jar) {
      jar.setUseCaches(false);
      try (JarFile file = jar.getJarFile()) {
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
          JarEntry entry = entries.nextElement();
          String name = entry.getName();
          if (name.startsWith(EMBEDDED) && !entry.isDirectory() && !name.substring(EMBEDDED.length()).contains("/")
              && !name.contains("libjni")) {
            try (InputStream in = file.getInputStream(entry)) {
              Files.copy(in, staging.resolve(name.substring(EMBEDDED.length())));
            }
          }
        }
      }
      return;
    }
    try {
      Path source = Path.of(probe.toURI()).getParent();
      try (var files = Files.list(source)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          if (!file.getFileName().toString().contains("libjni")) {
            Files.copy(file, staging.resolve(file.getFileName().toString()));
          }
        }
      }
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

}
