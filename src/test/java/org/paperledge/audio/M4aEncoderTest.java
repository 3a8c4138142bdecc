package org.paperledge.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Chapter;

/** The M4A's filter graph, its FFmpeg arguments and its metadata file: the arithmetic and text, without FFmpeg. */
class M4aEncoderTest {
  private static final String LIMITER = FfmpegArgs.limiter(-2.0, 0.0);

  private static ChunkEncoder.Chunk chunk(int index, long samples, int frames) {
    return new ChunkEncoder.Chunk(index, samples, frames, Path.of("/work/chunk-0000" + index + ".f32"), null);
  }

  @Test
  void theGraphCutsTheStreamBackIntoItsChunksAndLaysThemOutAsTheMp3Decodes() {
    // two chunks cut at a pause (a whole number of frames, then one frame more), then the last one
    List<ChunkEncoder.Chunk> chunks = List.of(chunk(0, 10 * 1152, 11), chunk(1, 20 * 1152, 21), chunk(2, 5000, 6));

    assertThat(M4aEncoder.graph(chunks, LIMITER, 1105)).isEqualTo(String.format("""
        [0:a]asegment=samples=11520|34560[s0][s1][s2];
        [s0]asetpts=PTS-STARTPTS,%1$s,apad=whole_len=12672[a0];
        [s1]asetpts=PTS-STARTPTS,%1$s,apad=whole_len=24192[a1];
        [s2]asetpts=PTS-STARTPTS,%1$s,apad=whole_len=6912[a2];
        [a0][a1][a2]concat=n=3:v=0:a=1,adelay=delays=1105S:all=1,atrim=end_sample=43776[out]
        """, LIMITER));
    // 43776 samples = 38 frames, the MP3's decoded length
    assertThat(43776).isEqualTo((11 + 21 + 6) * ChunkPlan.FRAME);
  }

  @Test
  void aSingleChunkNeedsNoSegments() {
    String graph = M4aEncoder.graph(List.of(chunk(0, 5000, 6)), "volume=0.25dB," + LIMITER, 1105);

    assertThat(graph).startsWith("[0:a]asetpts=PTS-STARTPTS,volume=0.25dB,aresample=192000,alimiter=").doesNotContain("asegment")
        .endsWith("concat=n=1:v=0:a=1,adelay=delays=1105S:all=1,atrim=end_sample=6912[out]\n");
  }

  @Test
  void theArgumentsReadTheChunksAsOneStreamAndWriteAnM4aWithChaptersAndCover() {
    List<String> args = FfmpegArgs.m4a(List.of(Path.of("/w/a.f32"), Path.of("/w/b.f32")), Path.of("/w/m4a.graph"),
        Path.of("/w/m4a.ffmetadata"), Optional.of(Path.of("/w/cover.png")), Path.of("/out/ep.m4a"), 64, 1);

    String line = String.join(" ", args);
    assertThat(line).contains("-filter_complex_script /w/m4a.graph")
        .contains("-f f32le -ar 48000 -ac 1 -i concat:/w/a.f32|/w/b.f32")
        .contains("-f ffmetadata -i /w/m4a.ffmetadata", "-i /w/cover.png")
        .contains("-map [out]", "-map 2:v -c:v copy -disposition:v:0 attached_pic", "-map_metadata 1",
            "-map_chapters 1", "-acodec aac", "-b:a 64000", "-ar 48000", "-ac 1", "-fflags +bitexact",
            "-flags:a +bitexact", "-f ipod")
        .endsWith("/out/ep.m4a");
    assertThat(line.indexOf("-filter_complex_script")).isLessThan(line.indexOf("-map [out]"));
    List<String> bare = FfmpegArgs.m4a(List.of(Path.of("/w/a.f32")), Path.of("/w/g"), Path.of("/w/m"),
        Optional.empty(), Path.of("/out/ep.m4a"), 96, 2);
    assertThat(String.join(" ", bare)).doesNotContain("attached_pic", "2:v").contains("-ac 2", "-b:a 96000");
  }

  @Test
  void theMetadataFileEscapesWhatFfmpegWouldReadAsSyntax() {
    Tags tags = new Tags("Q&A: a=b; c#d \\ end\nsecond", "Ernis", "PaperLedge", "The team", 2026, "A comment.", 7);
    String text = FfMetadata.of(tags, List.of(new Chapter("Intro", 0, 1500, Optional.empty()),
        new Chapter("x=1;\r\ny#", 1500, 4000, Optional.empty())));

    assertThat(text).isEqualTo("""
        ;FFMETADATA1
        title=Q&A: a\\=b\\; c\\#d \\\\ end\\
        second
        artist=Ernis
        album=PaperLedge
        album_artist=The team
        date=2026
        genre=Podcast
        track=7
        comment=A comment.
        [CHAPTER]
        TIMEBASE=1/1000
        START=0
        END=1500
        title=Intro
        [CHAPTER]
        TIMEBASE=1/1000
        START=1500
        END=4000
        title=x\\=1\\;\\
        y\\#
        """);
    assertThat(M4aEncoder.bitrateKbps(1)).isEqualTo(64);
    assertThat(M4aEncoder.bitrateKbps(2)).isEqualTo(96);
  }
}
