package org.paperledge.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperledge.lint.LexiconEditor;
import org.paperledge.script.ScriptParser;
import org.paperledge.model.InputException;
import org.paperledge.show.VoiceProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code paperledge lexicon add 'WRITTEN = spoken' [--episode FILE]}: pins a pronunciation in the voice's lexicon
 * (the file its profile's {@code lexicon:} key names) or in an episode's front matter.
 */
@Command(name = "lexicon", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Adds pronunciations, such as the lexicon lines 'paperledge check' suggests.",
    subcommands = LexiconCommand.Add.class)
final class LexiconCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.BAD_INPUT;
  }

  /** {@code paperledge lexicon add}. */
  @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {"Adds one entry, 'WRITTEN = spoken' (words, or MaryTTS phonemes between slashes), at the end"
          + " of the voice's lexicon, or with --episode to the script's front matter 'lexicon:' map.",
          "Comments and order are kept; a duplicate or malformed entry is refused (exit 2) and nothing changes."})
  static final class Add implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ENTRY", description = "The entry, quoted: 'WRITTEN = spoken'")
    String entry;

    @Option(names = "--episode", paramLabel = "FILE", description = "Add it to this script's front matter instead.")
    Optional<Path> episode = Optional.empty();

    @Option(names = "--voice", paramLabel = "NAME", description = "The voice profile. Default: the show's voice")
    Optional<String> voice = Optional.empty();

    @Mixin
    ProjectOptions project;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws InputException, IOException {
      try {
        LexiconEditor.Entry parsed = LexiconEditor.Entry.parse(entry);
        Path file;
        if (episode.isPresent()) {
          file = episode.get();
          ScriptParser parser = new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES, project::hasVoice,
              project.show().host());
          LexiconEditor.addToEpisode(file, parsed, parser);
        } else {
          String name = voice.isPresent() ? voice.get() : project.show().voice();
          VoiceProfile profile = VoiceProfile.load(project.voices, name);
          file = profile.lexiconFile().orElseThrow(() -> new LexiconEditor.Refusal(
              project.voices.resolve(name + ".yaml") + ": names no lexicon file; add 'lexicon: " + name
                  + ".lexicon' to it"));
          LexiconEditor.addToLexiconFile(file, parsed);
        }
        spec.commandLine().getOut().println(file + ": added " + parsed);
        return Main.OK;
      } catch (LexiconEditor.Refusal e) {
        // the refusal names the file (and line) itself
        spec.commandLine().getErr().println("paperledge: " + e.getMessage());
        return Main.BAD_INPUT;
      }
    }
  }
}
