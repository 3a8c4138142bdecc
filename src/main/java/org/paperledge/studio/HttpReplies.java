package org.paperledge.studio;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the studio's server answers: the headers every answer carries, bodies whole or as the byte range a browser
 * asks for, and forms read with a bound on their size.
 */
final class HttpReplies {
  private static final int MAX_FORM_BYTES = 16 * 1024;
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private HttpReplies() {}

  /** Headers every answer carries: never cached, never framed by another page, never sniffed as another type. */
  static void secure(HttpExchange exchange) {
    com.sun.net.httpserver.Headers headers = exchange.getResponseHeaders();
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  }

  /** Sends {@code body}, or the byte range the request asks for (browsers seek audio with ranges). */
  static void bytes(HttpExchange exchange, EpisodeAudio.Body body, String type) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
    String range = exchange.getRequestHeaders().getFirst("Range");
    Matcher m = range == null ? null : RANGE.matcher(range.strip());
    if (m == null || !m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      write(exchange, 200, body, 0, body.size());
      return;
    }
    long first;
    long last;
    if (m.group(1).isEmpty()) {
      first = Math.max(0, body.size() - Long.parseLong(m.group(2)));
      last = body.size() - 1;
    } else {
      first = Long.parseLong(m.group(1));
      last = m.group(2).isEmpty() ? body.size() - 1 : Math.min(body.size() - 1, Long.parseLong(m.group(2)));
    }
    if (first >= body.size() || last < first) {
      exchange.getResponseHeaders().set("Content-Range", "bytes */" + body.size());
      exchange.sendResponseHeaders(416, -1);
      return;
    }
    exchange.getResponseHeaders().set("Content-Range", "bytes " + first + "-" + last + "/" + body.size());
    write(exchange, 206, body, first, last - first + 1);
  }

  static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(exchange, status, EpisodeAudio.Body.of(bytes), 0, bytes.length);
  }

  private static void write(HttpExchange exchange, int status, EpisodeAudio.Body body, long from, long length)
      throws IOException {
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, length == 0 || head ? -1 : length);
    if (length > 0 && !head) {
      try (OutputStream out = exchange.getResponseBody()) {
        body.write(out, from, length);
      }
    }
  }

  static String body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_FORM_BYTES + 1);
      if (bytes.length > MAX_FORM_BYTES) {
        throw new IllegalArgumentException("request body over " + MAX_FORM_BYTES + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** An {@code application/x-www-form-urlencoded} text (a query, or a form's body) as names to values. */
  static Map<String, String> form(String encoded) {
    Map<String, String> values = new HashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      values.putIfAbsent(name, value);
    }
    return values;
  }
}
