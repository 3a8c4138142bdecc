package org.paperledge.files;

/** For tests in other packages: deletes what a test left tracked (an FFmpeg extracted for one run) and goes on. */
public final class TestTempFiles {
  private TestTempFiles() {}

  /** Deletes every tracked temporary file and folder, then takes new ones again; how many were deleted. */
  public static int deleteAll() {
    int deleted = TempFiles.stop();
    TempFiles.resume();
    return deleted;
  }
}
