package org.paperledge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.paperledge.model.InputException;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code paperledge voices}: the voice profiles, with their settings. */
@Command(name = "voices", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Lists the voice profiles in the voices folder with their settings, marking the show's host"
        + " voice and quotation voice. Preview one with: paperledge say --voice NAME \"Some words.\""})
final class VoicesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions project;

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() throws InputException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    Show show = project.show();
    if (!Files.isDirectory(project.voices)) {
      throw new InputException(project.voices, 0, "no such folder of voice profiles");
    }
    List<String> names;
    try (Stream<Path> files = Files.list(project.voices)) {
      names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
    }
    for (String name : names) {
      VoiceProfile profile = VoiceProfile.load(project.voices, name);
      String marks = (name.equals(show.voice()) ? " [host: " + show.host() + "]" : "")
          + (show.quoteVoice().filter(name::equals).isPresent() ? " [quotations]" : "");
      out.printf(Locale.ROOT, "%s%s%n", name, marks);
      profile.settings().forEach((key, value) -> out.printf(Locale.ROOT, "  %-12s %s%n", key, value));
    }
    out.printf(Locale.ROOT, "%d voice profiles in %s%n", names.size(), project.voices);
    out.flush();
    return Main.OK;
  }
}
