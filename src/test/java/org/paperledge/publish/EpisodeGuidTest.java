package org.paperledge.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EpisodeGuidTest {

  @Test
  void namespaceIsThePodcasting20One() {
    assertThat(EpisodeGuid.PODCAST_NAMESPACE).isEqualTo(UUID.fromString("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"));
  }

  @Test
  void podcastNamespaceSpecVector() {
    // The example in the Podcasting 2.0 spec (podcast-namespace docs/tags/guid.md): feed URL without scheme.
    // Independently checked with Python: uuid.uuid5(uuid.UUID('ead4c236-bf58-58c6-a2c6-a6b28d128cb6'),
    //   'mp3s.nashownotes.com/pc20rss.xml') -> 917393e3-1b1e-5cef-ace4-edaa54e1f810
    assertThat(EpisodeGuid.v5(EpisodeGuid.PODCAST_NAMESPACE, "mp3s.nashownotes.com/pc20rss.xml"))
        .isEqualTo(UUID.fromString("917393e3-1b1e-5cef-ace4-edaa54e1f810"));
  }

  @Test
  void vectorsComputedWithPython() {
    // python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('ead4c236-bf58-58c6-a2c6-a6b28d128cb6'), NAME))"
    UUID ns = EpisodeGuid.PODCAST_NAMESPACE;
    assertThat(EpisodeGuid.v5(ns, "podcastindex.org/namespace/1.0"))
        .isEqualTo(UUID.fromString("0b20eef2-824a-5f6a-bc6b-68f611056e0c"));
    assertThat(EpisodeGuid.v5(ns, "")).isEqualTo(UUID.fromString("c9c7bad3-4712-514e-9ebd-d1e208fa1b76"));
    // non-ASCII names are hashed as UTF-8
    assertThat(EpisodeGuid.v5(ns, "ünïcode – 日本語 🎧"))
        .isEqualTo(UUID.fromString("31a9d4ea-b372-5692-96c8-61c3a578eb1d"));
    // python3: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org') -> 886313e1-3b8a-5372-9b90-0c9aee199e5d
    assertThat(EpisodeGuid.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"))
        .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
  }

  @Test
  void v5HasVersion5AndTheRfcVariant() {
    UUID uuid = EpisodeGuid.v5(EpisodeGuid.PODCAST_NAMESPACE, "anything at all");
    assertThat(uuid.version()).isEqualTo(5);
    assertThat(uuid.variant()).isEqualTo(2);
  }

  @Test
  void forEpisodeIsV5OfLowercasedShowAndSlug() {
    // python3: uuid.uuid5(ns, 'paperledge weekly/episodes/attention-is-all-you-need')
    //   -> 5d54677c-3204-58ba-8268-f046e54cf422
    assertThat(EpisodeGuid.forEpisode("  PaperLedge Weekly ", "attention-is-all-you-need"))
        .isEqualTo("5d54677c-3204-58ba-8268-f046e54cf422");
  }

  @Test
  void forEpisodeIsStable() {
    String first = EpisodeGuid.forEpisode("PaperLedge", "2026-10-05-can-you-hear-a-thirsty-tree");
    assertThat(EpisodeGuid.forEpisode("PaperLedge", "2026-10-05-can-you-hear-a-thirsty-tree")).isEqualTo(first);
    assertThat(EpisodeGuid.forEpisode("paperledge", "2026-10-05-can-you-hear-a-thirsty-tree")).isEqualTo(first);
    assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void forEpisodeDiffersPerSlugAndPerShow() {
    String a = EpisodeGuid.forEpisode("PaperLedge", "episode-one");
    String b = EpisodeGuid.forEpisode("PaperLedge", "episode-two");
    String c = EpisodeGuid.forEpisode("OtherShow", "episode-one");
    assertThat(a).isNotEqualTo(b).isNotEqualTo(c);
    assertThat(b).isNotEqualTo(c);
  }
}
