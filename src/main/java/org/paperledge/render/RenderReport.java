package org.paperledge.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperledge.files.AtomicFiles;
import org.paperledge.publish.JsonText;

/** What a render run did, episode by episode: the final summary line and the {@code --report} JSON. */
public final class RenderReport {
  private final Map<Path, Entry> entries = new LinkedHashMap<>();
  private final List<String> outputErrors = new ArrayList<>();

  /** @param cacheDamaged cache entries found damaged (and made again) while rendering it; -1 when not rendered */
  private record Entry(Path script, String slug, String status, RenderResult result, String message,
      int cacheDamaged) {}

  /** {@code script} was rendered; {@code cacheDamaged} damaged cache entries were found and made again. */
  public void rendered(Path script, String slug, RenderResult result, int cacheDamaged) {
    entries.put(script, new Entry(script, slug, "rendered", result, "", cacheDamaged));
  }

  public void upToDate(Path script, String slug) {
    entries.put(script, new Entry(script, slug, "up-to-date", null, "", -1));
  }

  /** Rendering {@code script} failed, after finding {@code cacheDamaged} damaged cache entries (-1: not tried). */
  public void failed(Path script, String slug, String message, int cacheDamaged) {
    entries.put(script, new Entry(script, slug, "failed", null, message, cacheDamaged));
  }

  public void badInput(Path script, String message) {
    entries.put(script, new Entry(script, "", "bad-input", null, message, -1));
  }

  /** Damaged cache entries found in the whole run. */
  public int cacheDamaged() {
    return entries.values().stream().mapToInt(e -> Math.max(0, e.cacheDamaged())).sum();
  }

  /** The output folder itself could not be written. */
  public void failedOutput(String message) {
    outputErrors.add(message);
  }

  /** Whether {@code script} already has an outcome. */
  public boolean done(Path script) {
    return entries.containsKey(script);
  }

  public int rendered() {
    return count("rendered");
  }

  public int failed() {
    return count("failed") + outputErrors.size();
  }

  public int badInput() {
    return count("bad-input");
  }

  private int count(String status) {
    return (int) entries.values().stream().filter(e -> e.status().equals(status)).count();
  }

  /** One line: how many episodes were rendered, up to date, failed, or bad input. */
  public String summary() {
    return String.format(Locale.ROOT, "%d rendered, %d up to date, %d failed, %d bad input", rendered(),
        count("up-to-date"), failed(), badInput());
  }

  /** Writes the JSON report to {@code file} (atomically). */
  public void write(Path file) throws IOException {
    StringBuilder json = new StringBuilder("{\n  \"summary\": ").append(JsonText.string(summary()))
        .append(",\n  \"cacheDamaged\": ").append(cacheDamaged())
        .append(",\n  \"episodes\": [");
    int i = 0;
    for (Entry e : entries.values()) {
      json.append(i++ == 0 ? "\n" : ",\n").append("    {\"script\": ").append(JsonText.string(e.script().toString()))
          .append(", \"slug\": ").append(JsonText.string(e.slug()))
          .append(", \"status\": ").append(JsonText.string(e.status()));
      if (e.result() != null) {
        RenderResult r = e.result();
        json.append(String.format(Locale.ROOT, ", \"durationSeconds\": %.3f, \"chapters\": %d, \"segments\": %d,"
                + " \"cacheHits\": %d, \"cacheMisses\": %d, \"seconds\": {\"synthesis\": %.3f,"
                + " \"mastering\": %.3f, \"other\": %.3f, \"total\": %.3f}, \"chunks\": %d,"
                + " \"chunksFromCache\": %d, \"mixLufs\": %s",
            r.durationSeconds(), r.chapters().size(), r.segments(), r.cacheHits(), r.cacheMisses(),
            r.synthesisSeconds(), r.masteringSeconds(),
            r.totalSeconds() - r.synthesisSeconds() - r.masteringSeconds(), r.totalSeconds(), r.chunks(),
            r.chunksFromCache(), Double.isFinite(r.mixLufs()) ? String.format(Locale.ROOT, "%.2f", r.mixLufs())
                : "null"));
      }
      if (e.cacheDamaged() >= 0) {
        json.append(", \"cacheDamaged\": ").append(e.cacheDamaged());
      }
      if (!e.message().isEmpty()) {
        json.append(", \"error\": ").append(JsonText.string(e.message()));
      }
      json.append('}');
    }
    json.append("\n  ]\n}\n");
    Files.createDirectories(file.toAbsolutePath().getParent());
    AtomicFiles.write(file.toAbsolutePath(), json.toString().getBytes(StandardCharsets.UTF_8));
  }
}
