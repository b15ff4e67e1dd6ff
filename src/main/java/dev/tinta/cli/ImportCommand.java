package dev.tinta.cli;

import dev.tinta.importer.ImportRun;
import dev.tinta.importer.ImportSummary;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tinta import SOURCE-KIND INPUT}: brings a blog from Blogger, WordPress, Jekyll or Hugo
 * (and comments from Disqus) into a site, with comments, threads and redirects from the old URLs.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import a blog: blogger (export .xml or Takeout feed.atom), wordpress (WXR .xml), "
            + "disqus (comments .xml, into an existing site), jekyll or hugo (source folder).")
final class ImportCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "SOURCE-KIND",
      description = "blogger, wordpress, disqus, jekyll or hugo")
  ImportRun.Kind kind;

  @Parameters(
      index = "1",
      paramLabel = "INPUT",
      description = "The export file or the blog's folder.")
  Path input;

  @Mixin SiteOption site;

  @Option(names = "--force", description = "Replace files that exist with other content.")
  boolean force;

  @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
  boolean dryRun;

  @Option(
      names = "--time-zone",
      paramLabel = "ZONE",
      description = "The blog's zone (Asia/Jakarta) for dates the source gives in UTC.")
  String timeZone;

  @Option(names = "--markdown", description = "Convert HTML bodies to Markdown.")
  boolean markdown;

  @Option(
      names = "--images",
      paramLabel = "MODE",
      description = "keep (default: keep the links) or download (into each post's folder).")
  String images = "keep";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Optional<ZoneId> zone = Optional.empty();
    if (timeZone != null) {
      try {
        zone = Optional.of(ZoneId.of(timeZone));
      } catch (DateTimeException e) {
        throw new SiteException(
            Problem.inFile("--time-zone", "unknown time zone '" + timeZone + "'")
                .withHint("a zone id such as Asia/Jakarta or Europe/Berlin"));
      }
    }
    if (!images.equals("keep") && !images.equals("download")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--images must be keep or download, not '" + images + "'");
    }
    Optional<HttpClient> client =
        images.equals("download")
            ? Optional.of(
                HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(15))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build())
            : Optional.empty();
    ImportSummary summary =
        ImportRun.run(
            kind, new ImportRun.Options(input, site.dir(), force, dryRun, zone, markdown, client));
    summary.print(spec.commandLine().getOut());
    return 0;
  }
}
