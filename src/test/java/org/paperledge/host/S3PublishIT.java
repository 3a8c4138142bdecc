package org.paperledge.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * {@code paperledge publish} to a real S3 API server started in this JVM (s3proxy on a filesystem backend, on
 * loopback), not a mock of the client: headers, incremental sends, a connection cut at several points, a wrong
 * secret, a missing bucket.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class S3PublishIT {
  private static final String ACCESS_KEY = "paperledge-test-access";
  private static final String SECRET = "paperledge-test-secret-0123456789";
  private static S3Proxy proxy;
  private static S3Client s3;
  private static Path storage;
  private static int port;
  private static int buckets;

  @TempDir
  Path dir;

  @BeforeAll
  static void startServer() throws Exception {
    // The SDK's credential and region chains stop at these system properties; no metadata service is asked.
    System.setProperty("aws.accessKeyId", ACCESS_KEY);
    System.setProperty("aws.secretAccessKey", SECRET);
    System.setProperty("aws.region", "us-east-1");
    System.setProperty("aws.disableEc2Metadata", "true");
    storage = Files.createTempDirectory("paperledge-s3proxy");
    Properties properties = new Properties();
    properties.setProperty("jclouds.filesystem.basedir", storage.toString());
    BlobStoreContext context = ContextBuilder.newBuilder("filesystem").overrides(properties)
        .build(BlobStoreContext.class);
    proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET).build();
    proxy.start();
    for (int i = 0; i < 200 && !proxy.getState().equals("STARTED"); i++) {
      Thread.sleep(50);
    }
    port = proxy.getPort();
    s3 = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET)))
        .endpointOverride(URI.create("http://127.0.0.1:" + port)).forcePathStyle(true)
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (proxy != null) {
      s3.close();
      proxy.stop();
    }
  }

  private Path out() {
    return dir.resolve("output");
  }

  private static String newBucket() {
    String bucket = "podcast-" + (++buckets);
    s3.createBucket(b -> b.bucket(bucket));
    return bucket;
  }

  private Cli publish(String target, int viaPort) {
    return Cli.run("publish", "--to", target, "--endpoint", "http://127.0.0.1:" + viaPort, "--out",
        out().toString(), "--show", ShowFiles.SHOW_FILE.toString());
  }

  private static HeadObjectResponse head(String bucket, String key) {
    return s3.headObject(b -> b.bucket(bucket).key(key));
  }

  private static boolean exists(String bucket, String key) {
    try {
      head(bucket, key);
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    }
  }

  private static List<String> checkLiveFeed(String bucket, String prefix, boolean exactLengths) throws Exception {
    byte[] feed = s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + "feed.xml")).asByteArray();
    return ShowFiles.checkLiveFeed(feed, name -> exists(bucket, prefix + name),
        name -> head(bucket, prefix + name).contentLength(), exactLengths);
  }

  private void episodes(int count, int mp3Bytes) throws Exception {
    for (int i = 1; i <= count; i++) {
      ShowFiles.writeEpisode(out(), "episode-" + i, String.format("2026-03-%02dT09:00:00Z", i), mp3Bytes);
    }
  }

  @Test
  void everyObjectGetsItsTypeAndCachingAndOnlyChangesAreSent() throws Exception {
    episodes(2, 30_000);
    ShowFiles.writeRichEpisode(out(), "episode-1", "2026-03-01T09:00:00Z", 30_000, 20_000); // M4A, own art
    String bucket = newBucket();
    Cli run = publish("s3://" + bucket + "/shows/paperledge", port);
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(checkLiveFeed(bucket, "shows/paperledge/", true)).containsExactly("episode-2", "episode-1");
    String p = "shows/paperledge/";
    assertThat(head(bucket, p + "feed.xml").contentType()).isEqualTo("application/rss+xml;charset=utf-8");
    assertThat(head(bucket, p + "feed.xml").cacheControl()).isEqualTo("public, max-age=300");
    assertThat(head(bucket, p + "index.html").contentType()).isEqualTo("text/html");
    assertThat(head(bucket, p + "episode-1.html").contentType()).isEqualTo("text/html");
    assertThat(head(bucket, p + "episode-1.html").cacheControl()).isEqualTo("public, max-age=300");
    assertThat(head(bucket, p + "episode-1.m4a").contentType()).isEqualTo("audio/mp4");
    assertThat(head(bucket, p + "episode-1.m4a").cacheControl()).isEqualTo("public, max-age=604800");
    assertThat(head(bucket, p + "episode-1.png").contentType()).isEqualTo("image/png");
    assertThat(head(bucket, p + "episode-1.png").cacheControl()).isEqualTo("public, max-age=604800");
    assertThat(head(bucket, p + "episode-1.mp3").contentType()).isEqualTo("audio/mpeg");
    assertThat(head(bucket, p + "episode-1.mp3").cacheControl()).isEqualTo("public, max-age=604800");
    assertThat(head(bucket, p + "episode-1.chapters.json").contentType()).isEqualTo("application/json");
    assertThat(head(bucket, p + "episode-1.vtt").contentType()).isEqualTo("text/vtt;charset=utf-8");
    assertThat(head(bucket, p + "episode-1.srt").contentType()).isEqualTo("application/x-subrip;charset=utf-8");
    assertThat(head(bucket, p + "episode-1.xml").cacheControl()).isEqualTo("public, max-age=300");
    assertThat(head(bucket, p + "cover.png").contentType()).isEqualTo("image/png");
    assertThat(head(bucket, p + Manifest.FILE).cacheControl()).isEqualTo("no-cache");
    assertThat(exists(bucket, "feed.xml")).as("nothing outside the prefix").isFalse();
    Cli again = publish("s3://" + bucket + "/shows/paperledge/", port);
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(again.out()).contains("sent 0 files", "17 unchanged");
    assertThat(run.out() + run.err() + again.out() + again.err()).doesNotContain(SECRET).doesNotContain("SLF4J");
  }

  @Test
  void aConnectionCutAnywhereLeavesAConsistentFeedAndARerunCompletes() throws Exception {
    episodes(3, 120_000);
    String bucket = newBucket();
    String measured = newBucket();
    assertThat(publish("s3://" + bucket + "/", port).code()).isZero();
    assertThat(publish("s3://" + measured + "/", port).code()).isZero();
    List<String> before = checkLiveFeed(bucket, "", true);
    ShowFiles.writeEpisode(out(), "episode-4", "2026-03-04T09:00:00Z", 120_000);
    ShowFiles.writeEpisode(out(), "episode-2", "2026-03-02T09:00:00Z", 121_000);
    long total;
    try (CuttingProxy meter = new CuttingProxy(port, Long.MAX_VALUE)) {
      Cli full = publish("s3://" + measured + "/", meter.port());
      assertThat(full.code()).as(full.toString()).isZero();
      total = meter.sent();
    }
    List<String> after = checkLiveFeed(measured, "", true);
    List<String> steps = new ArrayList<>();
    for (double fraction : new double[] {0.02, 0.4, 0.8, 0.97, 0.995}) {
      try (CuttingProxy cut = new CuttingProxy(port, (long) (total * fraction))) {
        Cli run = publish("s3://" + bucket + "/", cut.port());
        if (cut.wasCut() && run.code() != 0) {
          assertThat(run.code()).as(run.toString()).isEqualTo(1);
          assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
          assertThat(run.err()).startsWith("paperledge: s3://" + bucket + "/: ").doesNotContain(SECRET);
          steps.add(fraction + ": " + run.err().strip());
        } else {
          assertThat(run.code()).as(run.toString()).isZero();
          steps.add(fraction + ": completed");
        }
      }
      assertThat(checkLiveFeed(bucket, "", false)).as("after a cut at %s of %d bytes", fraction, total)
          .isIn(before, after);
    }
    System.out.println("S3 cuts (of " + total + " bytes):\n  " + String.join("\n  ", steps));
    assertThat(steps.stream().filter(s -> s.contains(": uploading "))).isNotEmpty();
    Cli rerun = publish("s3://" + bucket + "/", port);
    assertThat(rerun.code()).as(rerun.toString()).isZero();
    assertThat(checkLiveFeed(bucket, "", true)).isEqualTo(after);
  }

  @Test
  void aRefusedWriteNamesTheStepAndTheServiceMessageButNeverTheSecret() throws Exception {
    episodes(1, 5000);
    String bucket = newBucket();
    String wrong = "not-the-secret-9876543210";
    System.setProperty("aws.secretAccessKey", wrong);
    Cli run;
    try {
      run = publish("s3://" + bucket + "/", port);
    } finally {
      System.setProperty("aws.secretAccessKey", SECRET);
    }
    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).startsWith("paperledge: s3://" + bucket + "/: reading the manifest paperledge-manifest.txt: "
        + "HTTP 403").doesNotContain(wrong).doesNotContain(SECRET);
    System.out.println("S3 refused: " + run.err().strip());
    Cli missing = publish("s3://no-such-bucket/", port);
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("HTTP 404 NoSuchBucket");
    System.out.println("S3 missing bucket: " + missing.err().strip());
  }
}
