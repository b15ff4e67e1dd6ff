package dev.tinta.serve;

import dev.tinta.pipeline.BuildResult;
import dev.tinta.problem.Problem;
import dev.tinta.problem.ProblemReport;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the dev server prints: the address at start, then one line per rebuild naming what changed
 * and how long it took, and the problems of a failed rebuild, compiler-style, as {@code tinta
 * build} prints them. Warnings are printed when they first appear, not again on every rebuild.
 */
final class ServeLog {
  /** Changed files named in a rebuild line before the rest are counted. */
  static final int NAMED = 3;

  private final Path siteDir;
  private final PrintWriter out;
  private final PrintWriter err;

  ServeLog(Path siteDir, PrintWriter out, PrintWriter err) {
    this.siteDir = siteDir;
    this.out = out;
    this.err = err;
  }

  void built(BuildResult result) {
    warnings(result.warnings());
    out.println(result.summary());
  }

  /** Warnings of a build that succeeded, compiler-style; the build goes on. */
  void warnings(List<Problem> warnings) {
    ProblemReport.lines(warnings).forEach(err::println);
  }

  void serving(URI url, Path outputDir, boolean loopback) {
    out.println("Building into " + outputDir + " (deleted on exit)");
    if (!loopback) {
      out.println("Note: listening beyond this machine; anyone on the network can read the site");
    }
    out.println("Serving at " + url + " (Ctrl+C to stop)");
  }

  void rebuilt(Set<Path> changed, long millis, boolean fixed) {
    out.println(
        "Rebuilt in " + millis + " ms: " + describe(changed) + (fixed ? " (problems fixed)" : ""));
  }

  void failed(Set<Path> changed, long millis, List<Problem> problems) {
    out.println("Rebuild failed in " + millis + " ms: " + describe(changed));
    problems(problems);
  }

  void problems(List<Problem> problems) {
    ProblemReport.lines(problems).forEach(err::println);
    err.println(
        ProblemReport.count(problems)
            + "; the server keeps running, and pages update once the site builds again");
  }

  /** A rebuild failed for a reason other than the user's files: a bug, with its trace. */
  void internalError(RuntimeException e) {
    err.println(
        "tinta: internal error while rebuilding; this is a bug in tinta, please report it"
            + " with the trace below. The server keeps running.");
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      err.println((t == e ? "" : "Caused by: ") + t);
      for (StackTraceElement frame : t.getStackTrace()) {
        err.println("\tat " + frame);
      }
    }
  }

  void warning(String message) {
    err.println("warning: " + message);
  }

  /**
   * The changed paths relative to the site, with forward slashes, sorted: the first {@link #NAMED},
   * then how many more.
   */
  String describe(Set<Path> changed) {
    List<String> names =
        changed.stream()
            .map(p -> p.startsWith(siteDir) ? siteDir.relativize(p) : p)
            .map(p -> p.toString().replace('\\', '/'))
            .sorted()
            .toList();
    if (names.size() <= NAMED) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
  }
}
