package org.paperledge.publish;

/** Makes text safe for XML 1.0: characters the standard forbids are removed. */
public final class XmlText {
  private XmlText() {}

  /** {@code text} without characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE/U+FFFF). */
  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (allowed && !(cp >= 0x7F && cp <= 0x9F)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }
}
