package org.paperledge.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

  @Test
  void removesForbiddenControlCharacters() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      all.append(c);
    }
    assertThat(XmlText.clean("a" + all + "b")).isEqualTo("a\t\n\rb");
  }

  @Test
  void keepsTabNewlineAndCarriageReturn() {
    assertThat(XmlText.clean("one\ttwo\nthree\r\nfour")).isEqualTo("one\ttwo\nthree\r\nfour");
  }

  @Test
  void removesDelAndC1Controls() {
    assertThat(XmlText.clean("a\u007fb\u0080c\u0085d\u009fe")).isEqualTo("abcde");
  }

  @Test
  void removesNonCharactersAndLoneSurrogates() {
    assertThat(XmlText.clean("a\uFFFEb\uFFFFc")).isEqualTo("abc");
    assertThat(XmlText.clean("lone\uD83Chigh")).isEqualTo("lonehigh");
    assertThat(XmlText.clean("lone\uDFA7low")).isEqualTo("lonelow");
    assertThat(XmlText.clean("end\uD83C")).isEqualTo("end");
    assertThat(XmlText.clean("\uDFA7\uD83C")).isEmpty(); // reversed pair is two lone surrogates
  }

  @Test
  void keepsAstralEmojiWhole() {
    String emoji = "🎧 🦜 👩🏽‍🔬 🇺🇸 𝄞 😀";
    assertThat(XmlText.clean(emoji)).isEqualTo(emoji);
    assertThat(XmlText.clean("\uD83C\uDFA7")).isEqualTo("🎧");
  }

  @Test
  void keepsOrdinaryUnicode() {
    String text = "Café — naïve “quotes” 日本語 مرحبا שלום \u202Eltr\u202C \uE000 \uFFFD & < > \" '";
    assertThat(XmlText.clean(text)).isEqualTo(text);
  }

  @Test
  void emptyStaysEmpty() {
    assertThat(XmlText.clean("")).isEmpty();
  }
}
