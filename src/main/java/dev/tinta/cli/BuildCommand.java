package dev.tinta.cli;

import dev.tinta.pipeline.BuildOptions;
import dev.tinta.pipeline.BuildProgress;
import dev.tinta.pipeline.BuildResult;
import dev.tinta.pipeline.SiteBuilder;
import dev.tinta.problem.ProblemReport;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tinta build}: builds the site into {@code site-output/}. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Build the site into site-output/ (or --output DIR).")
final class BuildCommand implements Callable<Integer> {
  @Mixin SiteOption site;

  @Mixin OutputOption output;

  @Mixin PostSelection posts;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Override base_url of site.yaml, e.g. for a preview host.")
  URI baseUrl;

  @Option(names = "--timings", description = "Print how long each stage of the build took.")
  boolean timings;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Whether the output goes to a terminal, where a progress bar is drawn. */
  private final boolean terminal;

  BuildCommand(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Path dir = site.existingDir();
    Path outputDir = output.dir(dir);
    if (baseUrl != null
        && (baseUrl.getHost() == null
            || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme())))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--base-url must be an absolute URL such as https://blog.example.org/");
    }
    Optional<URI> base =
        Optional.ofNullable(baseUrl).map(u -> u.toString().endsWith("/") ? u : URI.create(u + "/"));
    BuildOptions options =
        new BuildOptions(
            dir, outputDir, posts.drafts, posts.future, base, Clock.systemDefaultZone());
    PrintWriter out = spec.commandLine().getOut();
    ProgressBar bar = new ProgressBar(out);
    BuildProgress progress = terminal ? bar : BuildProgress.NONE;
    if (timings) {
      progress = progress.and(new StageTimings(out));
    }
    SiteBuilder builder = new SiteBuilder(Runtime.getRuntime().availableProcessors(), progress);
    BuildResult result;
    try {
      result = builder.build(options);
    } finally {
      bar.finish();
    }
    ProblemReport.lines(result.warnings()).forEach(spec.commandLine().getErr()::println);
    out.println(result.summary());
    return 0;
  }
}
