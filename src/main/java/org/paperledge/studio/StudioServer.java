package org.paperledge.studio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.paperledge.lint.LexiconEditor;
import org.paperledge.model.ToolException;

/**
 * The studio's HTTP server, on 127.0.0.1 only, built on the JDK's own server ({@code com.sun.net.httpserver}): a
 * handful of fixed routes, none of which maps a request to a file. It serves the page (one HTML file from the
 * jar), the state (JSON, and as server-sent events), the audio of the last few builds (the episode, a chapter,
 * a line) from memory, and the two pronunciation actions. Every request passes the {@link RequestGuard} first.
 */
public final class StudioServer implements AutoCloseable {
  /** How many builds' audio stays playable: a page still playing the one before the latest keeps it. */
  private static final int AUDIO_KEPT = 3;
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
  private static final String TEXT = "text/plain; charset=utf-8";
  private static final String JSON = "application/json";

  private final HttpServer server;
  private final ExecutorService executor;
  private final Studio studio;
  private final RequestGuard guard;
  private final StudioPage page;
  private final EventStream events = new EventStream();
  private final AtomicReference<String> json = new AtomicReference<>();
  private final Map<Integer, EpisodeAudio> audio = new LinkedHashMap<>();
  private final String session = Long.toHexString(new java.security.SecureRandom().nextLong());

  private StudioServer(HttpServer server, ExecutorService executor, Studio studio) throws IOException {
    this.server = server;
    this.executor = executor;
    this.studio = studio;
    this.guard = new RequestGuard(server.getAddress().getPort());
    this.page = StudioPage.load();
  }

  /** Serves {@code studio} on 127.0.0.1, port {@code port} (0: any free port). */
  public static StudioServer start(Studio studio, int port) throws IOException {
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 0);
    } catch (BindException e) {
      throw new IOException("127.0.0.1:" + port + ": cannot listen there (" + e.getMessage() + ")", e);
    }
    ExecutorService executor = Executors.newCachedThreadPool(EventStream.daemon("paperledge-http"));
    http.setExecutor(executor);
    StudioServer server = new StudioServer(http, executor, studio);
    http.createContext("/", server::handle);
    studio.listen(server::published);
    server.published(studio.state());
    http.start();
    return server;
  }

  /** The page's address. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void published(State state) {
    String text = StateJson.of(state, session);
    json.set(text);
    state.good().ifPresent(s -> {
      synchronized (audio) {
        audio.put(s.audio().version(), s.audio());
        while (audio.size() > AUDIO_KEPT) {
          audio.remove(audio.keySet().iterator().next());
        }
      }
    });
    events.state(text);
  }

  private void handle(HttpExchange exchange) throws IOException {
    boolean streaming = false;
    try {
      HttpReplies.secure(exchange);
      Optional<RequestGuard.Refusal> refused = guard.check(exchange.getRequestMethod(),
          exchange.getRequestHeaders());
      if (refused.isPresent()) {
        HttpReplies.send(exchange, refused.get().status(), TEXT, refused.get().reason() + "\n");
        return;
      }
      Map<String, String> query = HttpReplies.form(exchange.getRequestURI().getRawQuery());
      String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
      switch (route) {
        case "GET /" -> page.send(exchange);
        case "GET /state" -> HttpReplies.send(exchange, 200, JSON, json.get());
        case "GET /events" -> {
          events.open(exchange, json::get);
          streaming = true;
        }
        case "GET /audio/episode.wav" -> wav(exchange, audio(query).map(EpisodeAudio::episode));
        case "GET /audio/line.wav" -> wav(exchange, audio(query).flatMap(a -> number(query, "i")
            .filter(i -> i < a.lines()).map(a::line)));
        case "GET /audio/chapter.wav" -> wav(exchange, audio(query).flatMap(a -> number(query, "c")
            .map(a::chapter)));
        case "POST /hear" -> hear(exchange, HttpReplies.form(HttpReplies.body(exchange)));
        case "POST /keep" -> keep(exchange, HttpReplies.form(HttpReplies.body(exchange)));
        default -> HttpReplies.send(exchange, 404, TEXT, "no such page\n");
      }
    } catch (IllegalArgumentException e) {
      // a malformed query or form, or one too large
      if (exchange.getResponseCode() < 0) {
        HttpReplies.send(exchange, 400, TEXT, "bad request: " + e.getMessage() + "\n");
      }
    } catch (RuntimeException e) {
      if (exchange.getResponseCode() < 0) {
        HttpReplies.send(exchange, 500, TEXT, "internal error: " + e + "\n");
      }
    } finally {
      if (!streaming) {
        exchange.close();
      }
    }
  }

  private void hear(HttpExchange exchange, Map<String, String> form) throws IOException {
    try {
      Pronunciations.Heard heard = studio.pronunciations().hear(number(form, "line").orElse(-1),
          form.getOrDefault("text", ""), form.getOrDefault("written", ""), form.getOrDefault("spoken", ""));
      exchange.getResponseHeaders().set("X-Spoken", URLEncoder.encode(heard.spoken(), StandardCharsets.UTF_8));
      HttpReplies.bytes(exchange, EpisodeAudio.Body.of(heard.wav()), "audio/wav");
    } catch (LexiconEditor.Refusal e) {
      HttpReplies.send(exchange, 400, JSON, new Json().object().field("error", e.getMessage()).end().toString());
    } catch (ToolException e) {
      HttpReplies.send(exchange, 500, JSON, new Json().object().field("error", e.getMessage()).end().toString());
    }
  }

  private void keep(HttpExchange exchange, Map<String, String> form) throws IOException {
    String target = form.getOrDefault("target", "");
    if (!target.matches("episode|voice")) {
      HttpReplies.send(exchange, 400, JSON, new Json().object().field("error", "target must be episode or voice")
          .end().toString());
      return;
    }
    try {
      java.nio.file.Path file = studio.pronunciations().keep(number(form, "line").orElse(-1),
          form.getOrDefault("text", ""), form.getOrDefault("written", ""), form.getOrDefault("spoken", ""),
          target.equals("episode") ? Pronunciations.Target.EPISODE : Pronunciations.Target.VOICE);
      HttpReplies.send(exchange, 200, JSON, new Json().object().field("file", file.toString()).end().toString());
    } catch (LexiconEditor.Refusal e) {
      HttpReplies.send(exchange, 409, JSON, new Json().object().field("error", e.getMessage()).end().toString());
    }
  }

  private Optional<EpisodeAudio> audio(Map<String, String> query) {
    synchronized (audio) {
      return number(query, "v").map(audio::get);
    }
  }

  private static Optional<Integer> number(Map<String, String> values, String name) {
    String value = values.get(name);
    return value != null && NUMBER.matcher(value).matches() ? Optional.of(Integer.parseInt(value))
        : Optional.empty();
  }

  private static void wav(HttpExchange exchange, Optional<EpisodeAudio.Body> wav) throws IOException {
    if (wav.isEmpty()) {
      HttpReplies.send(exchange, 404, TEXT, "no such audio (an older build?)\n");
    } else {
      HttpReplies.bytes(exchange, wav.get(), "audio/wav");
    }
  }

  @Override
  public void close() {
    events.close(); // each page's event stream ends cleanly; the page tries again until a studio answers
    server.stop(0);
    executor.shutdownNow();
  }
}
