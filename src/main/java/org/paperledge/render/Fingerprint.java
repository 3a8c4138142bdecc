package org.paperledge.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import org.paperledge.audio.Music;
import org.paperledge.files.AtomicFiles;
import org.paperledge.files.Digest;
import org.paperledge.model.BuildInfo;

/**
 * Everything an episode's published files depend on, hashed: the script, the show file, the voice profiles and
 * lexicons, the cover (the episode's own, when its front matter names one), the music and the tool's version. When it
 * matches what was recorded at the last render, the episode is up to date and is not rendered again (without even
 * starting MaryTTS).
 */
public final class Fingerprint {
  /** Bump when the renderer's output changes for the same inputs. */
  static final String RENDERER = "render-v3";

  private Fingerprint() {}

  /** The fingerprint of an episode rendered from {@code script} with {@code cover} (its own, or the show's). */
  public static String of(Path script, Path showFile, Path voices, Cover cover) throws IOException {
    MessageDigest sha = Digest.sha256();
    update(sha, RENDERER + "\n" + BuildInfo.current().paperledge() + "\n" + Music.introSource()
        + Music.outroSource());
    sha.update(Files.readAllBytes(script));
    sha.update(Files.readAllBytes(showFile));
    if (Files.isDirectory(voices)) {
      try (Stream<Path> files = Files.list(voices)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          update(sha, file.getFileName().toString());
          sha.update(Files.readAllBytes(file));
        }
      }
    }
    sha.update(cover.identity());
    return Digest.hex(sha);
  }

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  /**
   * Whether the episode {@code slug} in {@code outDir} was rendered from inputs with {@code fingerprint} and its
   * {@code files} (names in {@code outDir}) are all there.
   */
  public static boolean upToDate(Path outDir, String slug, String fingerprint, List<String> files) {
    for (String name : files) {
      if (!Files.isRegularFile(outDir.resolve(name))) {
        return false;
      }
    }
    try {
      return Files.readString(record(outDir, slug), StandardCharsets.UTF_8).strip().equals(fingerprint);
    } catch (IOException e) {
      return false;
    }
  }

  /** Records {@code fingerprint} for {@code slug}, after its files are published. */
  public static void record(Path outDir, String slug, String fingerprint) throws IOException {
    AtomicFiles.writeIfChanged(record(outDir, slug), (fingerprint + "\n").getBytes(StandardCharsets.UTF_8));
  }


  private static Path record(Path outDir, String slug) {
    return outDir.resolve("." + slug + ".inputs");
  }
}
