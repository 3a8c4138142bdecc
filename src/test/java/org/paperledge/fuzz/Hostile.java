package org.paperledge.fuzz;

/**
 * Text a producer, an editor or a broken export might put in a script: ordinary words and the numbers, dates,
 * units and symbols the normalizer reads, beside control characters, bidirectional marks, zero-width joiners,
 * emoji sequences, combining marks, unpaired surrogates, odd spaces and line separators, other scripts, and
 * tokens of 10,000 characters.
 */
final class Hostile {
  private Hostile() {}

  static final Gen<String> WORD = Gen.element("the", "model", "Trees", "GPT", "a", "LoRA", "I", "don't",
      "state-of-the-art", "e.g.", "Dr.", "U.S.A.", "et al.", "vs", "ML", "GPUs", "Ph.D.", "x", "ok");
  static final Gen<String> NUMBERISH = Gen.element("42", "3.5", "1,234.56", "$1,234.56", "€3", "£0.99", "12%",
      "10:30", "7pm", "12/25/2021", "1990s", "'90s", "21st", "2026", "1900-2000", "3-5", "2k", "1.5M", "4x",
      "-7", "+5", ".5", "0.000001", "1e10", "99999999999999999999", "18446744073709551616th", "9,999,999,999,999",
      "1.2.3", "v2", "GPT-4", "XLM-2.5", "10-20%", "$5B", "½", "²", "Ⅻ", "１２３", "٣٤", "٫", "₿", "0x1F",
      "1_000", "10²", "3:61", "99:99pm", "13/45/2026", "00/00/0000", "arXiv:2301.00001v3", "10.1000/xyz123");
  static final Gen<String> WEB = Gen.element("arxiv.org", "https://example.org/a?b=c&d=e", "http://x",
      "www.paperledge.example/episodes/", "someone@example.com", "https://", "http://\u0000.com",
      "https://ex\u202eample.org", "doi:10.1234/abc", "https://example.org/\ud800");
  static final Gen<String> SYMBOL = Gen.element("&", "+", "=", "%", "@", "~", "<", ">", "±", "°", "→", "×", "≈",
      "#", "*", "_", "`", "|", "\\", "/", "^", "(", ")", "[", "]", "{", "}", "—", "–", "…", "...", "--", "'",
      "\"", "“", "”", "«", "»", "!", "?", ".", ",", ";", ":", "?!", "!!!", "¿", "¡", "§", "¶", "©", "™");
  static final Gen<String> CONTROL = c -> String.valueOf((char) (c.chance(50) ? c.below(0x20)
      : 0x7f + c.below(0x21)));
  static final Gen<String> BIDI = Gen.element("\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
      "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c");
  static final Gen<String> ZERO_WIDTH = Gen.element("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
      "\u034f", "\u180e");
  static final Gen<String> EMOJI = Gen.element("\ud83d\ude00", "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67"
      + "\u200d\ud83d\udc66", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "\ud83d\udc4d\ud83c\udffd",
      "\ud83c\uddeb\ud83c\uddf7", "1\ufe0f\u20e3", "\u2764\ufe0f", "\ud83e\uddd1\u200d\ud83d\udd2c", "\u200d\ud83d\ude00");
  static final Gen<String> COMBINING = c -> {
    StringBuilder out = new StringBuilder(c.chance(80) ? "e" : "");
    int marks = c.between(1, c.chance(10) ? 300 : 4);
    for (int i = 0; i < marks; i++) {
      out.append((char) (0x300 + c.below(0x70)));
    }
    return out.toString();
  };
  static final Gen<String> SURROGATE = Gen.element("\ud800", "\udfff", "\udbff", "\udc00", "a\ud800b",
      "\udc00\ud800");
  static final Gen<String> SPACE = Gen.element("\u00a0", "\u2002", "\u2009", "\u200a", "\u3000", "\u2028",
      "\u2029", "\u0085", "\t", "\f", "\u000b", "\r", "\r\n", "\n", "  ", "\u1680", "\u205f");
  static final Gen<String> OTHER_SCRIPT = Gen.element("مرحبا", "שלום", "中文字", "नमस्ते", "สวัสดี", "Ωμέγα",
      "\ud835\udd18\ud835\udd2b\ud835\udd26", "ｆｕｌｌ", "Ⓐⓑⓒ", "ǅ", "ß", "İ", "ﬁ", "\ue000", "\ufffd", "\ufffe",
      "\uffff", "\ufdd0", "\ud83f\udffe");
  /** A token of 10,000 characters (or, shrunk, fewer): one letter, digits, or a repeated piece. */
  static final Gen<String> LONG = c -> {
    String unit = Gen.element("a", "9", "ab", "1.", "-", "!", "\ud83d\ude00", "e\u0301", "a.", "x-", "(", "A",
        "\u200d", "$1", "**", "[", "> ", "- ", "`", "<", "&amp;").make(c);
    return unit.repeat(Math.max(1, (c.chance(90) ? 10_000 : c.between(1, 20_000)) / unit.length()));
  };

  /** One piece of text, mostly ordinary. */
  static final Gen<String> PIECE = Gen.weighted(new int[] {30, 12, 4, 10, 3, 3, 3, 3, 4, 2, 5, 4},
      WORD, NUMBERISH, WEB, SYMBOL, CONTROL, BIDI, ZERO_WIDTH, EMOJI, COMBINING, SURROGATE, SPACE, OTHER_SCRIPT);

  /** Pieces, mostly separated by spaces; one in two hundred holds a token of 10,000 characters. */
  static final Gen<String> TEXT = c -> {
    String text = Gen.joined(PIECE, Gen.weighted(new int[] {12, 3, 1}, Gen.constant(" "), Gen.constant(""), SPACE),
        30, 88).make(c);
    if (c.below(200) == 199) {
      int at = c.below(text.length() + 1);
      text = text.substring(0, at) + LONG.make(c) + text.substring(at);
    }
    return text;
  };

  /** A short run of text for a value or a title: up to a few pieces. */
  static final Gen<String> SHORT = Gen.joined(PIECE, Gen.element(" ", ""), 6, 75);
}
