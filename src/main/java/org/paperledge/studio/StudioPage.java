package org.paperledge.studio;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperledge.files.Digest;

/**
 * The studio's page: one HTML file in the jar, its script and style inline, no external resource. It is served
 * with a content security policy that allows exactly its own inline script and style (by their SHA-256 hashes),
 * connections and media from the studio itself, and nothing else: no other script can run in it, and no other
 * page can frame it.
 */
final class StudioPage {
  private static final String RESOURCE = "studio.html";
  private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
  private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

  private final byte[] html;
  private final String policy;

  private StudioPage(byte[] html, String policy) {
    this.html = html;
    this.policy = policy;
  }

  static StudioPage load() throws IOException {
    byte[] html;
    try (InputStream in = StudioPage.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("the studio's page is missing from the jar (" + RESOURCE + ")");
      }
      html = in.readAllBytes();
    }
    String text = new String(html, StandardCharsets.UTF_8);
    String policy = "default-src 'none'; script-src " + hashes(SCRIPT, text) + "; style-src " + hashes(STYLE, text)
        + "; connect-src 'self'; media-src 'self' blob:; img-src data:; base-uri 'none'; form-action 'none';"
        + " frame-ancestors 'none'";
    return new StudioPage(html, policy);
  }

  void send(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Content-Security-Policy", policy);
    exchange.sendResponseHeaders(200, html.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(html);
    }
  }

  private static String hashes(Pattern element, String html) {
    List<String> sources = new ArrayList<>();
    Matcher m = element.matcher(html);
    while (m.find()) {
      sources.add("'sha256-" + Base64.getEncoder().encodeToString(sha256(m.group(1))) + "'");
    }
    if (sources.isEmpty()) {
      return "'none'";
    }
    return String.join(" ", sources);
  }

  private static byte[] sha256(String text) {
    return Digest.sha256().digest(text.getBytes(StandardCharsets.UTF_8));
  }
}
