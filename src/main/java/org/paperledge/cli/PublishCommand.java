package org.paperledge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperledge.files.TempFiles;
import org.paperledge.host.Connection;
import org.paperledge.host.Manifest;
import org.paperledge.host.Plan;
import org.paperledge.host.Planner;
import org.paperledge.host.PublishException;
import org.paperledge.host.Store;
import org.paperledge.host.Target;
import org.paperledge.host.Uploader;
import org.paperledge.model.InputException;
import org.paperledge.render.Cover;
import org.paperledge.render.OutputLock;
import org.paperledge.show.Show;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperledge publish --to TARGET}: sends the output folder to a host, only what changed, feed last. */
@Command(name = "publish", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Uploads the output folder to a host: a folder (file:PATH or a path), sftp://user@host[:port]/path"
        + " or s3://bucket/prefix. Only new or changed files are sent (a manifest on the host keeps their"
        + " checksums); audio and sidecars go first, then items, then feed.xml and index.html. The feed lists every"
        + " published, unretired episode, including those the output folder lacks. Nothing is deleted on the host"
        + " unless --prune is given.",
        "SFTP: the key is --identity, or the SSH agent (SSH_AUTH_SOCK), or ~/.ssh/id_*; the host key must be in"
        + " --known-hosts. S3: credentials come from the AWS environment variables or profile files."})
final class PublishCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--to", required = true, paramLabel = "TARGET", description = "Where to publish.")
  String to;

  @Mixin
  OutputOption output;

  @Mixin
  ShowOption showOption;

  @Option(names = "--dry-run", description = "Print what would be sent and deleted; change nothing on the host.")
  boolean dryRun;

  @Option(names = "--prune", description = "Delete files the host holds that are no longer published (retired"
      + " episodes), after the feed is uploaded.")
  boolean prune;

  @Option(names = "--identity", paramLabel = "FILE", description = "SFTP: the private key (without a passphrase;"
      + " use the SSH agent for one that has one).")
  Optional<Path> identity = Optional.empty();

  @Option(names = "--known-hosts", paramLabel = "FILE",
      description = "SFTP: known_hosts file that must list the server. Default: ~/.ssh/known_hosts")
  Optional<Path> knownHosts = Optional.empty();

  @Option(names = "--endpoint", paramLabel = "URL", description = "S3: the service's address, for services"
      + " other than AWS (path-style requests).")
  Optional<URI> endpoint = Optional.empty();

  @Option(names = "--region", paramLabel = "NAME", description = "S3: the region (default: AWS_REGION, the"
      + " profile's, or us-east-1 with --endpoint).")
  Optional<String> region = Optional.empty();

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() throws InputException, IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Target target;
    try {
      target = Target.parse(to);
      checkOptions(target);
    } catch (IllegalArgumentException e) {
      throw new InputException(Path.of("--to"), 0, e.getMessage());
    }
    String where = target.display();
    Show show = showOption.show();
    if (!Files.isDirectory(output.dir)) {
      throw new InputException(output.dir, 0, "no such folder; render some episodes first");
    }
    Cover cover = Cover.of(show, showOption.file);
    Path staging = TempFiles.folder("paperledge-publish-");
    try (OutputLock lock = OutputLock.take(output.dir, message -> err.println("paperledge: " + message));
        Store store = connect(target)) {
      Manifest manifest = readManifest(store);
      Plan plan = new Planner(show, cover, problem -> err.println("paperledge: warning: " + problem))
          .plan(output.dir, store, manifest, staging, prune);
      if (dryRun) {
        stdout.print(plan.describe(where));
        return Main.OK;
      }
      new Uploader(store, staging, line -> stdout.println(where + ": " + line)).run(plan, manifest);
      stdout.println(plan.summary(where, "sent", "deleted"));
      return Main.OK;
    } catch (IOException e) {
      throw new IOException(where + ": " + oneLine(e.getMessage()), e);
    } finally {
      TempFiles.delete(staging);
    }
  }

  private void checkOptions(Target target) {
    boolean sftp = target instanceof Target.Sftp;
    boolean s3 = target instanceof Target.S3;
    if (!sftp && (identity.isPresent() || knownHosts.isPresent())) {
      throw new IllegalArgumentException("--identity and --known-hosts apply to sftp:// targets only");
    }
    if (!s3 && (endpoint.isPresent() || region.isPresent())) {
      throw new IllegalArgumentException("--endpoint and --region apply to s3:// targets only");
    }
    endpoint.ifPresent(uri -> {
      if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
        throw new IllegalArgumentException("--endpoint must be an http(s) address, not '" + uri + "'");
      }
    });
  }

  private Store connect(Target target) throws IOException {
    Path known = knownHosts.orElse(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"));
    Optional<Path> agent = Optional.ofNullable(System.getenv("SSH_AUTH_SOCK")).filter(s -> !s.isBlank())
        .map(Path::of);
    try {
      return new Connection(identity, known, agent, endpoint, region).open(target);
    } catch (IOException e) {
      throw new PublishException("connecting", e);
    }
  }

  private static Manifest readManifest(Store store) throws PublishException {
    try {
      Optional<byte[]> bytes = store.read(Manifest.FILE);
      return bytes.isPresent() ? Manifest.parse(bytes.get()) : Manifest.empty();
    } catch (IOException e) {
      throw new PublishException("reading the manifest " + Manifest.FILE, e);
    }
  }

  private static String oneLine(String message) {
    return message == null ? "failed" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
