package org.paperledge.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperledge.model.Chapter;

class ChaptersJsonTest {
  private static final List<Chapter> CHAPTERS = List.of(
      new Chapter("Intro", 0, 61_500, Optional.empty()),
      new Chapter("Café ☕ 😀", 61_500, 3_725_004, Optional.empty()),
      new Chapter("Wrap-up", 3_725_004, 3_725_010, Optional.empty()));

  /** Hex digits of \\u escapes in lower case, so the comparison does not depend on their case. */
  private static String lowerEscapes(String json) {
    Matcher m = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(json);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("\\u" + m.group(1).toLowerCase()));
    }
    return m.appendTail(out).toString();
  }

  @Test
  void golden() {
    String json = ChaptersJson.render(withUrls(CHAPTERS, "https://arxiv.org/abs/2609.04417", null));

    assertThat(lowerEscapes(json)).isEqualTo("""
        {
          "version": "1.2.0",
          "chapters": [
            {"startTime": 0.000, "endTime": 61.500, "title": "Intro", "url": "https://arxiv.org/abs/2609.04417"},
            {"startTime": 61.500, "endTime": 3725.004, "title": "Caf\\u00e9 \\u2615 \\ud83d\\ude00"},
            {"startTime": 3725.004, "endTime": 3725.010, "title": "Wrap-up"}
          ]
        }
        """);
  }

  @Test
  void parsesAsJsonWithTheSameValues() {
    String json = ChaptersJson.render(withUrls(CHAPTERS, null, "https://example.org/ü?a=1&b=%222%22", null));
    JsonObject root = FeedTest.strictJson(json).getAsJsonObject();

    assertThat(root.get("version").getAsString()).isEqualTo("1.2.0");
    JsonArray chapters = root.getAsJsonArray("chapters");
    assertThat(chapters).hasSize(3);
    JsonObject second = chapters.get(1).getAsJsonObject();
    assertThat(second.get("title").getAsString()).isEqualTo("Café ☕ 😀");
    assertThat(second.get("startTime").getAsBigDecimal()).isEqualByComparingTo("61.5");
    assertThat(second.get("endTime").getAsBigDecimal()).isEqualByComparingTo("3725.004");
    assertThat(second.get("url").getAsString()).isEqualTo("https://example.org/ü?a=1&b=%222%22");
    assertThat(chapters.get(0).getAsJsonObject().has("url")).isFalse();
    assertThat(chapters.get(2).getAsJsonObject().has("url")).isFalse();
  }

  @Test
  void urlOnlyWhenGiven() {
    assertThat(ChaptersJson.render(CHAPTERS)).doesNotContain("\"url\"");
    assertThat(ChaptersJson.render(withUrls(CHAPTERS, null, null, "https://x.example/")))
        .containsOnlyOnce("\"url\"").contains("\"title\": \"Wrap-up\", \"url\": \"https://x.example/\"}");
  }

  @Test
  void timesHaveThreeDecimals() {
    String json = ChaptersJson.render(List.of(new Chapter("A", 1, 10, Optional.empty()), new Chapter("B", 10, 100_000, Optional.empty())));

    assertThat(json).contains("\"startTime\": 0.001, \"endTime\": 0.010,")
        .contains("\"startTime\": 0.010, \"endTime\": 100.000,");
    assertThat(ChaptersJson.seconds(0)).isEqualTo("0.000");
    assertThat(ChaptersJson.seconds(36_000_123)).isEqualTo("36000.123");
  }

  @Test
  void noChaptersIsStillValidJson() {
    String json = ChaptersJson.render(List.of());

    JsonObject root = FeedTest.strictJson(json).getAsJsonObject();
    assertThat(root.get("version").getAsString()).isEqualTo("1.2.0");
    assertThat(root.getAsJsonArray("chapters")).isEmpty();
  }

  @Test
  void nonAsciiIsEscaped() {
    assertThat(lowerEscapes(ChaptersJson.string("é"))).isEqualTo("\"\\u00e9\"");
    assertThat(lowerEscapes(ChaptersJson.string("مرحبا"))).isEqualTo("\"\\u0645\\u0631\\u062d\\u0628\\u0627\"");
    assertThat(lowerEscapes(ChaptersJson.string("😀"))).isEqualTo("\"\\ud83d\\ude00\"");
    assertThat(ChaptersJson.string("a\"b\\c\nd\te\r")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\r\"");
    assertThat(ChaptersJson.string("<>&'/")).isEqualTo("\"<>&'/\"");
  }

  @Test
  void controlCharactersAreDropped() {
    assertThat(ChaptersJson.string("a\u0001b\u0008c\u001Bd\u007Fe\u0085f")).isEqualTo("\"abcdef\"");
  }

  @Test
  void hostileTitlesGiveValidAsciiJson() {
    String json = ChaptersJson.render(List.of(new Chapter(FeedTest.HOSTILE, 0, 1000,
            Optional.of(URI.create("https://example.org/%3C%2Fscript%3E?q=%22%7D%5D"))),
        new Chapter("\\\"}]", 1000, 2000, Optional.empty())));

    assertThat(json).matches("\\p{ASCII}+");
    JsonArray chapters = FeedTest.strictJson(json).getAsJsonObject().getAsJsonArray("chapters");
    assertThat(chapters).hasSize(2);
    assertThat(chapters.get(0).getAsJsonObject().get("title").getAsString()).isEqualTo(FeedTest.HOSTILE_CLEAN);
    assertThat(chapters.get(0).getAsJsonObject().get("url").getAsString())
        .isEqualTo("https://example.org/%3C%2Fscript%3E?q=%22%7D%5D");
    assertThat(chapters.get(1).getAsJsonObject().get("title").getAsString()).isEqualTo("\\\"}]");
  }

  /** {@code chapters} with the given links, one per chapter (null for none). */
  private static List<Chapter> withUrls(List<Chapter> chapters, String... urls) {
    return java.util.stream.IntStream.range(0, chapters.size()).mapToObj(i -> new Chapter(chapters.get(i).title(),
        chapters.get(i).startMs(), chapters.get(i).endMs(),
        Optional.ofNullable(i < urls.length ? urls[i] : null).map(URI::create))).toList();
  }
}
