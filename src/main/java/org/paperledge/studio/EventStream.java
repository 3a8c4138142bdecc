package org.paperledge.studio;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open pages, each listening to a server-sent event stream ({@code text/event-stream}): every new state is
 * written to all of them, from one thread of its own so that a slow page never holds up a build. A page that has
 * gone is dropped at the next write; a comment every few seconds finds those that went quietly.
 */
final class EventStream implements AutoCloseable {
  private static final long HEARTBEAT_SECONDS = 15;

  private final List<OutputStream> clients = new ArrayList<>();
  private final ExecutorService sender = Executors.newSingleThreadExecutor(daemon("paperledge-events"));
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(daemon("paperledge-heartbeat"));

  EventStream() {
    heartbeat.scheduleAtFixedRate(() -> sender.execute(() -> write(": still here\n\n")), HEARTBEAT_SECONDS,
        HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * Answers {@code exchange} with an event stream that starts with the latest state, {@code latest} (asked on the
   * sending thread, so that no state published meanwhile is missed).
   */
  void open(HttpExchange exchange, java.util.function.Supplier<String> latest) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    sender.execute(() -> {
      if (send(body, event("state", latest.get()))) {
        synchronized (clients) {
          clients.add(body);
        }
      }
    });
  }

  /** Sends {@code data} (one line of JSON) as a {@code state} event to every open page. */
  void state(String data) {
    String event = event("state", data);
    sender.execute(() -> write(event));
  }

  private static String event(String name, String data) {
    if (data.indexOf('\n') >= 0 || data.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("event data must be one line");
    }
    return "event: " + name + "\ndata: " + data + "\n\n";
  }

  private void write(String event) {
    List<OutputStream> all;
    synchronized (clients) {
      all = new ArrayList<>(clients);
    }
    for (OutputStream client : all) {
      if (!send(client, event)) {
        synchronized (clients) {
          clients.remove(client);
        }
      }
    }
  }

  private static boolean send(OutputStream client, String event) {
    try {
      client.write(event.getBytes(StandardCharsets.UTF_8));
      client.flush();
      return true;
    } catch (IOException e) {
      close(client);
      return false;
    }
  }

  private static void close(OutputStream client) {
    try {
      client.close();
    } catch (IOException e) {
      // the page has gone already
    }
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    sender.shutdownNow();
    synchronized (clients) {
      clients.forEach(EventStream::close);
      clients.clear();
    }
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
