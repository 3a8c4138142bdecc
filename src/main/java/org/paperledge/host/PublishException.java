package org.paperledge.host;

import java.io.IOException;

/** A publish that failed at one step, with the host's own message; it never holds a credential. */
public final class PublishException extends IOException {
  private final String step;

  public PublishException(String step, IOException cause) {
    super(step + ": " + cause.getMessage(), cause);
    this.step = step;
  }

  /** What was being done, such as {@code uploading feed.xml}. */
  public String step() {
    return step;
  }
}
