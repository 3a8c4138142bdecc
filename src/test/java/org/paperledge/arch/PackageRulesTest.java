package org.paperledge.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package dependency rules written in README "How it works", held on the compiled classes: a new arrow that
 * breaks them fails here, naming the class and the dependency.
 */
class PackageRulesTest {
  private static final String ROOT = "org.paperledge";

  /** Each package, and the packages it may depend on (besides itself and the JDK). The README lists the same. */
  static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("model", Set.of());
    ALLOWED.put("files", Set.of("model"));
    ALLOWED.put("cache", Set.of("files", "model"));
    ALLOWED.put("script", Set.of("files", "model"));
    ALLOWED.put("show", Set.of("files", "model"));
    ALLOWED.put("speech", Set.of("files", "model"));
    ALLOWED.put("audio", Set.of("cache", "files", "model"));
    ALLOWED.put("publish", Set.of("show", "files", "model"));
    ALLOWED.put("lint", Set.of("script", "show", "speech", "files", "model"));
    ALLOWED.put("render", Set.of("script", "show", "speech", "audio", "publish", "cache", "files", "model"));
    ALLOWED.put("host", Set.of("render", "publish", "show", "files", "model"));
    ALLOWED.put("studio", Set.of("render", "lint", "script", "show", "speech", "cache", "files", "model"));
    ALLOWED.put("cli", Set.of("render", "host", "studio", "lint", "script", "show", "speech", "audio", "publish",
        "cache", "files", "model"));
  }

  /** Libraries that only one stage (or a few) may touch, so that an engine can be replaced in one place. */
  static final Map<String, Set<String>> LIBRARIES = Map.of(
      "marytts..", Set.of("speech"),
      "opennlp..", Set.of("speech"),
      "picocli..", Set.of("cli"),
      "org.apache.commons.exec..", Set.of("audio"),
      "net.bramp.ffmpeg..", Set.of("audio"),
      "org.commonmark..", Set.of("script"),
      "org.yaml.snakeyaml..", Set.of("files", "script", "show"),
      "software.amazon.awssdk..", Set.of("host"),
      "com.jcraft..", Set.of("host"),
      "com.sun.net.httpserver..", Set.of("studio"));

  private static JavaClasses classes;

  @BeforeAll
  static void read() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void everyPackageHasItsRule() {
    Set<String> packages = new TreeSet<>();
    classes.forEach(c -> packages.add(c.getPackageName().substring(ROOT.length() + 1).split("\\.")[0]));
    assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(packages);
  }

  @Test
  void packagesDependOnlyOnThoseTheirRuleAllows() {
    for (Map.Entry<String, Set<String>> rule : ALLOWED.entrySet()) {
      List<String> forbidden = ALLOWED.keySet().stream()
          .filter(p -> !p.equals(rule.getKey()) && !rule.getValue().contains(p))
          .map(p -> ROOT + "." + p + "..").toList();
      if (forbidden.isEmpty()) {
        continue;
      }
      noClasses().that().resideInAPackage(ROOT + "." + rule.getKey() + "..")
          .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
          .because(rule.getKey() + " may depend only on " + rule.getValue() + " (README, How it works)")
          .check(classes);
    }
  }

  @Test
  void librariesStayInTheirStage() {
    for (Map.Entry<String, Set<String>> library : LIBRARIES.entrySet()) {
      String[] others = ALLOWED.keySet().stream().filter(p -> !library.getValue().contains(p))
          .map(p -> ROOT + "." + p + "..").toArray(String[]::new);
      noClasses().that().resideInAnyPackage(others)
          .should().dependOnClassesThat().resideInAPackage(library.getKey())
          .because(library.getKey() + " belongs to " + library.getValue())
          .check(classes);
    }
  }

  @Test
  void thereAreNoCycles() {
    SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }
}
