package org.paperledge.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TagsTest {

  @Test
  void allKeysInFixedOrder() {
    Tags tags = new Tags("Episode", "Ernis", "PaperLedge", "The team", 2026, "A summary.", 12);

    Map<String, String> keys = tags.asFfmpegKeys();

    assertThat(keys).containsExactly(
        Map.entry("title", "Episode"),
        Map.entry("artist", "Ernis"),
        Map.entry("album", "PaperLedge"),
        Map.entry("album_artist", "The team"),
        Map.entry("date", "2026"),
        Map.entry("genre", "Podcast"),
        Map.entry("comment", "A summary."),
        Map.entry("track", "12"));
  }

  @Test
  void genreIsAlwaysPodcast() {
    assertThat(new Tags("t", "a", "b", "c", 1999, "", 0).asFfmpegKeys()).containsEntry("genre", "Podcast");
  }

  @Test
  void trackOmittedWhenZero() {
    Map<String, String> keys = new Tags("t", "a", "b", "c", 2026, "x", 0).asFfmpegKeys();

    assertThat(keys).doesNotContainKey("track");
    assertThat(keys.keySet()).containsExactly("title", "artist", "album", "album_artist", "date", "genre",
        "comment");
  }

  @Test
  void commentOmittedWhenBlank() {
    assertThat(new Tags("t", "a", "b", "c", 2026, "", 3).asFfmpegKeys()).doesNotContainKey("comment")
        .containsEntry("track", "3");
    assertThat(new Tags("t", "a", "b", "c", 2026, " \t\n ", 3).asFfmpegKeys()).doesNotContainKey("comment");
  }

  @Test
  void valuesAreNotEscapedHere() {
    // escaping is FfMetadata's job; the map holds the raw values
    assertThat(new Tags("a=b;c", "a", "b", "c", 2026, "#x", 1).asFfmpegKeys())
        .containsEntry("title", "a=b;c").containsEntry("comment", "#x");
  }

  @Test
  void rejectsNulls() {
    assertThatNullPointerException().isThrownBy(() -> new Tags(null, "a", "b", "c", 1, "", 0));
    assertThatNullPointerException().isThrownBy(() -> new Tags("t", "a", "b", "c", 1, null, 0));
  }
}
