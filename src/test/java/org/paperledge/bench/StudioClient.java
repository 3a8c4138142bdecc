package org.paperledge.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a page of {@code paperledge preview} sees, for the preview benchmark: the studio's server-sent events, each
 * state stamped with the moment it arrived, and the audio fetched as the page fetches it.
 */
final class StudioClient implements AutoCloseable {
  private static final Pattern HEAD = Pattern.compile("^\\{\"version\":(\\d+),\"busy\":\"([^\"]*)\",\"warm\":(true|false)");
  private static final Pattern AUDIO = Pattern.compile("\"audio\":(\\d+),\"seconds\":([0-9.]+)");
  private static final Pattern STATS = Pattern.compile("\"stats\":\\{\"millis\":(\\d+),\"waitMillis\":(\\d+),"
      + "\"planMillis\":(\\d+),\"speakMillis\":(\\d+),\"assembleMillis\":(\\d+),\"synthesized\":(\\d+),"
      + "\"fromCache\":(\\d+),\"kept\":(\\d+)\\}");

  /**
   * A state as it arrived.
   *
   * @param nanos when it arrived ({@link System#nanoTime()})
   * @param json the state
   * @param version its version
   * @param busy what the studio was doing, empty when idle
   * @param warm whether MaryTTS was warm
   * @param audio the episode's audio version, 0 before the first build
   * @param stats the last build's figures: total, waiting, planning, speaking, assembling (ms), synthesized,
   *     from the cache, kept
   */
  record Seen(long nanos, String json, int version, String busy, boolean warm, int audio, long[] stats) {
    boolean idle() {
      return busy.isEmpty() && audio > 0;
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private final List<Seen> seen = new ArrayList<>();
  private final Thread reader;

  StudioClient(URI base) throws IOException, InterruptedException {
    this.base = base;
    HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(base.resolve("events")).build(),
        HttpResponse.BodyHandlers.ofLines());
    if (events.statusCode() != 200) {
      throw new IOException("GET /events answered " + events.statusCode());
    }
    reader = new Thread(() -> {
      try {
        events.body().filter(l -> l.startsWith("data: ")).forEach(l -> add(l.substring(6)));
      } catch (java.io.UncheckedIOException e) {
        // the studio stopped: the stream ends with it
      }
    }, "studio-events");
    reader.setDaemon(true);
    reader.start();
  }

  private void add(String json) {
    long now = System.nanoTime();
    Matcher head = HEAD.matcher(json);
    if (!head.find()) {
      return;
    }
    Matcher audio = AUDIO.matcher(json);
    Matcher stats = STATS.matcher(json);
    long[] figures = new long[8];
    if (stats.find()) {
      for (int i = 0; i < figures.length; i++) {
        figures[i] = Long.parseLong(stats.group(i + 1));
      }
    }
    Seen state = new Seen(now, json, Integer.parseInt(head.group(1)), head.group(2), head.group(3).equals("true"),
        audio.find() ? Integer.parseInt(audio.group(1)) : 0, figures);
    synchronized (seen) {
      seen.add(state);
      seen.notifyAll();
    }
  }

  /** The first state, from now on or already seen, that {@code wanted} accepts. */
  Seen await(Predicate<Seen> wanted, Duration timeout) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (seen) {
      int next = 0;
      while (true) {
        for (; next < seen.size(); next++) {
          if (wanted.test(seen.get(next))) {
            return seen.get(next);
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IOException("no such state within " + timeout.toSeconds() + " s; the last: "
              + (seen.isEmpty() ? "none" : seen.get(seen.size() - 1).json().substring(0, 200)));
        }
        seen.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /** The latest state seen. */
  Optional<Seen> latest() {
    synchronized (seen) {
      return seen.isEmpty() ? Optional.empty() : Optional.of(seen.get(seen.size() - 1));
    }
  }

  /** {@code path}'s bytes, read to the end. */
  byte[] get(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + response.statusCode());
    }
    return response.body();
  }

  @Override
  public void close() {
    reader.interrupt();
  }
}
