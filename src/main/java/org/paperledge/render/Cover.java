package org.paperledge.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.paperledge.audio.Id3v23;
import org.paperledge.cache.ContentStore;
import org.paperledge.files.AtomicFiles;
import org.paperledge.files.Digest;
import org.paperledge.model.InputException;
import org.paperledge.publish.CoverArt;
import org.paperledge.script.EpisodeMeta;
import org.paperledge.script.Script;
import org.paperledge.show.Show;

/**
 * Cover art: the show's (the file the show names, checked against what podcast directories accept, or the one
 * the project draws), or an episode's own, named in its front matter and checked the same way. A drawn cover is drawn
 * only when first needed: checking whether episodes are up to date uses what it is drawn from.
 */
public final class Cover {
  /** Smallest and largest side podcast directories accept, pixels. */
  static final int MIN_SIDE = 1400;
  static final int MAX_SIDE = 3000;

  private final String fileName;
  private final Supplier<Id3v23.Picture> drawing;
  private final String identity;
  private Id3v23.Picture picture;

  /**
   * @param fileName the name under which it is published beside the episodes
   * @param picture the image and its type
   */
  public Cover(String fileName, Id3v23.Picture picture) {
    this(fileName, () -> picture, null);
    this.picture = picture;
  }

  private Cover(String fileName, Supplier<Id3v23.Picture> drawing, String identity) {
    this.fileName = fileName;
    this.drawing = drawing;
    this.identity = identity;
  }

  /** The name under which it is published beside the episodes. */
  public String fileName() {
    return fileName;
  }

  /** The image and its type (drawn now if it has not been). */
  public synchronized Id3v23.Picture picture() {
    if (picture == null) {
      picture = drawing.get();
    }
    return picture;
  }

  /**
   * This cover, kept once drawn in {@code store} and taken from there by later runs: drawing it costs a fresh JVM
   * about half a second. A cover read from a file, or a null store, gives this cover as it is.
   */
  public Cover cachedIn(ContentStore store) {
    if (identity == null || store == null) {
      return this;
    }
    String key = Digest.hex(identity);
    return new Cover(fileName, () -> {
      Optional<byte[]> kept = store.get(key);
      if (kept.isPresent()) {
        return new Id3v23.Picture("image/png", kept.get());
      }
      Id3v23.Picture drawn = drawing.get();
      store.put(key, drawn.data());
      return drawn;
    }, identity);
  }

  /** What the cover is made from: enough to tell whether it changed, without drawing it. */
  public byte[] identity() {
    return identity != null ? identity.getBytes(StandardCharsets.UTF_8) : picture().data();
  }

  /** The cover for {@code show}. */
  public static Cover of(Show show, Path showFile) throws InputException {
    if (show.cover().isEmpty()) {
      String name = show.name();
      return new Cover("cover.png", () -> {
        try {
          return new Id3v23.Picture("image/png", CoverArt.png(name));
        } catch (IOException e) {
          throw new IllegalStateException("cannot draw the cover: " + e.getMessage(), e);
        }
      }, "drawn by " + CoverArt.VERSION + " for " + name);
    }
    Id3v23.Picture picture = read(show.cover().get(), showFile, 0);
    return new Cover("cover." + extension(picture), picture);
  }

  /**
   * The episode's own cover art, if its front matter names one, checked as the show's is; published beside its
   * MP3 as {@code SLUG.png} or {@code SLUG.jpg}.
   *
   * @throws InputException naming the script and the line of {@code cover:} when the image will not do
   */
  public static Optional<Cover> forEpisode(Script script) throws InputException {
    Optional<EpisodeMeta.Art> art = script.meta().cover();
    if (art.isEmpty()) {
      return Optional.empty();
    }
    Id3v23.Picture picture = read(art.get().file(), script.file(), art.get().line());
    return Optional.of(new Cover(script.meta().slug() + "." + extension(picture), picture));
  }

  /**
   * Reads {@code file}, named at {@code line} of {@code source}, and checks it is what podcast apps accept. Only the
   * image's header is decoded (its format and size), so that checking a large cover costs little.
   */
  private static Id3v23.Picture read(Path file, Path source, int line) throws InputException {
    byte[] bytes;
    String format = null;
    int width = 0;
    int height = 0;
    try {
      bytes = Files.readAllBytes(file);
      // cached in memory: ImageIO's default cache is a temporary file, which a stopped run would leave behind
      try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (readers.hasNext()) {
          ImageReader reader = readers.next();
          try {
            reader.setInput(in, true, true);
            format = reader.getFormatName().toLowerCase(Locale.ROOT);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
          } finally {
            reader.dispose();
          }
        }
      }
    } catch (IOException e) {
      throw new InputException(source, line, "cannot read cover " + file + ": " + e.getMessage());
    }
    boolean png = "png".equals(format);
    if (!png && !"jpeg".equals(format)) {
      throw new InputException(source, line, "cover " + file + " is not a PNG or JPEG image");
    }
    if (width != height || width < MIN_SIDE || width > MAX_SIDE) {
      throw new InputException(source, line, "cover " + file + " is " + width + "x" + height
          + "; it must be square, " + MIN_SIDE + " to " + MAX_SIDE + " pixels a side");
    }
    return new Id3v23.Picture(png ? "image/png" : "image/jpeg", bytes);
  }

  private static String extension(Id3v23.Picture picture) {
    return picture.mimeType().equals("image/png") ? "png" : "jpg";
  }

  /** Publishes the cover into {@code outDir} unless the same bytes are already there. */
  public void publish(Path outDir) throws IOException {
    Files.createDirectories(outDir);
    AtomicFiles.writeIfChanged(outDir.resolve(fileName), picture().data());
  }

}
