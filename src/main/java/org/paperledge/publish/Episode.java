package org.paperledge.publish;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A published episode as the feed sees it: its item file, parsed, and where its files are.
 *
 * @param slug the file-name stem
 * @param item the {@code <item>} element's content, as written by the renderer
 * @param published its publication time, for ordering
 * @param enclosure the MP3's URL
 * @param title its title
 */
public record Episode(String slug, org.w3c.dom.Element item, OffsetDateTime published, URI enclosure,
    String title) {
  public Episode {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(enclosure, "enclosure");
    Objects.requireNonNull(title, "title");
  }
}
