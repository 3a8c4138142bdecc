package org.paperledge.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the show's cover art: a square PNG of a ledger page with a sound wave and the show's name in a stroked
 * lettering of its own, so that it needs no font and comes out the same on every machine with the same JDK.
 */
public final class CoverArt {
  /** Changes whenever the drawing changes, so that episodes are re-rendered with the new cover. */
  public static final String VERSION = "cover-art-1";
  /** Side of the square cover, pixels (Apple asks for 1400 to 3000). */
  public static final int SIZE = 1400;

  /** Stroke glyphs on a 4 by 6 grid: polylines, x y pairs, separated by '|' between strokes. */
  private static final Map<Character, String> GLYPHS = Map.ofEntries(
      Map.entry('A', "0 6 2 0 4 6|0.8 3.8 3.2 3.8"),
      Map.entry('B', "0 6 0 0 3 0 4 1 4 2 3 3 0 3|3 3 4 4 4 5 3 6 0 6"),
      Map.entry('C', "4 1 3 0 1 0 0 1 0 5 1 6 3 6 4 5"),
      Map.entry('D', "0 0 0 6 2.5 6 4 4.5 4 1.5 2.5 0 0 0"),
      Map.entry('E', "4 0 0 0 0 6 4 6|0 3 3 3"),
      Map.entry('G', "4 1 3 0 1 0 0 1 0 5 1 6 3 6 4 5 4 3.5 2.5 3.5"),
      Map.entry('H', "0 0 0 6|4 0 4 6|0 3 4 3"),
      Map.entry('I', "2 0 2 6|1 0 3 0|1 6 3 6"),
      Map.entry('K', "0 0 0 6|4 0 0 3.5|1.2 2.8 4 6"),
      Map.entry('L', "0 0 0 6 4 6"),
      Map.entry('M', "0 6 0 0 2 3 4 0 4 6"),
      Map.entry('N', "0 6 0 0 4 6 4 0"),
      Map.entry('O', "1 0 3 0 4 1 4 5 3 6 1 6 0 5 0 1 1 0"),
      Map.entry('P', "0 6 0 0 3 0 4 1 4 2 3 3 0 3"),
      Map.entry('R', "0 6 0 0 3 0 4 1 4 2 3 3 0 3|2 3 4 6"),
      Map.entry('S', "4 1 3 0 1 0 0 1 0 2 1 3 3 3 4 4 4 5 3 6 1 6 0 5"),
      Map.entry('T', "0 0 4 0|2 0 2 6"),
      Map.entry('U', "0 0 0 5 1 6 3 6 4 5 4 0"),
      Map.entry('W', "0 0 1 6 2 3 3 6 4 0"),
      Map.entry('Y', "0 0 2 3 4 0|2 3 2 6"));

  private CoverArt() {}

  /** The cover for a show called {@code name}, as PNG bytes. */
  public static byte[] png(String name) throws IOException {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setPaint(new GradientPaint(0, 0, new Color(0x0E3B43), SIZE, SIZE, new Color(0x1F6F5C)));
      g.fillRect(0, 0, SIZE, SIZE);
      drawPage(g);
      drawWave(g);
      drawTitle(g, name.toUpperCase(Locale.ROOT));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // cached in memory: ImageIO's default cache is an imageio*.tmp file, which a stopped run would leave behind
    try (javax.imageio.stream.ImageOutputStream stream = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
      ImageIO.write(image, "png", stream);
    }
    return out.toByteArray();
  }

  private static void drawPage(Graphics2D g) {
    RoundRectangle2D page = new RoundRectangle2D.Double(230, 170, 940, 700, 40, 40);
    g.setColor(new Color(0xF4EBD9));
    g.fill(page);
    g.setColor(new Color(0xC9B99A));
    g.setStroke(new BasicStroke(6));
    for (int y = 260; y <= 800; y += 90) {
      g.drawLine(300, y, 1100, y);
    }
    g.setColor(new Color(0xD9534F));
    g.drawLine(380, 190, 380, 850);
  }

  private static void drawWave(Graphics2D g) {
    GeneralPath wave = new GeneralPath();
    for (int x = 0; x <= 700; x += 4) {
      double envelope = Math.sin(Math.PI * x / 700.0);
      double y = 520 - 190 * envelope * Math.sin(x / 700.0 * 2 * Math.PI * 5.5) * (0.6 + 0.4 * Math.cos(x / 60.0));
      if (x == 0) {
        wave.moveTo(400 + x, y);
      } else {
        wave.lineTo(400 + x, y);
      }
    }
    g.setColor(new Color(0x0E3B43));
    g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(wave);
  }

  private static void drawTitle(Graphics2D g, String title) {
    String text = title.chars().filter(c -> GLYPHS.containsKey((char) c) || c == ' ')
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    if (text.isBlank()) {
      return;
    }
    double advance = 6.0;
    double width = text.length() * advance - 2;
    double scale = Math.min(1100 / width, 38);
    double x0 = (SIZE - width * scale) / 2;
    double y0 = 1240 - 6 * scale;
    g.setColor(new Color(0xF4EBD9));
    g.setStroke(new BasicStroke((float) (scale * 0.9), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 0; i < text.length(); i++) {
      String glyph = GLYPHS.get(text.charAt(i));
      if (glyph == null) {
        continue;
      }
      for (String stroke : glyph.split("\\|")) {
        String[] n = stroke.trim().split(" ");
        GeneralPath path = new GeneralPath();
        for (int k = 0; k + 1 < n.length; k += 2) {
          double x = x0 + (i * advance + Double.parseDouble(n[k])) * scale;
          double y = y0 + Double.parseDouble(n[k + 1]) * scale;
          if (k == 0) {
            path.moveTo(x, y);
          } else {
            path.lineTo(x, y);
          }
        }
        g.draw(path);
      }
    }
  }
}
