package org.paperledge.studio;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which requests the studio answers: only those meant for it, from its own page. The server listens on loopback
 * only, but a web page elsewhere can still reach loopback through the browser: by DNS rebinding (its own name
 * made to resolve to 127.0.0.1, so the browser sends that name as {@code Host}) or by a cross-site request
 * (which carries its {@code Origin}, or a {@code Sec-Fetch-Site} other than same-origin). Both are refused; a
 * request that changes something (POST) must also say that it comes from the studio's page.
 */
final class RequestGuard {
  /**
   * Why a request is refused.
   *
   * @param status the HTTP status to answer with
   * @param reason one line for the response body
   */
  record Refusal(int status, String reason) {}

  private final String host;
  private final String origin;

  /** @param port the port the studio listens on, on 127.0.0.1 */
  RequestGuard(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("not a port: " + port);
    }
    this.host = "127.0.0.1:" + port;
    this.origin = "http://" + host;
  }

  /**
   * Whether to answer a request with {@code method} and {@code headers} (names in any case).
   *
   * @return empty to answer it, else why not
   */
  Optional<Refusal> check(String method, Map<String, List<String>> headers) {
    Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    byName.putAll(headers);
    List<String> hosts = byName.getOrDefault("Host", List.of());
    if (hosts.size() != 1 || !hosts.get(0).strip().equalsIgnoreCase(host)) {
      return refuse(403, "Host " + quoted(hosts) + " is not " + host);
    }
    List<String> origins = byName.getOrDefault("Origin", List.of());
    if (origins.size() > 1 || (origins.size() == 1 && !origins.get(0).strip().equalsIgnoreCase(origin))) {
      return refuse(403, "Origin " + quoted(origins) + " is not " + origin);
    }
    List<String> site = byName.getOrDefault("Sec-Fetch-Site", List.of());
    if (!site.isEmpty() && !site.get(0).strip().toLowerCase(Locale.ROOT).matches("same-origin|none")) {
      return refuse(403, "a " + site.get(0) + " request");
    }
    switch (method) {
      case "GET" -> {
        return Optional.empty();
      }
      case "POST" -> {
        return origins.isEmpty() ? refuse(403, "a POST without an Origin") : Optional.empty();
      }
      default -> {
        return refuse(405, "method " + method + " is not allowed");
      }
    }
  }

  private static Optional<Refusal> refuse(int status, String reason) {
    return Optional.of(new Refusal(status, "refused: " + reason));
  }

  private static String quoted(List<String> values) {
    return values.isEmpty() ? "(none)" : "'" + String.join("', '", values).replaceAll("[^\\x20-\\x7e]", "?") + "'";
  }
}
