package org.paperledge.studio;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A small JSON writer for the studio's state: objects, arrays, strings, numbers and booleans, commas placed by
 * the writer. Strings are escaped to printable ASCII (so the text can also go on one line of a server-sent event),
 * with {@code <}, {@code >} and {@code &} escaped too.
 */
final class Json {
  private final StringBuilder out = new StringBuilder();
  /** Per open object or array: the character that closes it, and whether a value has been written in it. */
  private final Deque<Frame> open = new ArrayDeque<>();
  private boolean named;

  private static final class Frame {
    final char close;
    boolean written;

    Frame(char close) {
      this.close = close;
    }
  }

  Json object() {
    raw("{");
    open.push(new Frame('}'));
    return this;
  }

  Json array() {
    raw("[");
    open.push(new Frame(']'));
    return this;
  }

  Json end() {
    if (open.isEmpty()) {
      throw new IllegalStateException("nothing to end");
    }
    out.append(open.pop().close);
    return this;
  }

  /** The name of the next value, in an object. */
  Json name(String name) {
    comma();
    out.append(string(name)).append(':');
    named = true;
    return this;
  }

  Json value(String text) {
    return raw(text == null ? "null" : string(text));
  }

  Json value(long number) {
    return raw(Long.toString(number));
  }

  /** A number with up to four decimals. */
  Json value(double number) {
    if (!Double.isFinite(number)) {
      throw new IllegalArgumentException("not a JSON number: " + number);
    }
    return raw(String.format(Locale.ROOT, "%.4f", number).replaceAll("\\.?0+$", ""));
  }

  Json value(boolean flag) {
    return raw(Boolean.toString(flag));
  }

  /** A name and a string value. */
  Json field(String name, String text) {
    return name(name).value(text);
  }

  Json field(String name, long number) {
    return name(name).value(number);
  }

  Json field(String name, double number) {
    return name(name).value(number);
  }

  Json field(String name, boolean flag) {
    return name(name).value(flag);
  }

  private Json raw(String text) {
    if (!named) {
      comma();
    }
    named = false;
    out.append(text);
    return this;
  }

  private void comma() {
    Frame frame = open.peek();
    if (frame != null) {
      if (frame.written) {
        out.append(',');
      }
      frame.written = true;
    }
  }

  /** A JSON string literal of {@code text}, in printable ASCII. */
  static String string(String text) {
    StringBuilder s = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\t' -> s.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&') {
            s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }

  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("an object or array is still open");
    }
    return out.toString();
  }
}
