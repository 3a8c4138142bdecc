package org.paperledge.host;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where {@code paperledge publish --to} sends the show: a folder (a mounted web root), an SFTP server or an
 * S3-compatible bucket. A target never carries a secret: passwords in the address are refused, and its text
 * form is safe to print.
 */
public sealed interface Target {
  /** The target as the user wrote it, minus nothing secret (there is nothing secret in it). */
  String display();

  /**
   * A folder, written as {@code file:/abs/path}, {@code file:rel/path} or a plain path.
   *
   * @param dir the folder the show's files go into
   */
  record Folder(Path dir) implements Target {
    public Folder {
      Objects.requireNonNull(dir, "dir");
    }

    @Override
    public String display() {
      return dir.toString();
    }
  }

  /**
   * An SFTP server: {@code sftp://user@host[:port]/path}; a path starting {@code /~/} is relative to the user's
   * home folder.
   *
   * @param user the login
   * @param host the server's name or address
   * @param port its SSH port
   * @param path the folder the show's files go into, absolute or relative to the home folder
   */
  record Sftp(String user, String host, int port, String path) implements Target {
    public Sftp {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(path, "path");
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
    }

    @Override
    public String display() {
      String where = path.startsWith("/") ? path : "/~/" + path;
      return "sftp://" + user + "@" + host + (port == 22 ? "" : ":" + port) + where;
    }
  }

  /**
   * An S3-compatible bucket: {@code s3://bucket/prefix}.
   *
   * @param bucket the bucket's name
   * @param prefix the key prefix the show's files go under: empty, or ending with '/'
   */
  record S3(String bucket, String prefix) implements Target {
    public S3 {
      Objects.requireNonNull(bucket, "bucket");
      Objects.requireNonNull(prefix, "prefix");
      if (!prefix.isEmpty() && !prefix.endsWith("/")) {
        throw new IllegalArgumentException("prefix must end with '/': " + prefix);
      }
    }

    @Override
    public String display() {
      return "s3://" + bucket + "/" + prefix;
    }
  }

  /**
   * Reads a {@code --to} value.
   *
   * @throws IllegalArgumentException with a message fit for the user, which never repeats a password
   */
  static Target parse(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("sftp:")) {
      return sftp(text);
    }
    if (lower.startsWith("s3:")) {
      return s3(text);
    }
    if (lower.startsWith("file:")) {
      String path = text.substring("file:".length());
      if (path.startsWith("//")) {
        path = path.substring(2); // file:///abs/path
      }
      if (path.isEmpty()) {
        throw new IllegalArgumentException("'file:' needs a folder, such as file:/var/www/podcast");
      }
      return new Folder(Path.of(path));
    }
    if (lower.matches("[a-z][a-z0-9+.-]*://.*")) {
      throw new IllegalArgumentException("unknown kind of target '" + text.substring(0, text.indexOf(':'))
          + "'; use a folder, sftp://user@host/path or s3://bucket/prefix");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("the target is empty");
    }
    return new Folder(Path.of(text));
  }

  private static Target sftp(String text) {
    URI uri = uri(text, "sftp://user@host[:port]/path");
    if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
      // the password is never repeated back, so that it does not end up in a CI log
      throw new IllegalArgumentException("sftp://" + uri.getRawUserInfo().substring(0, uri.getRawUserInfo()
          .indexOf(':')) + ":***@...: passwords are not accepted in the target; use a key (--identity or the"
          + " SSH agent)");
    }
    if (uri.getUserInfo() == null || uri.getUserInfo().isEmpty() || uri.getHost() == null) {
      throw new IllegalArgumentException("'" + text + "' must be sftp://user@host[:port]/path");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (path.isEmpty() || path.equals("/")) {
      throw new IllegalArgumentException("'" + text + "' names no folder (sftp://user@host/path; /~/path for one"
          + " in the home folder)");
    }
    if (path.startsWith("/~/") || path.equals("/~")) {
      path = path.length() > 3 ? path.substring(3) : ".";
    }
    path = path.replaceAll("/+$", "");
    return new Sftp(uri.getUserInfo(), uri.getHost(), uri.getPort() == -1 ? 22 : uri.getPort(), path);
  }

  private static Target s3(String text) {
    URI uri = uri(text, "s3://bucket/prefix");
    String bucket = uri.getAuthority();
    if (bucket == null || !bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
      throw new IllegalArgumentException("'" + text + "' must be s3://bucket/prefix, with a bucket name of 3 to 63"
          + " lowercase letters, digits, dots and hyphens");
    }
    String prefix = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/+", "");
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      prefix += "/";
    }
    return new S3(bucket, prefix);
  }

  private static URI uri(String text, String form) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      String shown = text.replaceFirst("^([^:]+://[^:@/]*):[^@/]*@", "$1:***@");
      throw new IllegalArgumentException("'" + shown + "' is not a valid address (" + form + ")");
    }
  }
}
