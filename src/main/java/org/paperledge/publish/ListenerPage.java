package org.paperledge.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperledge.show.Show;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The listener page, {@code index.html}: a static page with no external resources listing the episodes newest
 * first, each with a player, a chapter list that seeks it, the transcript highlighted as it plays, and download
 * and paper links. Media are linked relative to the page, so it works from the output folder as it is.
 */
public final class ListenerPage {
  /** File name of the page. */
  public static final String FILE = "index.html";

  private ListenerPage() {}

  /** The page for {@code episodes}, whose sidecar files are read from {@code outDir}. */
  public static String html(Show show, List<Episode> episodes, Path outDir) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(attr(show.language())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(text(show.name())).append("</title>\n")
        .append("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"").append(Feed.FILE).append("\">\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n")
        .append("<h1>").append(text(show.name())).append("</h1>\n<p>").append(text(show.description()))
        .append("</p>\n<p><a href=\"").append(Feed.FILE).append("\">Podcast feed</a></p>\n</header>\n<main>\n");
    for (Episode episode : episodes) {
      episode(out, episode, outDir);
    }
    out.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void episode(StringBuilder out, Episode episode, Path outDir) throws IOException {
    String slug = episode.slug();
    Element item = episode.item();
    out.append("<article class=\"episode\" id=\"").append(attr(slug)).append("\">\n")
        .append("<h2>").append(text(episode.title())).append("</h2>\n")
        .append("<p class=\"date\">").append(text(childText(item, "pubDate"))).append("</p>\n")
        .append("<p class=\"description\">").append(text(childText(item, "description"))).append("</p>\n")
        .append("<audio controls preload=\"metadata\" src=\"").append(attr(slug)).append(".mp3\"></audio>\n")
        .append("<p class=\"links\"><a href=\"").append(attr(slug)).append(".mp3\" download>Download MP3</a>");
    String link = childText(item, "link");
    if (link.matches("(?i)https?://\\S+")) {
      out.append(" · <a class=\"paper\" href=\"").append(attr(link)).append("\">Read the paper</a>");
    }
    out.append(" · <a href=\"").append(attr(slug)).append(".vtt\">Transcript</a></p>\n");
    Path chapters = outDir.resolve(slug + ".chapters.json");
    String chaptersJson = Files.exists(chapters) ? Files.readString(chapters, StandardCharsets.UTF_8)
        : "{\"chapters\": []}";
    out.append("<h3>Chapters</h3>\n<ol class=\"chapters\"></ol>\n")
        .append("<h3>Transcript</h3>\n<div class=\"transcript\"></div>\n")
        .append("<script type=\"application/json\" class=\"chapters-data\">")
        .append(scriptSafe(chaptersJson.strip())).append("</script>\n")
        .append("<script type=\"application/json\" class=\"transcript-data\">")
        .append(scriptSafe(cuesJson(outDir.resolve(slug + ".vtt")))).append("</script>\n")
        .append("</article>\n");
  }

  /** The cues of our own WebVTT transcript as a JSON array of [start, end, text, speaker]. */
  static String cuesJson(Path vtt) throws IOException {
    if (!Files.exists(vtt)) {
      return "[]";
    }
    List<String> cues = new ArrayList<>();
    List<String> lines = Files.readAllLines(vtt, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int arrow = line.indexOf(" --> ");
      if (arrow > 0 && i + 1 < lines.size()) {
        String text = lines.get(i + 1);
        java.util.regex.Matcher voice = java.util.regex.Pattern.compile("^<v ([^>]*)>").matcher(text);
        String speaker = voice.find() ? unescape(voice.group(1)) : "";
        String cue = unescape(text.replaceFirst("^<v [^>]*>", ""));
        cues.add("[" + seconds(line.substring(0, arrow)) + "," + seconds(line.substring(arrow + 5)) + ","
            + ChaptersJson.string(cue) + "," + ChaptersJson.string(speaker) + "]");
      }
    }
    return "[" + String.join(",", cues) + "]";
  }

  private static String unescape(String vtt) {
    return vtt.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static String seconds(String time) {
    String[] p = time.strip().split("[:.]");
    long ms = Long.parseLong(p[0]) * 3_600_000 + Long.parseLong(p[1]) * 60_000 + Long.parseLong(p[2]) * 1000
        + Long.parseLong(p[3]);
    return ChaptersJson.seconds(ms);
  }

  private static String childText(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    return "";
  }

  /** JSON inside a script element: nothing can close the element or open a comment. */
  private static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e");
  }

  static String text(String value) {
    return XmlText.clean(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String attr(String value) {
    return text(value).replace("\"", "&quot;").replace("'", "&#39;");
  }

  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 0 auto; padding: 1rem;
        color: #1d2a2e; background: #f7f3ea; }
      header { border-bottom: 2px solid #0e3b43; margin-bottom: 1rem; }
      h1 { color: #0e3b43; }
      article.episode { background: #fff; border-radius: 8px; padding: 1rem 1.25rem; margin: 1.5rem 0;
        box-shadow: 0 1px 3px rgba(0,0,0,.12); }
      audio { width: 100%; }
      .date { color: #5b6b70; margin-top: -.5rem; }
      .description { white-space: pre-line; }
      ol.chapters button { background: none; border: none; color: #1f6f5c; cursor: pointer; padding: .15rem 0;
        font: inherit; text-align: left; }
      ol.chapters li.now button { font-weight: bold; }
      .transcript { max-height: 16rem; overflow-y: auto; line-height: 1.5; border-top: 1px solid #ddd;
        padding-top: .5rem; }
      .transcript span.cue { cursor: pointer; }
      .transcript span.now { background: #ffe8a3; }
      """;

  private static final String SCRIPT = """
      document.querySelectorAll('article.episode').forEach(function (article) {
        var audio = article.querySelector('audio');
        var chapters = JSON.parse(article.querySelector('.chapters-data').textContent).chapters || [];
        var cues = JSON.parse(article.querySelector('.transcript-data').textContent);
        var list = article.querySelector('ol.chapters');
        chapters.forEach(function (chapter) {
          var li = document.createElement('li');
          var button = document.createElement('button');
          button.type = 'button';
          button.textContent = chapter.title;
          button.dataset.start = chapter.startTime;
          button.addEventListener('click', function () { audio.currentTime = chapter.startTime; });
          li.appendChild(button);
          list.appendChild(li);
        });
        var transcript = article.querySelector('.transcript');
        var speaker = null;
        var spans = cues.map(function (cue) {
          if (cue[3] && cue[3] !== speaker) {
            speaker = cue[3];
            var name = document.createElement('b');
            name.className = 'speaker';
            name.textContent = speaker + ': ';
            if (transcript.childNodes.length > 0) {
              transcript.appendChild(document.createElement('br'));
            }
            transcript.appendChild(name);
          }
          var span = document.createElement('span');
          span.className = 'cue';
          span.textContent = cue[2] + ' ';
          span.addEventListener('click', function () { audio.currentTime = cue[0]; });
          transcript.appendChild(span);
          return span;
        });
        audio.addEventListener('timeupdate', function () {
          var t = audio.currentTime;
          cues.forEach(function (cue, i) {
            spans[i].classList.toggle('now', t >= cue[0] && t < cue[1]);
          });
          Array.prototype.forEach.call(list.children, function (li, i) {
            var next = chapters[i + 1] ? chapters[i + 1].startTime : Infinity;
            li.classList.toggle('now', t >= chapters[i].startTime && t < next);
          });
        });
      });
      """;
}
