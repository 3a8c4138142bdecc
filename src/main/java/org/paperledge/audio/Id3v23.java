package org.paperledge.audio;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperledge.model.Chapter;

/**
 * Writes an ID3v2.3 tag: text frames, comment, URL frames, the cover picture (APIC) and chapters (CTOC and CHAP,
 * per the ID3v2 Chapter Frame Addendum). Written here rather than by FFmpeg, which can write neither URL frames
 * nor a URL inside a chapter, and whose ID3v2.4 chapter frames are sized wrongly.
 *
 * <p>The output is deterministic: the same input gives the same bytes.
 */
public final class Id3v23 {
  private static final int HEADER = 10;

  private Id3v23() {}

  /**
   * A picture for the APIC frame.
   *
   * @param mimeType {@code image/png} or {@code image/jpeg}
   * @param data the image file's bytes
   */
  public record Picture(String mimeType, byte[] data) {
    public Picture {
      Objects.requireNonNull(mimeType, "mimeType");
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }
  }

  /**
   * The complete tag.
   *
   * @param tags the episode's text tags
   * @param paperUrl the paper's URL (a WXXX frame described "Paper" and WOAF), if any
   * @param cover the cover art, if any
   * @param chapters the chapters, in order (CHAP frames, with a WXXX link where a chapter has one)
   */
  public static byte[] tag(Tags tags, Optional<String> paperUrl, Optional<Picture> cover, List<Chapter> chapters) {
    ByteArrayOutputStream frames = new ByteArrayOutputStream();
    text(frames, "TIT2", tags.title());
    text(frames, "TPE1", tags.artist());
    text(frames, "TALB", tags.album());
    text(frames, "TPE2", tags.albumArtist());
    text(frames, "TYER", Integer.toString(tags.year()));
    text(frames, "TCON", "Podcast");
    if (tags.track() > 0) {
      text(frames, "TRCK", Integer.toString(tags.track()));
    }
    if (!tags.comment().isBlank()) {
      frame(frames, "COMM", comment(tags.comment()));
    }
    paperUrl.ifPresent(url -> {
      frame(frames, "WXXX", userUrl("Paper", url));
      frame(frames, "WOAF", latin1(url));
    });
    cover.ifPresent(picture -> frame(frames, "APIC", picture(picture)));
    if (!chapters.isEmpty()) {
      frame(frames, "CTOC", tableOfContents(chapters.size()));
      for (int i = 0; i < chapters.size(); i++) {
        frame(frames, "CHAP", chapter("chp" + i, chapters.get(i)));
      }
    }
    byte[] body = frames.toByteArray();
    ByteArrayOutputStream tag = new ByteArrayOutputStream(HEADER + body.length);
    tag.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0});
    tag.writeBytes(syncsafe(body.length));
    tag.writeBytes(body);
    return tag.toByteArray();
  }

  private static byte[] tableOfContents(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(latin1("toc"));
    out.write(0);
    out.write(0x03); // top-level, ordered
    out.write(count);
    for (int i = 0; i < count; i++) {
      out.writeBytes(latin1("chp" + i));
      out.write(0);
    }
    return out.toByteArray();
  }

  private static byte[] chapter(String id, Chapter chapter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(latin1(id));
    out.write(0);
    out.writeBytes(int32(chapter.startMs()));
    out.writeBytes(int32(chapter.endMs()));
    out.writeBytes(int32(0xFFFFFFFFL)); // byte offsets unused
    out.writeBytes(int32(0xFFFFFFFFL));
    text(out, "TIT2", chapter.title());
    chapter.url().ifPresent(url -> frame(out, "WXXX", userUrl("", url.toString())));
    return out.toByteArray();
  }

  private static void text(ByteArrayOutputStream out, String id, String value) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    encoded(body, value);
    frame(out, id, body.toByteArray());
  }

  private static byte[] comment(String value) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    boolean latin = isLatin1(value);
    body.write(latin ? 0 : 1);
    body.writeBytes(latin1("eng"));
    if (latin) {
      body.write(0); // empty description
      body.writeBytes(latin1(value));
    } else {
      body.writeBytes(utf16(""));
      body.write(0);
      body.write(0);
      body.writeBytes(utf16(value));
    }
    return body.toByteArray();
  }

  private static byte[] userUrl(String description, String url) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(0);
    body.writeBytes(latin1(description));
    body.write(0);
    body.writeBytes(latin1(url));
    return body.toByteArray();
  }

  private static byte[] picture(Picture picture) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(0);
    body.writeBytes(latin1(picture.mimeType()));
    body.write(0);
    body.write(0x03); // front cover
    body.writeBytes(latin1("Cover"));
    body.write(0);
    body.writeBytes(picture.data);
    return body.toByteArray();
  }

  /** Text with its encoding byte: ISO-8859-1 when it fits, else UTF-16 with a byte order mark. */
  private static void encoded(ByteArrayOutputStream body, String value) {
    if (isLatin1(value)) {
      body.write(0);
      body.writeBytes(latin1(value));
    } else {
      body.write(1);
      body.writeBytes(utf16(value));
    }
  }

  private static void frame(ByteArrayOutputStream out, String id, byte[] body) {
    out.writeBytes(latin1(id));
    out.writeBytes(int32(body.length));
    out.write(0);
    out.write(0);
    out.writeBytes(body);
  }

  private static boolean isLatin1(String value) {
    return value.chars().allMatch(c -> c >= 0x20 && c <= 0xFF && !(c >= 0x7F && c <= 0x9F));
  }

  private static byte[] latin1(String value) {
    return value.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] utf16(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
    byte[] out = new byte[bytes.length + 2];
    out[0] = (byte) 0xFF;
    out[1] = (byte) 0xFE;
    System.arraycopy(bytes, 0, out, 2, bytes.length);
    return out;
  }

  private static byte[] int32(long value) {
    return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
  }

  private static byte[] syncsafe(int size) {
    if (size >= 1 << 28) {
      throw new IllegalArgumentException("ID3 tag too large: " + size + " bytes");
    }
    return new byte[] {(byte) ((size >> 21) & 0x7F), (byte) ((size >> 14) & 0x7F), (byte) ((size >> 7) & 0x7F),
        (byte) (size & 0x7F)};
  }
}
