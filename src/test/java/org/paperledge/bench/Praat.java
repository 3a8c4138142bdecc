package org.paperledge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperledge.audio.ProcessRunner;
import org.paperledge.audio.VoiceTrackWriter;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;

/**
 * Praat's pitch tracker, run on PCM: {@code To Pitch: 0.01, 60, 500} (10 ms steps, 60 to 500 Hz), as the voice
 * measurements in this project are made. Needs Debian's {@code praat}.
 */
public final class Praat {
  private static final String SCRIPT = """
      form Pitch track
        sentence file
      endform
      sound = Read from file: file$
      pitch = To Pitch: 0.01, 60, 500
      n = Get number of frames
      for i to n
        f = Get value in frame: i, "Hertz"
        if f <> undefined
          t = Get time from frame number: i
          appendInfoLine: fixed$(t, 4), " ", fixed$(f, 3)
        endif
      endfor
      """;

  private final Path executable;
  private final Path work;
  private final Path script;
  private int files;

  private Praat(Path executable, Path work) throws IOException {
    this.executable = executable;
    this.work = work;
    this.script = work.resolve("pitch.praat");
    Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
  }

  /** Praat at {@code /usr/bin/praat}, writing its inputs under {@code work}. */
  public static Praat in(Path work) throws IOException {
    Path praat = Path.of("/usr/bin/praat");
    if (!Files.isExecutable(praat)) {
      throw new IOException("Praat is not installed (apt-get install praat)");
    }
    return new Praat(praat, work);
  }

  /** The F0 track of {@code pcm}, times from its first sample. */
  public PitchTrack pitch(Pcm pcm) throws IOException, ToolException {
    Path wav = work.resolve("pitch-" + (files++) + ".wav");
    try (VoiceTrackWriter writer = new VoiceTrackWriter(wav)) {
      writer.append(pcm);
    }
    String out = new ProcessRunner(Map.of()).run("praat", executable,
        List.of("--run", script.toString(), wav.toAbsolutePath().toString()), Duration.ofMinutes(5)).stdout();
    Files.delete(wav);
    List<double[]> rows = new ArrayList<>();
    for (String line : out.split("\n")) {
      String[] parts = line.trim().split(" ");
      if (parts.length == 2) {
        rows.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
      }
    }
    return new PitchTrack(rows.stream().mapToDouble(r -> r[0]).toArray(),
        rows.stream().mapToDouble(r -> r[1]).toArray());
  }
}
