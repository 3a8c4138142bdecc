package org.paperledge.model;

/** An external tool (FFmpeg) or the synthesizer failed; the message names the step and what the tool said. */
public final class ToolException extends Exception {
  public ToolException(String message) {
    super(message);
  }

  public ToolException(String message, Throwable cause) {
    super(message, cause);
  }
}
