package org.paperledge.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Scripts as producers write them and as they go wrong: front matter with every key (valid values, hostile
 * text, YAML's odder corners), Markdown bodies with nested and unusual blocks (tables, footnotes, HTML, deep
 * lists and quotes, headings in quotes, turn markers, the producer's controls well and badly written), whole scripts, and the bytes of script files (invalid
 * UTF-8, surrogates encoded one by one, byte order marks, NUL bytes).
 */
final class Scripts {
  private Scripts() {}

  /** A YAML scalar holding {@code text}: plain, quoted, single-quoted or a block. */
  static Gen<String> scalar(Gen<String> text) {
    return c -> {
      String t = text.make(c);
      return switch (c.below(5)) {
        case 0 -> t.isEmpty() ? "x" : t;
        case 1 -> "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        case 2 -> "'" + t.replace("'", "''") + "'";
        case 3 -> "|\n  " + t.replace("\n", "\n  ");
        default -> "\"" + Gen.element("\\x00", "\\u202e", "\\ud800", "\\t", "\\e", "\\N", "\\L", "\\P", "\\x7f",
            "\\U0001F600", "\\q").make(c) + t.replace("\"", "") + "\"";
      };
    };
  }

  static final Gen<String> DATE = Gen.weighted(new int[] {10, 4}, Gen.element("2026-03-01", "2026-12-31"),
      Gen.element("2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31", "yesterday", "2026-1-2",
          "2026-01-02T10:00", "\"\"", "[2026-03-01]", "2026-03-01 # a comment", "2026\u201303\u201301", "~"));

  /** One front matter entry, or one of YAML's odder constructs. */
  static final Gen<String> ENTRY = Gen.weighted(new int[] {3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 3},
      c -> "summary: " + scalar(Hostile.TEXT).make(c),
      c -> "authors: " + Gen.oneOf(c2 -> "[" + String.join(", ", Gen.listOf(scalar(Hostile.SHORT), 5, 70)
          .make(c2)) + "]", scalar(Hostile.SHORT), Gen.constant("{a: b}"), Gen.constant("[[[x]]]"),
          Gen.constant("\n  - one\n  -\n  - three")).make(c),
      c -> "slug: " + Gen.oneOf(Gen.element("good-slug", "Bad Slug", "-", "a--b", "x".repeat(200), "ünï", "\"\""),
          scalar(Hostile.SHORT)).make(c),
      c -> Gen.element("episode: ", "season: ").make(c) + Gen.element("1", "0", "-1", "1e3", "99999999999",
          "0x10", "1_000", "two", "1.5", "\"3\"", "[1]").make(c),
      c -> "explicit: " + Gen.element("yes", "no", "true", "false", "maybe", "", "~", "null", "Y", "[]").make(c),
      c -> "voice: " + Gen.element("ernis", "maya", "nobody", "ERNIS", "../etc", "a b", "", "[x]").make(c),
      c -> "paper: " + Gen.oneOf(Gen.element("https://arxiv.org/abs/2301.00001", "ftp://x", "not a url",
          "http://", "https://exa mple.org", "javascript:alert(1)"), scalar(Hostile.WEB)).make(c),
      c -> "guid: " + scalar(Hostile.SHORT).make(c),
      c -> "category: " + scalar(Hostile.SHORT).make(c),
      c -> "lexicon:" + String.join("", Gen.listOf(c2 -> "\n  " + scalar(Hostile.SHORT).make(c2) + ": "
          + Gen.oneOf(scalar(Hostile.SHORT), Gen.element("\"[\u02c8t\u0279i]\"", "{x: y}", "[a]", "\"\""))
          .make(c2), 4, 70).make(c)),
      c -> "cast:" + String.join("", Gen.listOf(c2 -> "\n  " + Gen.element("Maya", "Theo", "Ernis", "maya",
          "9lives", "Dr. Who", "", "Maya").make(c2) + ": " + Gen.element("maya", "theo", "{voice: maya, role:"
          + " co-host}", "{voice: theo, role: boss}", "{voice: [x]}", "nobody", "\"\"", "[a]").make(c2), 3, 70)
          .make(c)),
      c -> Gen.element("unknown: 1", "Title: x", "? complex key\n: value", "&a anchor: *a", "x: &a [*a, *a]",
          "!!binary aGVsbG8=: v", "tagged: !!python/object:os.system ls", "tagged: !custom x", "%YAML 1.2",
          "\ttitle: tab", "title: x\ntitle: y", "{flow: map}", "- a list", "key: [" + "[".repeat(200),
          "k: " + "{a: ".repeat(60) + "b" + "}".repeat(60), "a: b: c", "long: " + "y".repeat(20_000),
          "alias: *undefined", "ref: &x 1\nagain: &x 2", "...").make(c),
      c -> Hostile.TEXT.make(c));

  /** Front matter lines (without the fences): mostly a title and a date, then entries. */
  static final Gen<String> FRONT_MATTER = c -> {
    StringBuilder out = new StringBuilder();
    if (c.below(10) < 9) {
      out.append("title: ").append(scalar(Hostile.SHORT).make(c)).append('\n');
    }
    if (c.below(10) < 9) {
      out.append("date: ").append(DATE.make(c)).append('\n');
    }
    for (String entry : Gen.listOf(ENTRY, 8, 60).make(c)) {
      out.append(entry).append('\n');
    }
    return out.toString();
  };

  /** A block of Markdown at most {@code depth} containers deep. */
  static Gen<String> block(int depth) {
    Gen<String> leaf = Gen.weighted(new int[] {20, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 2, 1, 4},
        Hostile.TEXT,
        c -> "#".repeat(c.between(1, 7)) + Gen.element(" ", "", "\t").make(c) + Hostile.SHORT.make(c),
        c -> Hostile.SHORT.make(c) + "\n" + Gen.element("===", "---", "=", "- - -").make(c),
        c -> "```" + Gen.element("", "python", "```").make(c) + "\n" + Hostile.TEXT.make(c)
            + (c.chance(70) ? "\n```" : ""),
        c -> "    " + Hostile.TEXT.make(c),
        c -> Gen.element("<div>", "<!-- a note", "<!-- note -->", "<script>alert(1)</script>", "<br/>",
            "<table><tr><td>", "</div>", "<?php ?>", "<![CDATA[x]]>").make(c) + Hostile.SHORT.make(c),
        c -> "| " + Hostile.SHORT.make(c) + " | b |\n|---|:-:|\n| " + Hostile.SHORT.make(c) + " | d |",
        c -> Hostile.SHORT.make(c) + "[^" + c.below(3) + "]\n\n[^" + c.below(3) + "]: " + Hostile.SHORT.make(c),
        c -> "[" + Hostile.SHORT.make(c) + "](" + Hostile.WEB.make(c) + ") ![" + Hostile.SHORT.make(c) + "](x.png)"
            + " <https://example.org> [ref][r]\n\n[r]: " + Hostile.WEB.make(c),
        c -> Gen.element("***", "___", "* * *", "---").make(c),
        c -> Gen.element("*", "**", "_", "__", "~~", "`", "``").make(c) + Hostile.SHORT.make(c)
            + Gen.element("*", "**", "_", "", "`").make(c) + " &amp; &#x1F600; &#0; &#xD800; &nbsp; &bogus; \\*",
        c -> "**" + Gen.element("Ernis", "Maya", "Theo", "Nobody", "", "Ernis Maya").make(c)
            + Gen.element(":**", "**:", ":** ", "**").make(c) + " " + Hostile.TEXT.make(c),
        c -> Hostile.SHORT.make(c) + Gen.element("  \n", "\\\n", "\n").make(c) + Hostile.SHORT.make(c),
        c -> Gen.element("> ", "- ", "1. ", "* ", "+ ", "1) ").make(c).repeat(c.between(1, c.chance(20) ? 5_000
            : 40)) + Hostile.SHORT.make(c),
        c -> deepList(c.between(2, c.chance(20) ? 1_000 : 30)) + Hostile.SHORT.make(c),
        c -> String.join(" ", Gen.listOf(CONTROLLED, 4, 70).make(c)));
    if (depth == 0) {
      return leaf;
    }
    Gen<String> inner = blocks(block(depth - 1), 3);
    return Gen.weighted(new int[] {6, 1, 1, 1}, leaf,
        c -> prefixLines("> ", inner.make(c)),
        c -> Gen.element("- ", "1. ", "* ").make(c) + prefixLines("  ", inner.make(c)).substring(2),
        c -> "> " + "#".repeat(c.between(1, 3)) + " " + Hostile.SHORT.make(c) + "\n>\n> " + Hostile.SHORT.make(c));
  }

  /** A producer's control, written well or badly, around hostile words or none, nested or not. */
  static final Gen<String> CONTROL = Gen.oneOf(Gen.element("pause:1s", "pause:800ms", "pause:1.5s", "pause:0s",
      "pause:-1s", "pause:1e9s", "pause:", "pause:10.001s", "pause:1 s", "say \"oh kon kwo\"",
      "say \"/' @r - n I s/\"", "say \"/b Q b/\"", "say \"\"", "say \"/\"", "say \"//\"", "say oh", "spell",
      "spell:2", "slower", "slower:20%", "slower:0%", "slower:100%", "faster:150%", "faster:20", "as:Maya",
      "as:Nobody", "as:", "as:Ernis", "louder", "pause:1s \"t\"", "https://example.org", "#x", ""),
      c -> "say \"" + Hostile.SHORT.make(c).replace("\"", "") + "\"",
      c -> "say \"/" + Hostile.SHORT.make(c).replace("\"", "").replace("/", "") + "/\"");

  static final Gen<String> CONTROLLED = Gen.weighted(new int[] {4, 2, 1, 1, 1},
      c -> Hostile.SHORT.make(c) + " [" + (c.chance(20) ? "" : Hostile.SHORT.make(c)) + "](" + CONTROL.make(c) + ")",
      c -> "[](" + CONTROL.make(c) + ")",
      c -> "[[" + Hostile.SHORT.make(c) + "](" + CONTROL.make(c) + ")](" + CONTROL.make(c) + ")",
      c -> "[*" + Hostile.SHORT.make(c) + "*](" + CONTROL.make(c) + ")" + Gen.element(".", "?", "!", "", ",").make(c),
      c -> Gen.element("[", "](", ")", "[](", "[x](say \"", "[x](pause:").make(c) + Hostile.SHORT.make(c));

  private static String deepList(int levels) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      out.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    return out.append("  ".repeat(levels)).toString();
  }

  private static String prefixLines(String prefix, String text) {
    return prefix + text.replace("\n", "\n" + prefix);
  }

  /** Blocks separated by blank lines (or not). */
  static Gen<String> blocks(Gen<String> block, int max) {
    return Gen.joined(block, Gen.element("\n\n", "\n", "\n\n\n"), max, 85);
  }

  /** A Markdown body: a few blocks up to three containers deep. */
  static final Gen<String> BODY = blocks(block(3), 10);

  static final String VALID_FRONT = "title: Fuzzed\ndate: 2026-03-01\n";
  static final String VALID_BODY = "Hello there. This is a script.\n\n## Part two\n\nIt ends here.\n";

  /** A whole script: hostile front matter or a hostile body (or both), fenced, sometimes badly. */
  static final Gen<String> SCRIPT = c -> {
    String front = c.chance(40) ? FRONT_MATTER.make(c) : VALID_FRONT;
    String body = c.chance(70) ? BODY.make(c) : VALID_BODY;
    String open = c.below(20) == 19 ? Gen.element("", "--", "---x", "\ufeff---", " ---", "+++").make(c) : "---";
    String close = c.below(20) == 19 ? Gen.element("", "...", "--- ", "----").make(c) : "---";
    return open + "\n" + front + close + "\n" + body;
  };

  /** A valid script with random edits: characters inserted, deleted or replaced anywhere. */
  static final Gen<String> MUTATED = c -> {
    StringBuilder text = new StringBuilder("---\n" + VALID_FRONT + "cast:\n  Maya: maya\n---\n**Maya:** Hi, "
        + VALID_BODY + "> A quote. With 3.5% of it.\n\n- a list\n- of two\n\nWait[](pause:1s) for [NASA](spell),"
        + " *really* [slowly](slower:20%) and [in turn](as:Maya), said [Okonkwo](say \"oh kon kwo\") and"
        + " [Ernis](say \"/' r= - n I s/\").\n");
    for (int edits = 0; edits < 12 && c.chance(85); edits++) {
      int at = c.below(text.length() + 1);
      switch (c.below(3)) {
        case 0 -> text.insert(at, Hostile.PIECE.make(c));
        case 1 -> text.delete(at, Math.min(text.length(), at + c.between(1, 10)));
        default -> text.replace(at, Math.min(text.length(), at + 1), Gen.element("\n", "-", "#", ">", "*", ":",
            "\"", "`", "|", "[", "]", "\t", " ").make(c));
      }
    }
    return text.toString();
  };

  /** The bytes of a script file: UTF-8 of a script, with encoding damage. */
  static final Gen<byte[]> BYTES = c -> {
    String text = Gen.oneOf(SCRIPT, MUTATED).make(c);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    List<byte[]> damage = List.of(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, // a lone surrogate, CESU-8
        new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc0, (byte) 0xaf},
        new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, new byte[] {0}, new byte[] {(byte) 0xf4, (byte) 0x90,
            (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x80});
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int from = 0;
    for (int hits = c.below(4); hits > 0 && from < utf8.length; hits--) {
      int at = c.between(from, utf8.length);
      out.write(utf8, from, at - from);
      out.writeBytes(damage.get(c.below(damage.size())));
      from = at;
    }
    out.write(utf8, from, utf8.length - from);
    return out.toByteArray();
  };
}
