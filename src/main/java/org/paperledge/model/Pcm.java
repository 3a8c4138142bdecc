package org.paperledge.model;

/**
 * Mono 16-bit PCM at {@link #RATE} Hz, the format MaryTTS produces and the voice track is built in.
 *
 * @param samples the samples
 */
public record Pcm(short[] samples) {
  /** Samples per second. */
  public static final int RATE = 48_000;

  /** Keeps its own copy of {@code samples}: audio handed between threads and stages never changes under them. */
  public Pcm {
    samples = samples.clone();
  }

  /** A copy of the samples. */
  @Override
  public short[] samples() {
    return samples.clone();
  }

  /** The number of samples. */
  public int length() {
    return samples.length;
  }

  /** Converts a sample count to milliseconds, rounded to the nearest. */
  public static long toMillis(long samples) {
    return Math.round(samples * 1000.0 / RATE);
  }

  /** Converts seconds to a sample count. */
  public static long fromSeconds(double seconds) {
    return Math.round(seconds * RATE);
  }

  /** Decodes little-endian 16-bit bytes. */
  public static Pcm fromBytes(byte[] bytes, int length) {
    short[] samples = new short[length / 2];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
    }
    return new Pcm(samples);
  }

  /** Duration in seconds. */
  public double seconds() {
    return samples.length / (double) RATE;
  }

  /** Little-endian 16-bit bytes. */
  public byte[] toBytes() {
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(samples.length * 2)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    bytes.asShortBuffer().put(samples);
    return bytes.array();
  }

  /**
   * This audio without leading and trailing silence, keeping {@code marginMs} around the speech and fading the
   * cut edges over a few milliseconds so that joins do not click.
   *
   * @param threshold absolute sample value above which audio counts as speech
   */
  public Pcm trimmed(int threshold, int marginMs) {
    int first = 0;
    while (first < samples.length && Math.abs(samples[first]) <= threshold) {
      first++;
    }
    if (first == samples.length) {
      return new Pcm(new short[0]);
    }
    int last = samples.length - 1;
    while (last > first && Math.abs(samples[last]) <= threshold) {
      last--;
    }
    int margin = RATE * marginMs / 1000;
    int from = Math.max(0, first - margin);
    int to = Math.min(samples.length, last + 1 + margin);
    short[] out = java.util.Arrays.copyOfRange(samples, from, to);
    int fade = Math.min(RATE * 4 / 1000, out.length / 2);
    for (int i = 0; i < fade; i++) {
      double gain = (double) i / fade;
      out[i] = (short) Math.round(out[i] * gain);
      out[out.length - 1 - i] = (short) Math.round(out[out.length - 1 - i] * gain);
    }
    return new Pcm(out);
  }
}
