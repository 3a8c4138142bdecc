package org.paperledge.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperledge.lint.Finding;
import org.paperledge.lint.ScriptChecker;
import org.paperledge.render.PlannedLine;
import org.paperledge.script.Script;

/**
 * The state as the page reads it, in JSON: the episode's chapters and lines (each with its text, spoken form,
 * speaker, place in the script and in the audio, and the findings inside it), the findings that belong to no
 * line, the errors of an edit that did not build, and what the last build did.
 */
final class StateJson {
  private StateJson() {}

  /**
   * The state's JSON.
   *
   * @param session tells this run of the studio from an earlier one on the same port, whose versions a page
   *     that reconnects must not compare with these
   */
  static String of(State state, String session) {
    Json json = new Json().object().field("version", state.version()).field("busy", state.busy())
        .field("warm", state.warm()).field("session", session);
    json.name("problems").array();
    state.problems().forEach(p -> finding(json, p));
    json.end();
    if (state.good().isPresent()) {
      episode(json.name("episode"), state.good().get());
    }
    return json.end().toString();
  }

  private static void episode(Json json, Snapshot snapshot) {
    Script script = snapshot.script();
    EpisodeAudio audio = snapshot.audio();
    Snapshot.Stats stats = snapshot.stats();
    json.object().field("script", script.file().toString()).field("title", script.meta().title())
        .field("audio", audio.version()).field("seconds", audio.seconds());
    json.name("stats").object().field("millis", stats.millis()).field("waitMillis", stats.waitMillis())
        .field("planMillis", stats.planMillis()).field("speakMillis", stats.speakMillis())
        .field("assembleMillis", stats.assembleMillis()).field("synthesized", stats.synthesized())
        .field("fromCache", stats.fromCache()).field("kept", stats.kept()).end();
    List<List<Finding>> placed = new ArrayList<>();
    snapshot.lines().forEach(l -> placed.add(new ArrayList<>()));
    List<Finding> unplaced = new ArrayList<>();
    for (Finding finding : snapshot.findings()) {
      Optional<Integer> line = SourceSpans.lineOf(finding, snapshot.spans());
      if (line.isPresent()) {
        placed.get(line.get()).add(finding);
      } else {
        unplaced.add(finding);
      }
    }
    json.name("findings").array();
    unplaced.forEach(f -> finding(json, f));
    json.end();
    json.name("chapters").array();
    for (int c = 0; c < script.chapters().size(); c++) {
      Script.Chapter chapter = script.chapters().get(c);
      json.object().field("title", chapter.title()).field("line", chapter.line()).end();
    }
    json.end();
    json.name("lines").array();
    for (int i = 0; i < snapshot.lines().size(); i++) {
      line(json, snapshot, i, placed.get(i));
    }
    json.end().end();
  }

  private static void line(Json json, Snapshot snapshot, int i, List<Finding> findings) {
    PlannedLine line = snapshot.lines().get(i);
    EpisodeAudio audio = snapshot.audio();
    json.object().field("text", line.text()).field("spoken", ScriptChecker.spoken(line.tokens()))
        .field("speaker", line.speaker().name()).field("voice", line.speaker().voice().name())
        .field("chapter", line.chapter()).field("added", line.scriptLine() == 0)
        .field("start", audio.start(i)).field("end", audio.end(i))
        .field("changed", snapshot.changed().contains(i));
    Optional<java.nio.file.Path> lexicon = Pronunciations.voiceLexicon(line);
    json.field("voiceLexicon", lexicon.map(Object::toString).orElse(null));
    Optional<SourceSpans.Span> span = snapshot.spans().get(i);
    if (span.isPresent()) {
      json.field("line", span.get().line()).field("column", span.get().column());
    }
    json.name("findings").array();
    findings.forEach(f -> finding(json, f));
    json.end().end();
  }

  private static void finding(Json json, Finding f) {
    json.object().field("file", f.file().toString()).field("line", f.line()).field("column", f.column())
        .field("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT)).field("message", f.message())
        .field("suggestion", f.suggestion().orElse(null)).field("text", f.format()).end();
  }
}
