package org.paperledge.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Reads the web addresses producers write: a paper's link, a heading's link, the show's base URL. */
public final class HttpUrl {
  private HttpUrl() {}

  /** {@code text} as an absolute http(s) URL with a host, or empty when it is not one. */
  public static Optional<URI> parse(String text) {
    String stripped = text.strip();
    if (stripped.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(stripped);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // not a URL
    }
    return Optional.empty();
  }
}
