package org.paperledge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperledge.audio.FfmpegTools;
import org.paperledge.audio.Pcm;
import org.paperledge.audio.ToolException;
import org.paperledge.audio.VoiceTrackWriter;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptException;
import org.paperledge.script.ScriptParser;
import org.paperledge.script.Segment;
import org.paperledge.script.Segmenter;
import org.paperledge.script.Sentences;
import org.paperledge.show.ConfigException;
import org.paperledge.show.Lexicon;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.MarySynthesizer;
import org.paperledge.speech.Normalizer;
import org.paperledge.speech.Token;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperledge say}: a quick preview of one sentence or one chapter, to try a lexicon entry. */
@Command(name = "say", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Speaks a sentence, or one chapter of a script, to an audio file in seconds: no music, no"
        + " mastering. Use it to try a lexicon entry.",
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

  @Option(names = "--show", paramLabel = "FILE", description = "Show settings. Default: ${DEFAULT-VALUE}")
  Path showFile = Path.of("show.yaml");

  @Option(names = "--voices", paramLabel = "DIR", description = "Voice profiles. Default: ${DEFAULT-VALUE}")
  Path voices = Path.of("voices");

  @Option(names = "--ffmpeg", paramLabel = "FILE", description = "ffmpeg executable, for .mp3 output.")
  Optional<Path> ffmpeg = Optional.empty();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    try {
      Show show = Show.load(showFile);
      Optional<Script> script = source.script == null ? Optional.empty()
          : Optional.of(new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES,
              name -> Files.isRegularFile(voices.resolve(name + ".yaml"))).parse(source.script));
      String voiceName = voice.or(() -> script.flatMap(s -> s.meta().voice())).orElse(show.voice());
      VoiceProfile profile = VoiceProfile.load(voices, voiceName);
      Lexicon lexicon = profile.lexicon().with(script.map(Script::lexicon).orElse(java.util.Map.of()));
      List<String> sentences = script.isPresent() ? chapterSentences(script.get()) : Sentences.split(source.text);
      if (sentences.isEmpty()) {
        err.println("paperledge: nothing to say");
        return Main.BAD_INPUT;
      }
      Normalizer normalizer = new Normalizer(lexicon);
      Path wav = output.toString().toLowerCase(Locale.ROOT).endsWith(".mp3")
          ? Files.createTempFile("paperledge-say-", ".wav") : output;
      double seconds;
      MarySynthesizer mary = MarySynthesizer.start(profile.maryVoice());
      try (VoiceTrackWriter track = new VoiceTrackWriter(wav)) {
        for (String sentence : sentences) {
          List<Token> tokens = normalizer.tokens(sentence);
          if (tokens.isEmpty()) {
            continue;
          }
          if (track.position() > 0) {
            track.appendSilence(Pcm.fromSeconds(show.timing().sentence()));
          }
          track.append(mary.synthesize(tokens, profile.rate(), profile.design()).trimmed(330, 10));
        }
        seconds = track.position() / (double) Pcm.RATE;
      }
      if (wav != output) {
        FfmpegTools tools = FfmpegTools.locate(ffmpeg, CacheDir.resolve());
        tools.runner().run("encoding MP3", tools.ffmpeg(), List.of("-hide_banner", "-nostdin", "-y", "-i",
            wav.toString(), "-c:a", "libmp3lame", "-b:a", show.bitrateKbps() + "k", output.toString()),
            Duration.ofMinutes(5));
        Files.deleteIfExists(wav);
      }
      spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %.1f s of audio in %.1f s%n", output, seconds,
          (System.nanoTime() - started) / 1e9);
      return Main.OK;
    } catch (ConfigException e) {
      err.println("paperledge: " + e.describe());
      return Main.BAD_INPUT;
    } catch (ScriptException e) {
      err.println("paperledge: " + e.describe());
      return Main.BAD_INPUT;
    } catch (ChapterException e) {
      err.println("paperledge: " + source.script + ": " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (ToolException | IOException e) {
      err.println("paperledge: " + e.getMessage());
      return Main.FAILED;
    }
  }

  private List<String> chapterSentences(Script script) throws ChapterException {
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
      throw new ChapterException("no chapter '" + chapter + "' (it has " + script.chapters().size()
          + " chapters)");
    }
    List<String> sentences = new ArrayList<>();
    for (Segment segment : new Segmenter().segments(script)) {
      if (segment.chapter() == index) {
        sentences.add(segment.text());
      }
    }
    return sentences;
  }

  /** The chapter asked for does not exist. */
  private static final class ChapterException extends Exception {
    ChapterException(String message) {
      super(message);
    }
  }
}
