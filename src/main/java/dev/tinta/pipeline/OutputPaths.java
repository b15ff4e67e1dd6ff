package dev.tinta.pipeline;

import dev.tinta.model.OutputFile;
import dev.tinta.model.PageModel;
import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who publishes each file of the site, decided before anything is rendered (#11). Two of the
 * author's sources at one path (a post or page, a file of a post folder, a static file) are a
 * problem naming both. A static file where tinta would make a file of its own (robots.txt, a feed,
 * the sitemap, a listing page) is the author's choice: it is published instead, and {@link
 * #notes()} says so. Thread-safe once made.
 */
final class OutputPaths {
  private final Path siteDir;

  /** The static files of the site root, by path: they win over what tinta makes. */
  private final Map<String, OutputFile> statics = new HashMap<>();

  /** Paths where a static file replaced a file tinta makes. */
  private final Set<String> shadowed = ConcurrentHashMap.newKeySet();

  private OutputPaths(Path siteDir, StaticFiles files) {
    this.siteDir = siteDir;
    files.root().forEach(f -> statics.put(f.path(), f));
  }

  /**
   * Checks the pages of {@code plan} and the static files against each other.
   *
   * @throws dev.tinta.problem.SiteException naming both sources of every path two of the author's
   *     sources take
   */
  static OutputPaths check(Path siteDir, List<RenderJob> plan, StaticFiles files) {
    OutputPaths paths = new OutputPaths(siteDir, files);
    Problems problems = new Problems();
    Map<String, String> authors = new HashMap<>();
    Map<String, String> listings = new HashMap<>();
    for (RenderJob job : plan) {
      Optional<String> source = source(job);
      if (source.isEmpty()) {
        listings.put(Permalinks.file(job.url()), "tinta's " + listing(job.layout()));
      }
    }
    for (RenderJob job : plan) {
      Optional<String> source = source(job);
      String path = Permalinks.file(job.url());
      if (source.isPresent() && listings.containsKey(path)) {
        problems.add(
            Problem.at(
                    source.get(),
                    1,
                    1,
                    "duplicate URL " + job.url() + ", also used by " + listings.get(path))
                .withHint("give it another slug: in front matter"));
      }
      source.ifPresent(s -> authors.put(path, "the page of " + s));
    }
    for (OutputFile f : files.bundles()) {
      String other = authors.getOrDefault(f.path(), listings.get(f.path()));
      if (other != null) {
        problems.add(
            Problem.inFile(paths.name(f), "published at " + f.path() + ", where " + other + " goes")
                .withHint("rename the file"));
      }
      authors.put(f.path(), paths.name(f));
    }
    java.util.NavigableSet<String> written = new java.util.TreeSet<>(authors.keySet());
    written.addAll(listings.keySet());
    for (OutputFile f : files.root()) {
      String folder = f.path() + "/";
      String inside = written.ceiling(folder);
      if (inside != null && inside.startsWith(folder)) {
        problems.add(
            Problem.inFile(
                    paths.name(f),
                    "is a file, where the site needs the folder " + folder + " for " + inside)
                .withHint("rename the file"));
      }
      String other = authors.get(f.path());
      if (other != null) {
        problems.add(
            Problem.inFile(paths.name(f), "published at " + f.path() + ", where " + other + " goes")
                .withHint("remove or rename one of them"));
      }
    }
    problems.throwIfAny();
    return paths;
  }

  /**
   * Whether {@code file} goes into the site: false for a file tinta made at the path of a static
   * file, which replaces it.
   */
  boolean keeps(OutputFile file) {
    OutputFile winner = statics.get(file.path());
    if (winner == null || winner == file) {
      return true;
    }
    shadowed.add(file.path());
    return false;
  }

  /** Whether a static file takes {@code path}, in place of anything tinta makes there. */
  boolean replaced(String path) {
    return statics.containsKey(path);
  }

  /** {@code output} without the files that static files replace. */
  Output filter(Output output) {
    return new Output(
        f -> {
          if (keeps(f)) {
            output.accept(f);
          }
        },
        output.retains());
  }

  /**
   * One line for each static file that replaced a file tinta makes, sorted: {@code
   * static/robots.txt: warning: replaces the robots.txt tinta would make}.
   */
  List<Problem> notes() {
    return shadowed.stream()
        .sorted()
        .map(
            p ->
                Problem.warningAt(
                    name(statics.get(p)), 0, 0, "replaces the " + p + " tinta would make"))
        .toList();
  }

  /** The source file of a post's or page's page; empty for tinta's own listings. */
  private static Optional<String> source(RenderJob job) {
    if (job.page() instanceof PageModel.PostPage p) {
      return Optional.of(p.post().post().file());
    }
    if (job.page() instanceof PageModel.StandalonePage p) {
      return Optional.of(p.page().page().file());
    }
    return Optional.empty();
  }

  private static String listing(String layout) {
    return switch (layout) {
      case "index" -> "list of posts";
      case "tag" -> "page of a tag";
      case "tags" -> "list of tags";
      case "archive" -> "archive page";
      case "404" -> "404 page";
      case "search" -> "search page";
      default -> layout + " page";
    };
  }

  /** Where a static file comes from, as the user knows it. */
  private String name(OutputFile f) {
    if (f instanceof OutputFile.Copied c && c.source().startsWith(siteDir)) {
      return siteDir.relativize(c.source()).toString().replace('\\', '/');
    }
    String own = dev.tinta.templates.TemplateRenderer.FOLDER + "/" + StaticFiles.FOLDER + "/";
    return Files.exists(siteDir.resolve(own + f.path()))
        ? own + f.path()
        : own + f.path() + " (default theme)";
  }
}
