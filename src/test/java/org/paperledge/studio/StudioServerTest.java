package org.paperledge.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.cache.CacheFolder;
import org.paperledge.render.Voices;
import org.paperledge.speech.SynthesizerPool;

/**
 * The studio's server over a plain socket, headers as any client may write them: what it refuses, that no request
 * reaches a file, and audio served whole or by range.
 */
class StudioServerTest {
  @TempDir
  Path dir;

  private Studio studio;
  private StudioServer server;
  private int port;

  @BeforeEach
  void open() throws Exception {
    Path voices = Files.createDirectories(dir.resolve("voices"));
    Files.writeString(dir.resolve("show.yaml"), "name: Test Show\nhost: Ernis\nbase-url: https://example.org/\n"
        + "link: https://example.org/\nowner-email: a@example.org\nvoice: ernis\nquote-voice: none\n");
    Files.writeString(voices.resolve("ernis.yaml"), "speaker: Ernis\n");
    Path script = dir.resolve("ep.md");
    Files.writeString(script, "---\ntitle: Served\ndate: 2026-12-01\n---\nOne sentence here. And two.\n");
    List<String> said = Collections.synchronizedList(new ArrayList<>());
    studio = Studio.open(new Studio.Inputs(script, dir.resolve("show.yaml"), voices),
        Voices.of((setup, threads) -> SynthesizerPool.of(new Tone(said)), 1), CacheFolder.at(dir.resolve("cache")),
        line -> { });
    server = StudioServer.start(studio, 0);
    port = server.url().getPort();
    studio.start();
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (studio.state().good().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  @AfterEach
  void close() {
    server.close();
    studio.close();
  }

  /** The status line, headers and body of one request written as {@code head} (CRLFs added). */
  private String[] send(String... head) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write((String.join("\r\n", head) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.ISO_8859_1);
      int split = text.indexOf("\r\n\r\n");
      // header names in lower case: the JDK's server writes them capitalized its own way
      return new String[] {text.substring(0, split).toLowerCase(java.util.Locale.ROOT), text.substring(split + 4)};
    }
  }

  private String host() {
    return "Host: 127.0.0.1:" + port;
  }

  @Test
  void aForeignHostOrOriginIsRefusedAndNothingElseIsAFile() throws Exception {
    assertThat(send("GET /state HTTP/1.1", host())[0]).startsWith("http/1.1 200");
    String[] rebound = send("GET /state HTTP/1.1", "Host: attacker.example:" + port);
    assertThat(rebound[0]).startsWith("http/1.1 403");
    assertThat(rebound[1]).isEqualTo("refused: Host 'attacker.example:" + port + "' is not 127.0.0.1:" + port
        + "\n");
    assertThat(send("POST /keep HTTP/1.1", host(), "Origin: http://attacker.example", "Content-Length: 0")[0])
        .startsWith("http/1.1 403");
    assertThat(send("POST /keep HTTP/1.1", host(), "Content-Length: 0")[0]).startsWith("http/1.1 403");
    for (String path : List.of("/ep.md", "/show.yaml", "/../ep.md", "/studio.html", "/audio/../ep.md",
        "/audio/episode.wav?v=../../ep.md", "/audio/line.wav?v=1&i=99", "/audio/episode.wav?v=2")) {
      assertThat(send("GET " + path + " HTTP/1.1", host())[0]).as(path).matches("(?s)http/1.1 40[04].*");
    }
    String[] page = send("GET / HTTP/1.1", host());
    assertThat(page[0]).contains("content-security-policy: default-src 'none'; script-src 'sha256-")
        .contains("x-frame-options: deny");
    assertThat(page[1]).startsWith("<!DOCTYPE html>").doesNotContain("http://", "https://");
  }

  @Test
  void audioIsServedWholeOrByTheRangeAsked() throws Exception {
    int version = studio.state().good().orElseThrow().audio().version();
    String[] whole = send("GET /audio/episode.wav?v=" + version + " HTTP/1.1", host());
    assertThat(whole[0]).startsWith("http/1.1 200").contains("content-type: audio/wav");
    byte[] wav = whole[1].getBytes(StandardCharsets.ISO_8859_1);
    assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    String[] part = send("GET /audio/episode.wav?v=" + version + " HTTP/1.1", host(), "Range: bytes=40-1039");
    assertThat(part[0]).startsWith("http/1.1 206").contains("content-range: bytes 40-1039/" + wav.length);
    assertThat(part[1].getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(java.util.Arrays.copyOfRange(wav, 40,
        1040));
    String[] tail = send("GET /audio/episode.wav?v=" + version + " HTTP/1.1", host(), "Range: bytes=-100");
    assertThat(tail[1].getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(java.util.Arrays.copyOfRange(wav,
        wav.length - 100, wav.length));
    assertThat(send("GET /audio/episode.wav?v=" + version + " HTTP/1.1", host(), "Range: bytes=" + wav.length
        + "-")[0]).startsWith("http/1.1 416");
  }
}
