package org.paperledge.script;

import java.text.Normalizer;

/** Removes what must never reach speech, tags or XML: control characters, stray surrogates, byte order marks. */
public final class TextCleaner {
  private TextCleaner() {}

  /**
   * Returns {@code text} in Unicode NFC with control characters (other than line breaks and tabs, which become
   * spaces), unpaired surrogates and non-characters removed.
   */
  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\r' || cp == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(cp) || cp == 0xFEFF || (cp >= 0xD800 && cp <= 0xDFFF)
          || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
        continue;
      } else {
        out.appendCodePoint(cp);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }
}
