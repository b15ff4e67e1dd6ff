package dev.tinta.cli;

import dev.tinta.check.LinkChecker;
import dev.tinta.check.LinkReport;
import dev.tinta.config.ConfigLoader;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tinta check}: checks the built site offline. Every internal link and {@code #anchor} must
 * resolve (exit 1 and one compiler-style line per broken link otherwise); external links are listed
 * with how often they occur, never fetched.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Check the built site: every internal link and #anchor must resolve. "
            + "External links are listed, not fetched.")
final class CheckCommand implements Callable<Integer> {
  @Mixin SiteOption site;

  @Mixin OutputOption output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path dir = site.existingDir();
    Path out = output.dir(dir);
    String shown = shown(dir, out, "");
    if (!Files.isDirectory(out)) {
      throw new SiteException(
          Problem.inFile(shown, "no built site here")
              .withHint("run tinta build first, or pass --output DIR"));
    }
    // Absolute links to the site's own base_url (canonical links, for one) are checked too.
    LinkReport report = LinkChecker.check(out, ConfigLoader.load(dir).baseUrl());
    PrintWriter stdout = spec.commandLine().getOut();
    if (!report.external().isEmpty()) {
      stdout.println("External links (not fetched):");
      for (Map.Entry<String, Integer> e : report.external().entrySet()) {
        stdout.println(String.format(Locale.ROOT, "%6d  %s", e.getValue(), e.getKey()));
      }
    }
    stdout.println("Checked " + shown + ": " + report.summary());
    if (!report.ok()) {
      List<Problem> problems =
          report.problems().stream()
              .map(
                  p ->
                      new Problem(
                          shown(dir, out, p.file()), p.line(), p.column(), p.message(), p.hint()))
              .toList();
      throw new SiteException(problems);
    }
    return 0;
  }

  /** A file of the output as the user should see it: relative to the site folder if inside. */
  private static String shown(Path dir, Path out, String file) {
    Path p = file.isEmpty() ? out : out.resolve(file);
    String s = p.startsWith(dir) && !p.equals(dir) ? dir.relativize(p).toString() : p.toString();
    s = s.replace(java.io.File.separatorChar, '/');
    return file.isEmpty() ? s + "/" : s;
  }
}
