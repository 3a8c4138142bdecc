package org.paperledge.publish;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paperledge.model.Chapter;
import org.paperledge.model.Cue;
import org.paperledge.show.Show;

/**
 * One episode's page, {@code SLUG.html}: its cover, title, date and duration, its player, the downloads, its
 * description, its chapters with their start times (each seeks the player) and its transcript with the speakers,
 * highlighted and kept in view as it plays; Open Graph and Twitter card tags make a shared link show the title and
 * cover. Nothing on it depends on the other episodes, so publishing a new one leaves it as it is. No external
 * resources; media are linked relative to the page; everything escaped.
 */
public final class EpisodePage {
  private EpisodePage() {}

  /** The page's file name. */
  public static String file(String slug) {
    return slug + ".html";
  }

  /**
   * The page of {@code episode}.
   *
   * @param coverFile the show's cover, for an episode without its own
   * @param chapters its chapters, as its chapters file gives them
   * @param cues its transcript, as its WebVTT file gives it
   */
  public static String html(Show show, String coverFile, Episode episode, List<Chapter> chapters, List<Cue> cues) {
    String slug = episode.slug();
    String art = artFile(show, coverFile, episode);
    StringBuilder out = new StringBuilder();
    Html.head(out, show, new Html.Share(episode.title(), episode.description(), file(slug),
        show.baseUrl().resolve(art), Optional.of(show.baseUrl().resolve(slug + ".mp3"))));
    out.append("<header class=\"site\"><p><a href=\"").append(ListenerPage.FILE).append("\">")
        .append(Html.text(show.name())).append("</a>: all episodes</p></header>\n<main>\n")
        .append("<article class=\"episode\" id=\"").append(Html.attr(slug)).append("\">\n")
        .append("<img class=\"art\" src=\"").append(Html.attr(art)).append("\" alt=\"Cover art of ")
        .append(Html.attr(episode.title())).append("\" width=\"320\" height=\"320\">\n")
        .append("<h1>").append(Html.text(episode.title())).append("</h1>\n");
    meta(out, episode);
    out.append("<audio controls preload=\"metadata\" src=\"").append(Html.attr(slug)).append(".mp3\"></audio>\n");
    links(out, episode);
    out.append("<div class=\"description\">\n");
    for (String paragraph : episode.description().split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        out.append("<p>").append(Html.text(paragraph.strip()).replace("\n", "<br>\n")).append("</p>\n");
      }
    }
    out.append("</div>\n");
    if (!episode.description().contains(Disclosure.EPISODE)) {
      Html.disclosure(out, Disclosure.EPISODE); // an item rendered before items said it
    }
    chapters(out, chapters);
    transcript(out, cues);
    out.append("</article>\n</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  /**
   * The file name of the episode's art: its own (named in its item, published beside it) or the show's cover.
   * Only a file under the show's base URL is used, so a page never loads anything from elsewhere.
   */
  static String artFile(Show show, String coverFile, Episode episode) {
    Optional<String> own = episode.image().map(URI::toASCIIString)
        .filter(url -> url.startsWith(show.baseUrl().toASCIIString()))
        .map(url -> url.substring(show.baseUrl().toASCIIString().length()))
        .filter(name -> name.matches("[a-z0-9]+(-[a-z0-9]+)*\\.(png|jpg)"));
    return own.orElse(coverFile);
  }

  /** The line under an episode's title: its number, date and duration. */
  static void meta(StringBuilder out, Episode episode) {
    out.append("<p class=\"meta\">");
    episode.number().ifPresent(n -> out.append("Episode ").append(n).append(" · "));
    out.append("<time datetime=\"").append(Html.isoDate(episode.published())).append("\">")
        .append(Html.text(Html.date(episode.published()))).append("</time>");
    if (episode.seconds() > 0) {
      out.append(" · <span class=\"duration\">").append(Html.duration(episode.seconds())).append("</span>");
    }
    out.append("</p>\n");
  }

  private static void links(StringBuilder out, Episode episode) {
    String slug = Html.attr(episode.slug());
    out.append("<p class=\"links\"><a href=\"").append(slug).append(".mp3\" download>Download MP3</a>");
    if (episode.alternate().isPresent()) {
      out.append(" · <a href=\"").append(slug).append(".m4a\" download>M4A</a>");
    }
    out.append(" · <a href=\"").append(slug).append(".vtt\">Transcript</a>");
    episode.link().ifPresent(link -> out.append(" · <a class=\"paper\" href=\"").append(Html.attr(
        link.toASCIIString())).append("\">Read the paper</a>"));
    out.append("</p>\n");
  }

  private static void chapters(StringBuilder out, List<Chapter> chapters) {
    if (chapters.isEmpty()) {
      return;
    }
    out.append("<h2>Chapters</h2>\n<ol class=\"chapters\">\n");
    for (Chapter chapter : chapters) {
      out.append("<li><button type=\"button\" data-start=\"").append(ChaptersJson.seconds(chapter.startMs()))
          .append("\"><span class=\"time\">").append(ShowNotes.timestamp(chapter.startMs())).append("</span> ")
          .append(Html.text(chapter.title())).append("</button></li>\n");
    }
    out.append("</ol>\n");
  }

  /** The transcript in turns: a paragraph each time the speaker changes, opened by the speaker's name. */
  private static void transcript(StringBuilder out, List<Cue> cues) {
    if (cues.isEmpty()) {
      return;
    }
    out.append("<h2>Transcript</h2>\n<div class=\"transcript\">\n");
    String speaker = null;
    for (Cue cue : cues) {
      if (speaker == null || !cue.speaker().equals(speaker)) {
        out.append(speaker == null ? "" : "</p>\n").append("<p class=\"turn\">");
        speaker = cue.speaker();
        if (!speaker.isEmpty()) {
          out.append("<b class=\"speaker\">").append(Html.text(speaker)).append(":</b> ");
        }
      }
      out.append(String.format(Locale.ROOT, "<span class=\"cue\" data-start=\"%s\" data-end=\"%s\">",
          ChaptersJson.seconds(cue.startMs()), ChaptersJson.seconds(cue.endMs())))
          .append(Html.text(cue.text())).append("</span> ");
    }
    out.append("</p>\n</div>\n");
  }

  /** Chapters and cues seek the player; the cue being spoken and its chapter are marked and kept in view. */
  private static final String SCRIPT = """
      (function () {
        var audio = document.querySelector('article.episode audio');
        var box = document.querySelector('.transcript');
        var chapters = Array.prototype.slice.call(document.querySelectorAll('ol.chapters button'));
        var cues = Array.prototype.slice.call(document.querySelectorAll('.transcript span.cue'));
        var chapterStarts = chapters.map(function (b) { return parseFloat(b.dataset.start); });
        var cueStarts = cues.map(function (c) { return parseFloat(c.dataset.start); });
        var cueEnds = cues.map(function (c) { return parseFloat(c.dataset.end); });
        function seek(t) { audio.currentTime = t; }
        chapters.forEach(function (b, i) { b.addEventListener('click', function () { seek(chapterStarts[i]); }); });
        cues.forEach(function (c, i) { c.addEventListener('click', function () { seek(cueStarts[i]); }); });
        function last(starts, t) {
          var lo = 0, hi = starts.length - 1, found = -1;
          while (lo <= hi) {
            var mid = (lo + hi) >> 1;
            if (starts[mid] <= t) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
          }
          return found;
        }
        var cue = -1, chapter = -1;
        function follow(span) {
          var top = span.offsetTop, bottom = top + span.offsetHeight;
          if (top < box.scrollTop || bottom > box.scrollTop + box.clientHeight) {
            box.scrollTop = Math.max(0, top - box.clientHeight / 3);
          }
        }
        function update() {
          var t = audio.currentTime;
          var c = last(cueStarts, t);
          if (c >= 0 && t >= cueEnds[c]) { c = -1; }
          if (c !== cue) {
            if (cue >= 0) { cues[cue].classList.remove('now'); }
            cue = c;
            if (c >= 0) { cues[c].classList.add('now'); follow(cues[c]); }
          }
          var h = last(chapterStarts, t);
          if (h !== chapter) {
            if (chapter >= 0) { chapters[chapter].parentNode.classList.remove('now'); }
            chapter = h;
            if (h >= 0) { chapters[h].parentNode.classList.add('now'); }
          }
        }
        if (audio) {
          audio.addEventListener('timeupdate', update);
          audio.addEventListener('seeked', update);
        }
      })();
      """;
}
