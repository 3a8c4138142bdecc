package org.paperledge.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.paperledge.cache.ContentStore;
import org.paperledge.files.TempFiles;
import org.paperledge.files.Digest;
import org.paperledge.model.Pcm;
import org.paperledge.model.ToolException;

/**
 * The show's music, synthesized by FFmpeg's {@code aevalsrc} from a formula: nothing is downloaded or stored, and
 * the same formula always gives the same samples.
 *
 * <p>Both cues are a soft major-seventh pad under a plucked arpeggio. The intro plays at full level, ducks under
 * the spoken intro at {@link #INTRO_VOICE_START} and fades out; the outro enters under the closing words, rises
 * after them and fades out.
 */
public final class Music {
  /** Length of the intro cue, seconds. */
  public static final double INTRO_LENGTH = 9.0;
  /** When the voice starts over the intro, seconds. */
  public static final double INTRO_VOICE_START = 3.5;
  /** How long before the end of the voice the outro cue enters, seconds. */
  public static final double OUTRO_LEAD = 1.5;
  /** Length of the outro cue, seconds. */
  public static final double OUTRO_LENGTH = 9.0;
  /** Level of the music under speech, relative to full. */
  private static final double DUCKED = 0.12;

  private Music() {}

  /** The {@code aevalsrc} filter for the intro cue. */
  public static String introSource() {
    String envelope = String.format(Locale.ROOT,
        "min(1,t/0.05)*if(lt(t,%1$.3f),1,if(lt(t,%2$.3f),1-(1-%3$.3f)*(t-%1$.3f)/%4$.3f,%3$.3f))"
            + "*if(gt(t,%5$.3f),max(0,(%6$.3f-t)/%7$.3f),1)",
        INTRO_VOICE_START - 0.6, INTRO_VOICE_START, DUCKED, 0.6, INTRO_LENGTH - 2.5, INTRO_LENGTH, 2.5);
    return source(envelope, INTRO_LENGTH, new double[] {261.63, 329.63, 392.00, 493.88},
        new double[] {523.25, 659.25, 783.99, 987.77, 783.99, 659.25});
  }

  /** The {@code aevalsrc} filter for the outro cue. */
  public static String outroSource() {
    String envelope = String.format(Locale.ROOT,
        "if(lt(t,%1$.3f),%2$.3f*t/%1$.3f,if(lt(t,%3$.3f),%2$.3f+(1-%2$.3f)*(t-%1$.3f)/%4$.3f,1))"
            + "*if(gt(t,%5$.3f),max(0,(%6$.3f-t)/%7$.3f),1)",
        0.5, DUCKED, OUTRO_LEAD + 0.8, OUTRO_LEAD + 0.3, OUTRO_LENGTH - 3.5, OUTRO_LENGTH, 3.5);
    return source(envelope, OUTRO_LENGTH, new double[] {220.00, 277.18, 329.63, 415.30},
        new double[] {440.00, 554.37, 659.25, 830.61, 659.25, 554.37});
  }

  private static String source(String envelope, double length, double[] pad, double[] arpeggio) {
    StringBuilder padExpr = new StringBuilder();
    for (double f : pad) {
      padExpr.append(String.format(Locale.ROOT, "+sin(2*PI*%.2f*t)", f));
    }
    // One arpeggio note every 0.25 s, chosen by the note index; each rises in 5 ms and decays.
    String index = String.format(Locale.ROOT, "mod(floor(t*4),%d)", arpeggio.length);
    StringBuilder freq = new StringBuilder();
    for (int i = 0; i < arpeggio.length - 1; i++) {
      freq.append(String.format(Locale.ROOT, "if(eq(%s,%d),%.2f,", index, i, arpeggio[i]));
    }
    freq.append(String.format(Locale.ROOT, "%.2f", arpeggio[arpeggio.length - 1]));
    freq.append(")".repeat(arpeggio.length - 1));
    String pluck = "min(1,mod(t,0.25)/0.005)*exp(-14*mod(t,0.25))*sin(2*PI*" + freq + "*t)";
    String expr = "(" + envelope + ")*(0.07*(" + padExpr + ")*(0.8+0.2*sin(2*PI*0.25*t)) + 0.28*" + pluck + ")";
    return String.format(Locale.ROOT, "aevalsrc='%s':s=%d:c=mono:d=%.3f", expr, Pcm.RATE, length);
  }

  /** The intro and outro music as samples (full scale = 1.0), mono at {@link Pcm#RATE} Hz. */
  public record Tracks(float[] intro, float[] outro) {}

  private static final Map<String, Tracks> RENDERED = new HashMap<>();

  /**
   * Has FFmpeg make the intro and outro music, once per FFmpeg build: kept for the JVM's life, and in
   * {@code store} when one is given (making it takes FFmpeg about half a second).
   */
  public static synchronized Tracks tracks(FfmpegTools tools, ContentStore store) throws ToolException,
      IOException {
    String key = Digest.hex(introSource() + "\n" + outroSource() + "\n" + tools.identity());
    Tracks tracks = RENDERED.get(key);
    if (tracks == null) {
      tracks = store == null ? null : store.get(key).map(Music::fromBytes).orElse(null);
      if (tracks == null) {
        tracks = render(tools);
        if (store != null) {
          store.put(key, bytes(tracks));
        }
      }
      RENDERED.put(key, tracks);
    }
    return tracks;
  }

  private static Tracks render(FfmpegTools tools) throws ToolException, IOException {
    Path work = TempFiles.folder("paperledge-music-");
    try {
      Path intro = work.resolve("intro.f32");
      Path outro = work.resolve("outro.f32");
      tools.run("making the music", FfmpegArgs.music(introSource(), outroSource(), intro, outro));
      return new Tracks(floats(Files.readAllBytes(intro)), floats(Files.readAllBytes(outro)));
    } finally {
      TempFiles.delete(work);
    }
  }

  /** Stored music: intro then outro, each as long as the constants say; null when the length is wrong. */
  private static Tracks fromBytes(byte[] bytes) {
    int intro = (int) Pcm.fromSeconds(INTRO_LENGTH);
    int outro = (int) Pcm.fromSeconds(OUTRO_LENGTH);
    if (bytes.length != 4L * (intro + outro)) {
      return null;
    }
    float[] all = floats(bytes);
    return new Tracks(Arrays.copyOf(all, intro), Arrays.copyOfRange(all, intro, intro + outro));
  }

  private static byte[] bytes(Tracks tracks) {
    ByteBuffer bytes = ByteBuffer.allocate(4 * (tracks.intro().length + tracks.outro().length))
        .order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(tracks.intro()).put(tracks.outro());
    return bytes.array();
  }

  private static float[] floats(byte[] bytes) {
    float[] out = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
    return out;
  }
}
