package org.paperledge.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paperledge.model.Chapter;
import org.paperledge.model.ToolException;

/**
 * The episode as AAC in an M4A, from the same mix as its MP3: the same chunks of samples, each through the same
 * limiter (restarted at every chunk, as each chunk's MP3 encoding restarts it), so that what the AAC encoder gets
 * is, sample for sample, what LAME got. The samples are laid out as the MP3 decodes them (LAME's delay in front,
 * the frame left out at each cut put back as silence), so every chapter and transcript time is the same in both
 * formats. FFmpeg writes the chapters as an MP4 chapter track and Nero chapters, and the cover as the attached
 * picture.
 */
final class M4aEncoder {
  /** AAC bitrate, kbps: mono speech is clear at 64 (two thirds of the MP3's 96); stereo gets 96. */
  static int bitrateKbps(int channels) {
    return channels == 1 ? 64 : 96;
  }

  private M4aEncoder() {}

  /**
   * Encodes the episode made of {@code chunks} into {@code m4a}.
   *
   * @param work a folder for the graph, the metadata and the cover, deleted by the caller
   * @param filters the filters each chunk went through before the MP3 encoder (the limiter)
   * @param codecDelay the samples the MP3 decodes late, put in front
   */
  static void encode(FfmpegTools tools, Path work, List<ChunkEncoder.Chunk> chunks, String filters, int codecDelay,
      Tags tags, List<Chapter> chapters, Optional<Id3v23.Picture> cover, Path m4a, int channels)
      throws ToolException, IOException {
    List<Path> pcm = new ArrayList<>();
    for (ChunkEncoder.Chunk chunk : chunks) {
      if (chunk.pcm().toString().contains("|")) {
        throw new ToolException("encoding M4A: the work folder's path holds a '|': " + chunk.pcm().getParent());
      }
      pcm.add(chunk.pcm());
    }
    Path graph = work.resolve("m4a.graph");
    Files.writeString(graph, graph(chunks, filters, codecDelay), StandardCharsets.UTF_8);
    Path metadata = work.resolve("m4a.ffmetadata");
    Files.writeString(metadata, FfMetadata.of(tags, chapters), StandardCharsets.UTF_8);
    Optional<Path> picture = Optional.empty();
    if (cover.isPresent()) {
      Path file = work.resolve(cover.get().mimeType().equals("image/png") ? "m4a-cover.png" : "m4a-cover.jpg");
      Files.write(file, cover.get().data());
      picture = Optional.of(file);
    }
    tools.run("encoding M4A", FfmpegArgs.m4a(pcm, graph, metadata, picture, m4a, bitrateKbps(channels), channels));
  }

  /**
   * The filter graph: the stream cut back into its chunks ({@code asegment}), each limited and padded to the length
   * its MP3 frames decode to, joined, delayed by the MP3's codec delay and cut to the MP3's decoded length. The
   * samples the AAC encoder gets are those each chunk's limiter gives, one after another, with silence where the
   * MP3 has its decoder delay and encoder padding.
   */
  static String graph(List<ChunkEncoder.Chunk> chunks, String filters, int codecDelay) {
    if (chunks.isEmpty()) {
      throw new IllegalArgumentException("no chunks");
    }
    StringBuilder out = new StringBuilder();
    long decoded = 0;
    long at = 0;
    if (chunks.size() > 1) {
      out.append("[0:a]asegment=samples=");
      for (int i = 0; i < chunks.size() - 1; i++) {
        at += chunks.get(i).samples();
        out.append(i == 0 ? "" : "|").append(at);
      }
      for (int i = 0; i < chunks.size(); i++) {
        out.append("[s").append(i).append(']');
      }
      out.append(";\n");
    }
    for (int i = 0; i < chunks.size(); i++) {
      ChunkEncoder.Chunk chunk = chunks.get(i);
      long length = (long) chunk.frames() * ChunkPlan.FRAME;
      decoded += length;
      // each segment keeps its place in the stream as its timestamps, which concat would add to: start it at 0
      out.append(chunks.size() > 1 ? "[s" + i + "]" : "[0:a]").append("asetpts=PTS-STARTPTS,").append(filters)
          .append(String.format(Locale.ROOT, ",apad=whole_len=%d[a%d];%n", length, i));
    }
    for (int i = 0; i < chunks.size(); i++) {
      out.append("[a").append(i).append(']');
    }
    out.append(String.format(Locale.ROOT, "concat=n=%d:v=0:a=1,adelay=delays=%dS:all=1,atrim=end_sample=%d[out]%n",
        chunks.size(), codecDelay, decoded));
    return out.toString();
  }
}
