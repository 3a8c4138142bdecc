package org.paperledge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.cache.CacheFolder;
import org.paperledge.files.TempFiles;
import org.paperledge.model.InputException;
import org.paperledge.model.ToolException;
import org.paperledge.render.Cast;
import org.paperledge.render.PlannedLine;
import org.paperledge.render.Planner;
import org.paperledge.render.Preview;
import org.paperledge.render.Speaker;
import org.paperledge.render.Voices;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperledge say}: a quick preview of one sentence or one chapter, to try a lexicon entry. */
@Command(name = "say", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Speaks a sentence, or one chapter of a script, to an audio file in seconds: no music, no"
        + " mastering, each sentence exactly as a render speaks it. Use it to try a lexicon entry.",
        "Examples:  paperledge say \"We fine-tuned Qwen2.5-Coder on 64 GPUs.\"",
        "           paperledge say --script scripts/x.md --chapter 2 -o chapter2.mp3"})
final class SayCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Parameters(paramLabel = "TEXT", description = "Text to speak.")
    String text;

    @Option(names = "--script", paramLabel = "FILE", description = "Speak a chapter of this script instead.")
    Path script;
  }

  @Option(names = "--chapter", paramLabel = "N|TITLE", defaultValue = "1",
      description = "With --script: the chapter's number (from 1) or the start of its title. Default: 1")
  String chapter;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "preview.wav",
      description = "Audio file to write: .wav, or .mp3 (encoded with FFmpeg). Default: ${DEFAULT-VALUE}")
  Path output;

  @Option(names = "--voice", paramLabel = "NAME", description = "Voice profile. Default: the show's voice")
  Optional<String> voice = Optional.empty();

  @Mixin
  ProjectOptions project;

  @Mixin
  CacheOptions cache;

  @Option(names = "--ffmpeg", paramLabel = "FILE", description = "ffmpeg executable, for .mp3 output.")
  Optional<Path> ffmpeg = Optional.empty();

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() throws InputException, ToolException, IOException {
    long started = System.nanoTime();
    Show show = project.show();
    Optional<Script> script = source.script == null ? Optional.empty()
        : Optional.of(new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES, project::hasVoice, show.host())
            .parse(source.script));
    String voiceName = voice.or(() -> script.flatMap(s -> s.meta().voice())).orElse(show.voice());
    Speaker speaker = new Speaker(voice.isPresent() ? VoiceProfile.load(project.voices, voiceName).speaker()
        : show.host(), VoiceProfile.load(project.voices, voiceName));
    CacheFolder folder = cache.folder(spec.commandLine().getErr());
    try (Voices voices = Voices.mary(1)) {
      Preview preview = new Preview(voices, folder);
      Planner planner = new Planner(show, preview.keys());
      List<PlannedLine> lines = script.isPresent() ? chapterLines(planner, script.get(), show, voice.isPresent()
          ? Cast.of(speaker) : Cast.of(script.get(), show, name -> VoiceProfile.load(project.voices, name)))
          : planner.plan(source.text, speaker, Map.of());
      if (lines.stream().allMatch(PlannedLine::silent)) {
        throw new InputException(source.script == null ? Path.of("TEXT") : source.script, 0, "nothing to say");
      }
      boolean mp3 = output.toString().toLowerCase(Locale.ROOT).endsWith(".mp3");
      Path wav = mp3 ? TempFiles.file("paperledge-say-", ".wav") : output;
      try {
        double seconds = preview.write(lines, source.script == null ? Path.of("TEXT") : source.script, wav);
        if (mp3) {
          FfmpegTools tools = FfmpegTools.locate(ffmpeg, folder != null ? folder : CacheFolder.at(cache.root()));
          tools.previewMp3(wav, output, show.bitrateKbps());
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %.1f s of audio in %.1f s%n", output, seconds,
            (System.nanoTime() - started) / 1e9);
      } finally {
        if (mp3) {
          TempFiles.delete(wav);
        }
      }
    }
    return Main.OK;
  }

  /** The script lines of the chapter asked for, with their pauses and speakers. */
  private List<PlannedLine> chapterLines(Planner planner, Script script, Show show, Cast cast)
      throws InputException {
    int index = -1;
    if (chapter.matches("\\d+")) {
      index = Integer.parseInt(chapter) - 1;
    } else {
      for (int i = 0; i < script.chapters().size(); i++) {
        if (script.chapters().get(i).title().toLowerCase(Locale.ROOT)
            .startsWith(chapter.toLowerCase(Locale.ROOT))) {
          index = i;
          break;
        }
      }
    }
    if (index < 0 || index >= script.chapters().size()) {
      throw new InputException(script.file(), 0, "no chapter '" + chapter + "' (it has "
          + script.chapters().size() + " chapters)");
    }
    int wanted = index;
    return planner.plan(script, cast).stream().filter(l -> l.chapter() == wanted && l.scriptLine() > 0)
        .toList();
  }
}
