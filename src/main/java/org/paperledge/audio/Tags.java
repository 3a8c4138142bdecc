package org.paperledge.audio;

import java.util.Objects;

/**
 * The ID3 tags of an episode MP3.
 *
 * @param title episode title (TIT2)
 * @param artist the host (TPE1)
 * @param album the show (TALB)
 * @param albumArtist the show's author (TPE2)
 * @param year the publication year (TYER)
 * @param comment the episode summary (COMM)
 * @param track the episode number, or 0 for none (TRCK)
 */
public record Tags(String title, String artist, String album, String albumArtist, int year, String comment,
    int track) {
  public Tags {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(artist, "artist");
    Objects.requireNonNull(album, "album");
    Objects.requireNonNull(albumArtist, "albumArtist");
    Objects.requireNonNull(comment, "comment");
  }
}
