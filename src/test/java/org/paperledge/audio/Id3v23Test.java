package org.paperledge.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Chapter;

/** The ID3v2.3 writer, read back by a small independent parser of the frame layout. */
class Id3v23Test {
  private static final Tags TAGS = new Tags("Title", "Ernis", "PaperLedge", "Team", 2026, "About it.", 7);

  /** A parsed frame: id and body. */
  record Frame(String id, byte[] body) {}

  static List<Frame> frames(byte[] bytes, int from, int to) {
    List<Frame> frames = new ArrayList<>();
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int pos = from;
    while (pos + 10 <= to) {
      String id = new String(bytes, pos, 4, StandardCharsets.ISO_8859_1);
      int size = b.getInt(pos + 4);
      assertThat(bytes[pos + 8]).isZero();
      assertThat(bytes[pos + 9]).isZero();
      frames.add(new Frame(id, Arrays.copyOfRange(bytes, pos + 10, pos + 10 + size)));
      pos += 10 + size;
    }
    assertThat(pos).as("frames fill the tag exactly").isEqualTo(to);
    return frames;
  }

  static int tagSize(byte[] tag) {
    return (tag[6] << 21) | (tag[7] << 14) | (tag[8] << 7) | tag[9];
  }

  static Map<String, Frame> byId(List<Frame> frames) {
    Map<String, Frame> map = new LinkedHashMap<>();
    frames.forEach(f -> map.putIfAbsent(f.id(), f));
    return map;
  }

  @Test
  void headerIsVersion23WithSyncsafeSize() {
    byte[] tag = Id3v23.tag(TAGS, Optional.empty(), Optional.empty(), List.of());
    assertThat(new String(tag, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("ID3");
    assertThat(tag[3]).isEqualTo((byte) 3);
    assertThat(tag[4]).isZero();
    assertThat(tag[5]).as("flags").isZero();
    for (int i = 6; i < 10; i++) {
      assertThat(tag[i] & 0x80).as("syncsafe byte %d", i).isZero();
    }
    assertThat(tagSize(tag)).isEqualTo(tag.length - 10);
  }

  @Test
  void writesTheTextFramesInLatin1WhenTheyFit() {
    byte[] tag = Id3v23.tag(TAGS, Optional.empty(), Optional.empty(), List.of());
    Map<String, Frame> frames = byId(frames(tag, 10, tag.length));
    assertThat(frames.keySet()).containsExactly("TIT2", "TPE1", "TALB", "TPE2", "TYER", "TCON", "TRCK", "COMM");
    assertThat(frames.get("TIT2").body()).isEqualTo(latin1("\0Title"));
    assertThat(frames.get("TCON").body()).isEqualTo(latin1("\0Podcast"));
    assertThat(frames.get("TRCK").body()).isEqualTo(latin1("\0" + "7"));
    assertThat(frames.get("TYER").body()).isEqualTo(latin1("\0" + "2026"));
    assertThat(frames.get("COMM").body()).isEqualTo(latin1("\0eng\0About it."));
  }

  @Test
  void usesUtf16WithBomForOtherText() {
    Tags tags = new Tags("Ünïcode → 🎧 עברית", "Ernis", "PaperLedge", "Team", 2026, "", 0);
    byte[] tag = Id3v23.tag(tags, Optional.empty(), Optional.empty(), List.of());
    Map<String, Frame> frames = byId(frames(tag, 10, tag.length));
    byte[] body = frames.get("TIT2").body();
    assertThat(body[0]).isEqualTo((byte) 1);
    assertThat(body[1]).isEqualTo((byte) 0xFF);
    assertThat(body[2]).isEqualTo((byte) 0xFE);
    assertThat(new String(body, 3, body.length - 3, StandardCharsets.UTF_16LE)).isEqualTo("Ünïcode → 🎧 עברית");
    assertThat(frames).doesNotContainKey("TRCK").doesNotContainKey("COMM");
  }

  @Test
  void paperUrlGoesIntoWxxxAndWoaf() {
    byte[] tag = Id3v23.tag(TAGS, Optional.of("https://arxiv.org/abs/1"), Optional.empty(), List.of());
    Map<String, Frame> frames = byId(frames(tag, 10, tag.length));
    assertThat(frames.get("WXXX").body()).isEqualTo(latin1("\0Paper\0https://arxiv.org/abs/1"));
    assertThat(frames.get("WOAF").body()).isEqualTo(latin1("https://arxiv.org/abs/1"));
  }

  @Test
  void coverIsAFrontCoverPicture() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    byte[] tag = Id3v23.tag(TAGS, Optional.empty(), Optional.of(new Id3v23.Picture("image/png", png)), List.of());
    byte[] body = byId(frames(tag, 10, tag.length)).get("APIC").body();
    byte[] head = latin1("\0image/png\0\u0003Cover\0");
    assertThat(Arrays.copyOfRange(body, 0, head.length)).isEqualTo(head);
    assertThat(Arrays.copyOfRange(body, head.length, body.length)).isEqualTo(png);
  }

  @Test
  void chaptersAreAnOrderedTopLevelTableWithTitlesAndUrls() {
    List<Chapter> chapters = List.of(
        new Chapter("Intro", 0, 1500, Optional.empty()),
        new Chapter("Why", 1500, 90_000, Optional.of(java.net.URI.create("https://example.org/why"))));
    byte[] tag = Id3v23.tag(TAGS, Optional.empty(), Optional.empty(), chapters);
    List<Frame> all = frames(tag, 10, tag.length);
    Frame toc = all.stream().filter(f -> f.id().equals("CTOC")).findFirst().orElseThrow();
    assertThat(toc.body()).isEqualTo(latin1("toc\0\u0003\u0002chp0\0chp1\0"));
    List<Frame> chaps = all.stream().filter(f -> f.id().equals("CHAP")).toList();
    assertThat(chaps).hasSize(2);
    ByteBuffer second = ByteBuffer.wrap(chaps.get(1).body());
    assertThat(new String(chaps.get(1).body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("chp1");
    assertThat(second.getInt(5)).isEqualTo(1500);
    assertThat(second.getInt(9)).isEqualTo(90_000);
    assertThat(second.getInt(13)).isEqualTo(-1);
    assertThat(second.getInt(17)).isEqualTo(-1);
    Map<String, Frame> sub = byId(frames(chaps.get(1).body(), 21, chaps.get(1).body().length));
    assertThat(sub.get("TIT2").body()).isEqualTo(latin1("\0Why"));
    assertThat(sub.get("WXXX").body()).isEqualTo(latin1("\0\0https://example.org/why"));
    Map<String, Frame> firstSub = byId(frames(chaps.get(0).body(), 21, chaps.get(0).body().length));
    assertThat(firstSub).containsOnlyKeys("TIT2");
  }

  @Test
  void refusesTagsTooLargeForTheSizeField() {
    byte[] huge = new byte[1 << 28];
    assertThatThrownBy(() -> Id3v23.tag(TAGS, Optional.empty(), Optional.of(new Id3v23.Picture("image/png", huge)),
        List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
