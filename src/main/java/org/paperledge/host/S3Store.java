package org.paperledge.host;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * An S3-compatible bucket as a host, through the AWS SDK's S3 client on the JDK's HTTP connection. Credentials
 * come from the SDK's usual chain (environment, system properties, profile files, then the machine's role), never
 * from the command line. Each object is uploaded whole with its {@code Content-Type} and {@code Cache-Control}.
 */
final class S3Store implements Store {
  private final S3Client s3;
  private final Target.S3 target;

  private S3Store(S3Client s3, Target.S3 target) {
    this.s3 = s3;
    this.target = target;
  }

  /**
   * A client for {@code target}.
   *
   * @param endpoint another service's address (path-style requests are used with it); empty for AWS
   * @param region the region; empty to take the SDK's (environment, profile), or us-east-1 with an endpoint
   */
  static S3Store open(Target.S3 target, Optional<URI> endpoint, Optional<String> region) throws IOException {
    try {
      S3ClientBuilder builder = S3Client.builder()
          .httpClientBuilder(UrlConnectionHttpClient.builder()
              .connectionTimeout(Duration.ofSeconds(30)).socketTimeout(Duration.ofSeconds(60)))
          .credentialsProvider(DefaultCredentialsProvider.builder().build())
          // Services other than AWS often reject the newer default checksums; ask for them only when required.
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
      builder.region(region.map(Region::of).orElseGet(() -> defaultRegion(endpoint.isPresent())));
      endpoint.ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true));
      return new S3Store(builder.build(), target);
    } catch (SdkException | IllegalArgumentException e) {
      throw new IOException(message(e), e);
    }
  }

  /** The SDK's region; with another service's endpoint, the region it does not care about. */
  private static Region defaultRegion(boolean otherService) {
    String configured = Optional.ofNullable(System.getProperty("aws.region")).orElse(System.getenv("AWS_REGION"));
    if (configured != null && !configured.isBlank()) {
      return Region.of(configured.strip());
    }
    if (otherService) {
      return Region.US_EAST_1; // no need to ask the machine's metadata service
    }
    return DefaultAwsRegionProviderChain.builder().build().getRegion();
  }

  @Override
  public Optional<byte[]> read(String name) throws IOException {
    try {
      return Optional.of(s3.getObjectAsBytes(b -> b.bucket(target.bucket()).key(key(name))).asByteArray());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (SdkException e) {
      throw new IOException(message(e), e);
    }
  }

  @Override
  public void put(String name, Path source, FileKind kind) throws IOException {
    try {
      s3.putObject(b -> b.bucket(target.bucket()).key(key(name)).contentType(FileKind.contentType(name))
          .cacheControl(kind.cacheControl()), RequestBody.fromFile(source));
    } catch (SdkException | java.io.UncheckedIOException e) {
      throw new IOException(message(e), e);
    }
  }

  @Override
  public void delete(String name) throws IOException {
    try {
      s3.deleteObject(b -> b.bucket(target.bucket()).key(key(name)));
    } catch (SdkException e) {
      throw new IOException(message(e), e);
    }
  }

  private String key(String name) {
    return target.prefix() + name;
  }

  @Override
  public void close() {
    s3.close();
  }

  /** The service's error code and message, or the client's (which holds no credentials). */
  static String message(Exception e) {
    if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
      String code = s3.awsErrorDetails().errorCode();
      String text = s3.awsErrorDetails().errorMessage();
      return "HTTP " + s3.statusCode() + (code == null ? "" : " " + code) + (text == null ? "" : ": " + text);
    }
    if (e instanceof SdkServiceException service) {
      return "HTTP " + service.statusCode() + ": " + service.getMessage();
    }
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
      text += " (" + cause.getMessage() + ")";
    }
    return text;
  }
}
