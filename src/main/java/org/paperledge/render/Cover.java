package org.paperledge.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.paperledge.audio.Id3v23;
import org.paperledge.publish.CoverArt;
import org.paperledge.show.ConfigException;
import org.paperledge.show.Show;

/**
 * The show's cover art: the file the show names, checked against what podcast directories accept, or the one
 * the project draws.
 *
 * @param fileName the name under which it is published beside the episodes
 * @param picture the image and its type
 */
public record Cover(String fileName, Id3v23.Picture picture) {
  /** Smallest and largest side podcast directories accept, pixels. */
  static final int MIN_SIDE = 1400;
  static final int MAX_SIDE = 3000;

  /** The cover for {@code show}. */
  public static Cover of(Show show, Path showFile) throws ConfigException {
    if (show.cover().isEmpty()) {
      try {
        return new Cover("cover.png", new Id3v23.Picture("image/png", CoverArt.png(show.name())));
      } catch (IOException e) {
        throw new IllegalStateException("cannot draw the cover: " + e.getMessage(), e);
      }
    }
    Path file = show.cover().get();
    byte[] bytes;
    BufferedImage image;
    try {
      bytes = Files.readAllBytes(file);
      image = ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new ConfigException(showFile, 0, "cannot read cover " + file + ": " + e.getMessage());
    }
    if (image == null) {
      throw new ConfigException(showFile, 0, "cover " + file + " is not a PNG or JPEG image");
    }
    if (image.getWidth() != image.getHeight() || image.getWidth() < MIN_SIDE || image.getWidth() > MAX_SIDE) {
      throw new ConfigException(showFile, 0, "cover " + file + " is " + image.getWidth() + "x" + image.getHeight()
          + "; it must be square, " + MIN_SIDE + " to " + MAX_SIDE + " pixels a side");
    }
    boolean png = bytes.length > 4 && bytes[0] == (byte) 0x89 && bytes[1] == 'P';
    String ext = png ? "png" : "jpg";
    return new Cover("cover." + ext, new Id3v23.Picture(png ? "image/png" : "image/jpeg", bytes));
  }

  /** Publishes the cover into {@code outDir} unless the same bytes are already there. */
  public void publish(Path outDir) throws IOException {
    Files.createDirectories(outDir);
    Publisher.writeIfChanged(outDir.resolve(fileName), picture.data());
  }

}
