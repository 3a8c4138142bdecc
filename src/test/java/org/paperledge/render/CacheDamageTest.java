package org.paperledge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperledge.cache.CacheEvents;
import org.paperledge.cache.CacheFolder;
import org.paperledge.files.TestTempFiles;
import org.paperledge.show.Show;
import org.paperledge.testing.ToneSynthesizer;

/**
 * A damaged cache never reaches a published episode: entries of a cache shared by several episodes are truncated,
 * have bytes flipped or hold another key's entry; rendered again, every episode is byte for byte the episode
 * rendered without a cache, and every damaged entry read is reported. A cache folder that cannot be written at
 * all gives the same episodes, and says so once. (Speech is a tone, so that it takes seconds; FFmpeg is real.)
 */
class CacheDamageTest {
  private static final Path SHOW = Path.of("show.yaml");
  private static final Path VOICES = Path.of("voices");
  private static final String[] SENTENCES = {"The trees were thirsty.", "Sensors listened all night.",
      "A model counted the clicks.", "Nobody expected the result.", "The forest went quiet at noon.",
      "Water moved up the trunk.", "We asked the authors why.", "That is all for today."};

  @TempDir
  Path dir;

  private Show show;
  private List<Path> scripts;
  private final List<String> damaged = Collections.synchronizedList(new ArrayList<>());
  private final List<String> unwritable = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void scripts() throws Exception {
    show = Show.load(SHOW);
    scripts = new ArrayList<>();
    Path folder = Files.createDirectories(dir.resolve("scripts"));
    for (int e = 0; e < 4; e++) {
      // Episodes share sentences, so one damaged segment is read by several.
      String body = "## Part one\n\n" + SENTENCES[e] + " " + SENTENCES[(e + 1) % 8] + "\n\n## Part two\n\n"
          + SENTENCES[(e + 3) % 8] + " " + SENTENCES[7] + "\n";
      Path script = folder.resolve("2026-04-0" + (e + 1) + "-damage-" + e + ".md");
      Files.writeString(script, "---\ntitle: Damage " + e + "\ndate: 2026-04-0" + (e + 1) + "\n---\n" + body);
      scripts.add(script);
    }
  }

  @AfterEach
  void deleteTheFfmpegExtractedForOneRun() {
    TestTempFiles.deleteAll();
  }

  @Test
  void damagedEntriesAreReportedAndNeverPublished() throws Exception {
    Path cache = dir.resolve("cache");
    RenderReport filled = render(cache, dir.resolve("filled"));
    assertThat(filled.rendered()).isEqualTo(4);
    RenderReport reference = render(null, dir.resolve("reference"));
    assertThat(reference.rendered()).isEqualTo(4);
    assertThat(damaged).isEmpty();

    List<Path> hurt = damage(cache, new Random(16));
    assertThat(hurt).hasSizeGreaterThanOrEqualTo(8);
    RenderReport again = render(cache, dir.resolve("again"));

    assertThat(again.rendered()).isEqualTo(4);
    assertSameEpisodes(dir.resolve("again"), dir.resolve("reference"));
    // Music is kept for the JVM's life once made, so only a new process reads its entry (the reliability suite).
    List<Path> read = hurt.stream().filter(p -> !p.toString().contains("/music/")).toList();
    assertThat(damaged).as("each damaged entry read is reported once").hasSameSizeAs(read);
    for (Path entry : read) {
      assertThat(damaged).anyMatch(d -> d.startsWith(entry.getFileName().toString()));
    }
    assertThat(again.cacheDamaged()).isEqualTo(read.size());
    assertThat(unwritable).isEmpty();
  }

  @Test
  void aCacheFolderThatCannotBeWrittenIsReportedOnceAndChangesNothing() throws Exception {
    render(null, dir.resolve("reference"));
    Path cache = Files.writeString(dir.resolve("not-a-folder"), "a file where the cache folder should be");
    RenderReport run = render(cache, dir.resolve("out"));
    assertThat(run.rendered()).isEqualTo(4);
    assertSameEpisodes(dir.resolve("out"), dir.resolve("reference"));
    assertThat(unwritable).as("said once, FFmpeg included").hasSize(1);
    assertThat(unwritable.get(0)).contains("cannot extract FFmpeg there");
    assertThat(damaged).isEmpty();
  }

  private RenderReport render(Path cacheRoot, Path out) throws Exception {
    CacheFolder cache = cacheRoot == null ? null : CacheFolder.at(cacheRoot, new CacheEvents() {
      @Override
      public void damaged(Path entry, String problem) {
        damaged.add(entry.getFileName() + " " + problem);
      }

      @Override
      public void unwritable(Path folder, String problem) {
        unwritable.add(folder + ": " + problem);
      }
    });
    Cover cover = Cover.of(show, SHOW).cachedIn(cache == null ? null : cache.covers());
    Batch.Settings settings = new Batch.Settings(out, SHOW, VOICES, Optional.empty(), true, Shard.ALL);
    List<String> problems = new ArrayList<>();
    RenderReport report;
    try (Batch batch = new Batch(settings, show, cover, cache, ToneSynthesizer.voices(2), new Batch.Listener() {
      @Override
      public void said(String line) {}

      @Override
      public void problem(String message, Throwable cause) {
        problems.add(message);
      }

      @Override
      public EpisodeRenderer.Progress progress(String slug) {
        return EpisodeRenderer.Progress.NONE;
      }
    })) {
      report = batch.run(scripts);
    }
    assertThat(problems).isEmpty();
    return report;
  }

  /**
   * Damages about a third of the entries of every store: half of them cut short, half with a byte flipped, and a
   * few segments and chunks replaced by the entry of another key.
   */
  private static List<Path> damage(Path cache, Random random) throws IOException {
    List<Path> hurt = new ArrayList<>();
    for (String store : List.of("segments", "encoded", "music", "cover")) {
      List<Path> entries;
      try (Stream<Path> walk = Files.walk(cache.resolve(store))) {
        entries = walk.filter(Files::isRegularFile).sorted().toList();
      }
      assertThat(entries).as(store).isNotEmpty();
      List<Path> chosen = new ArrayList<>(entries);
      Collections.shuffle(chosen, random);
      chosen = chosen.subList(0, Math.max(1, entries.size() / 3));
      for (int i = 0; i < chosen.size(); i++) {
        Path entry = chosen.get(i);
        byte[] bytes = Files.readAllBytes(entry);
        if (i % 3 == 2 && entries.size() > chosen.size()) {
          Path other = entries.stream().filter(p -> !hurt.contains(p) && !p.equals(entry)).findFirst().orElseThrow();
          Files.copy(other, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } else if (i % 2 == 0) {
          Files.write(entry, Arrays.copyOf(bytes, random.nextInt(bytes.length)));
        } else {
          bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
          Files.write(entry, bytes);
        }
        hurt.add(entry);
      }
    }
    return hurt;
  }

  private void assertSameEpisodes(Path out, Path reference) throws IOException {
    for (Path script : scripts) {
      String slug = script.getFileName().toString().replaceFirst("\\.md$", "");
      for (String suffix : List.of(".mp3", ".vtt", ".chapters.json", ".xml")) {
        assertThat(Files.readAllBytes(out.resolve(slug + suffix))).as(slug + suffix)
            .isEqualTo(Files.readAllBytes(reference.resolve(slug + suffix)));
      }
    }
  }
}
