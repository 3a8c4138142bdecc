package org.paperledge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperledge.lint.Finding;
import org.paperledge.lint.ScriptChecker;
import org.paperledge.model.InputException;
import org.paperledge.render.Cast;
import org.paperledge.render.Planner;
import org.paperledge.render.SpokenLines;
import org.paperledge.script.Script;
import org.paperledge.script.ScriptParser;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import org.paperledge.speech.MaryLexicon;
import org.paperledge.speech.PhoneSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperledge check}: lints scripts, or prints what the voice will say, without rendering anything. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Checks scripts without rendering them: front matter, headings, words and acronyms the voice"
        + " does not know, characters that are not read, sentences too long for one breath.",
        "Prints file:line:col: severity: message. Exits 2 on errors, 0 on warnings alone (1 with --strict)."})
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Script files or folders. Default: scripts/")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--spoken", description = "Print, paragraph by paragraph, exactly the words each voice is given, with what"
      + " emphasis and the controls do to them.")
  boolean spoken;

  @Option(names = "--explain", description = "Print, for every span a rule changed, the words it gave and the"
      + " rule (with its reason, where it chose between readings), then the findings.")
  boolean explain;

  @Option(names = "--strict", description = "Fail (exit 1) on warnings too, for CI.")
  boolean strict;

  @Mixin
  ProjectOptions project;

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() throws InputException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> scripts = ScriptFiles.find(paths);
    Show show = project.show();
    ScriptParser parser = new ScriptParser(ScriptParser.DEFAULT_MAX_BYTES, project::hasVoice, show.host());
    ScriptChecker checker = new ScriptChecker(parser, MaryLexicon.load());
    Map<String, ScriptChecker.Voice> profiles = new HashMap<>();
    int errors = 0;
    int warnings = 0;
    for (Path file : scripts) {
      ScriptChecker.Result result = checker.parse(file);
      List<Finding> findings = new ArrayList<>(result.findings());
      if (result.script().isPresent()) {
        Script script = result.script().get();
        String name = script.meta().voice().orElse(show.voice());
        ScriptChecker.Voice voice = profiles.get(name);
        if (voice == null) {
          VoiceProfile profile = VoiceProfile.load(project.voices, name);
          if (profile.lexiconFile().isPresent()) {
            try {
              PhoneSet.checkLexicon(profile.lexiconFile().get());
            } catch (InputException e) {
              findings.add(new Finding(e.file(), e.line(), e.column(), Finding.Severity.ERROR, e.getMessage(),
                  Optional.empty()));
            }
          }
          voice = new ScriptChecker.Voice(profile.lexicon(), profile.lexiconFile().map(Path::toString)
              .orElse("a lexicon file (" + project.voices.resolve(name + ".yaml") + " names none: add 'lexicon:"
                  + " FILE')"));
          profiles.put(name, voice);
        }
        if (spoken) {
          Cast cast = Cast.of(script, show, n -> VoiceProfile.load(project.voices, n));
          SpokenLines.of(script, new Planner(show, null).plan(script, cast), cast.host(), show.timing().sentence())
              .forEach(out::println);
          continue;
        }
        if (explain) {
          checker.explain(script, voice).forEach(out::println);
        }
        findings.addAll(checker.check(script, voice));
      }
      for (Finding finding : findings) {
        out.println(finding.format());
        if (finding.severity() == Finding.Severity.ERROR) {
          errors++;
        } else {
          warnings++;
        }
      }
    }
    if (!spoken) {
      out.printf("%d scripts checked: %d errors, %d warnings%n", scripts.size(), errors, warnings);
    }
    out.flush();
    return errors > 0 ? Main.BAD_INPUT : strict && warnings > 0 ? Main.FAILED : Main.OK;
  }
}
