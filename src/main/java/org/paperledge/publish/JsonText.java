package org.paperledge.publish;

/** JSON string literals for the files PaperLedge writes by hand (chapters, reports). */
public final class JsonText {
  private JsonText() {}

  /** A JSON string literal; everything outside printable ASCII is escaped, so any reader decodes it. */
  public static String string(String value) {
    return ChaptersJson.string(value);
  }
}
