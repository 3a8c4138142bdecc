package org.paperledge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./paperledge launcher and the class-data archive the build records for it. */
class LauncherIT {
  private static final Path JAR = Path.of("target/paperledge.jar").toAbsolutePath();
  private static final Path ARCHIVE = Path.of("target/paperledge.jsa").toAbsolutePath();
  private static final String FROM_ARCHIVE = "source: shared objects file (top)";

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(List<String> command, String javaOpts) throws IOException, InterruptedException {
    return run(command, javaOpts == null ? java.util.Map.of() : java.util.Map.of("PAPERLEDGE_JAVA_OPTS", javaOpts));
  }

  private Run run(List<String> command, java.util.Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile());
    builder.environment().remove("_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished in time").isTrue();
    return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  /** The JVM the build and the launcher use: the one on the PATH. */
  private static List<String> java(String... args) {
    List<String> command = new ArrayList<>(List.of("java", "-XX:+UseSerialGC"));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void theBuildRecordsAnArchiveOfTheClassesARenderLoads() throws Exception {
    assertThat(ARCHIVE).isRegularFile();
    assertThat(Files.getLastModifiedTime(ARCHIVE)).isGreaterThanOrEqualTo(Files.getLastModifiedTime(JAR));
    // -Xshare:on makes the JVM refuse to start when the archive cannot be used.
    Run run = run(java("-Xshare:on", "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:class+load=info", "-jar",
        JAR.toString(), "--version"), (String) null);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("org.paperledge.cli.Main " + FROM_ARCHIVE);

    Run listing = run(java("-XX:SharedArchiveFile=" + ARCHIVE, "-XX:+PrintSharedArchiveAndExit", "-jar",
        JAR.toString()), (String) null);
    assertThat(listing.out()).containsPattern(": marytts\\.LocalMaryInterface app_loader")
        .containsPattern(": marytts\\.modules\\.HTSEngine app_loader")
        .containsPattern(": org\\.paperledge\\.speech\\.MlsaVocoder app_loader")
        .containsPattern(": org\\.paperledge\\.audio\\.EpisodeMaster app_loader")
        .containsPattern(": org\\.paperledge\\.publish\\.Feed app_loader");
  }

  @Test
  void theLauncherHandsTheArchiveToTheJvm() throws Exception {
    Run run = run(List.of("sh", Path.of("paperledge").toAbsolutePath().toString(), "--version"),
        "-Xlog:class+load=info");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("org.paperledge.cli.Main " + FROM_ARCHIVE).contains("paperledge ");
  }

  @Test
  void theLauncherRunsFromAFolderWithSpacesAndWildcardsInItsName() throws Exception {
    Path home = Files.createDirectories(dir.resolve("my podcast * [x]").resolve("target"));
    Files.copy(JAR, home.resolve("paperledge.jar"));
    Files.copy(ARCHIVE, home.resolve("paperledge.jsa")); // made for the other jar: ignored, silently
    Path launcher = Files.copy(Path.of("paperledge"), home.getParent().resolve("paperledge"));
    Run run = run(List.of("sh", launcher.toString(), "--version"), (String) null);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("paperledge ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aStaleJarIsRebuiltAndTheBuildsOutputReachesTheLogWithoutColourCodes() throws Exception {
    Path home = Files.createDirectories(dir.resolve("checkout"));
    Files.createDirectories(home.resolve("target"));
    Files.copy(JAR, home.resolve("target/paperledge.jar"));
    Files.setLastModifiedTime(home.resolve("target/paperledge.jar"), FileTime.fromMillis(1_000_000));
    Files.createDirectories(home.resolve("src/main"));
    Files.writeString(home.resolve("src/main/Edited.java"), "// newer than the jar\n");
    Files.writeString(home.resolve("pom.xml"), "<project/>\n");
    Path launcher = Files.copy(Path.of("paperledge"), home.resolve("paperledge"));
    // A stand-in for Maven 3.8, which writes colour resets even with -B and -q, and then builds the jar.
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\nprintf '\\033[0m\\033[0m[WARNING] a build warning\\033[0m\\n' >&2\n"
        + "touch target/paperledge.jar\n");
    assertThat(mvn.toFile().setExecutable(true)).isTrue();
    java.util.Map<String, String> environment = new java.util.HashMap<>();
    environment.put("PATH", bin + ":" + System.getenv("PATH"));
    Run run = run(List.of("sh", launcher.toString(), "--version"), environment);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("building").contains("[WARNING] a build warning").doesNotContain("\u001b");
    assertThat(run.out()).startsWith("paperledge ");
  }

  @Test
  void withAJavaAgentInAnyOfTheJvmsVariablesTheLauncherLeavesTheArchiveOut() throws Exception {
    Path agent = agentJar();
    for (String variable : List.of("PAPERLEDGE_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
      java.util.Map<String, String> environment = new java.util.HashMap<>();
      environment.put("PAPERLEDGE_JAVA_OPTS", "-Xlog:class+load=info");
      environment.merge(variable, "-javaagent:" + agent, (logging, agentOption) -> agentOption + " " + logging);
      Run run = run(List.of("sh", Path.of("paperledge").toAbsolutePath().toString(), "--version"), environment);
      assertThat(run.code()).as(variable + ": " + run.err()).isZero();
      assertThat(run.out()).as(variable).contains("paperledge ").doesNotContain(FROM_ARCHIVE);
    }
  }

  private Path agentJar() throws IOException {
    Path agent = dir.resolve("agent.jar");
    java.util.jar.Manifest manifest = new java.util.jar.Manifest();
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Premain-Class", NoopAgent.class.getName());
    try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(Files.newOutputStream(agent),
        manifest)) {
      for (String name : List.of("NoopAgent.class", "NoopAgent$1.class")) {
        jar.putNextEntry(new java.util.jar.JarEntry("org/paperledge/it/" + name));
        try (var in = NoopAgent.class.getResourceAsStream(name)) {
          in.transferTo(jar);
        }
        jar.closeEntry();
      }
    }
    return agent;
  }

  @Test
  void anArchiveThatDoesNotMatchTheJarIsIgnoredSilently() throws Exception {
    Path copy = Files.copy(JAR, dir.resolve("other.jar"));
    Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(JAR).toMillis() + 60_000));
    Run plain = run(java("-jar", copy.toString(), "--version"), (String) null);
    Run shared = run(java("-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=off,cds+dynamic=off", "-jar",
        copy.toString(), "--version"), (String) null);
    assertThat(shared.code()).isZero();
    assertThat(shared.out()).isEqualTo(plain.out());
    assertThat(shared.err()).isEqualTo(plain.err()).isEmpty();
  }
}
