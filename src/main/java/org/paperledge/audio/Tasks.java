package org.paperledge.audio;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.paperledge.model.ToolException;

/** Waiting for work done on other threads, with its failure rethrown as it was thrown there. */
public final class Tasks {
  private Tasks() {}

  /**
   * The result of {@code future}.
   *
   * @param doing what the task was doing, for the message of an unexpected failure ("encoding")
   */
  public static <T> T await(Future<T> future, String doing) throws ToolException, IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ToolException("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ToolException t) {
        throw t;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new ToolException(doing + " failed: " + cause, cause);
    }
  }
}
