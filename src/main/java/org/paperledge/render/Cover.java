package org.paperledge.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.paperledge.audio.Id3v23;
import org.paperledge.cache.ContentStore;
import org.paperledge.files.AtomicFiles;
import org.paperledge.files.Digest;
import org.paperledge.model.InputException;
import org.paperledge.publish.CoverArt;
import org.paperledge.show.Show;

/**
 * The show's cover art: the file the show names, checked against what podcast directories accept, or the one
 * the project draws. A drawn cover is drawn only when first needed: checking whether episodes are up to date
 * uses what it is drawn from.
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
      java.util.Optional<byte[]> kept = store.get(key);
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
    Path file = show.cover().get();
    byte[] bytes;
    BufferedImage image;
    try {
      bytes = Files.readAllBytes(file);
      // cached in memory: ImageIO's default cache is a temporary file, which a stopped run would leave behind
      image = ImageIO.read(new javax.imageio.stream.MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new InputException(showFile, 0, "cannot read cover " + file + ": " + e.getMessage());
    }
    if (image == null) {
      throw new InputException(showFile, 0, "cover " + file + " is not a PNG or JPEG image");
    }
    if (image.getWidth() != image.getHeight() || image.getWidth() < MIN_SIDE || image.getWidth() > MAX_SIDE) {
      throw new InputException(showFile, 0, "cover " + file + " is " + image.getWidth() + "x" + image.getHeight()
          + "; it must be square, " + MIN_SIDE + " to " + MAX_SIDE + " pixels a side");
    }
    boolean png = bytes.length > 4 && bytes[0] == (byte) 0x89 && bytes[1] == 'P';
    String ext = png ? "png" : "jpg";
    return new Cover("cover." + ext, new Id3v23.Picture(png ? "image/png" : "image/jpeg", bytes));
  }

  /** Publishes the cover into {@code outDir} unless the same bytes are already there. */
  public void publish(Path outDir) throws IOException {
    Files.createDirectories(outDir);
    AtomicFiles.writeIfChanged(outDir.resolve(fileName), picture().data());
  }

}
