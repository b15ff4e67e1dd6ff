package dev.tinta.content;

import dev.tinta.model.Content;
import dev.tinta.model.Page;
import dev.tinta.model.Post;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.Slug;
import dev.tinta.parallel.Workers;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code content/posts/} and {@code content/pages/}: each {@code *.md} or {@code *.markdown},
 * or a folder of posts with an {@code index.md} (a post bundle whose other files are published
 * beside it). Every other file under {@code content/} that the build does not use gets a warning.
 */
public final class ContentLoader {
  /** Posts folder, relative to the site. */
  public static final String POSTS = "content/posts";

  /** Pages folder, relative to the site. */
  public static final String PAGES = "content/pages";

  /** Newest first; ties by slug. */
  private static final Comparator<Post> POST_ORDER =
      Comparator.comparing(Post::date).reversed().thenComparing(Post::slug);

  private ContentLoader() {}

  /**
   * Reads every post and page, in parallel; posts come newest first (ties by slug).
   *
   * @param layouts the layout names templates provide
   * @throws SiteException with the problems of every file
   */
  public static Content load(
      Path siteDir, SiteConfig config, Set<String> layouts, Workers workers) {
    return load(siteDir, config, layouts, Map.of(), Map.of(), List.of(), workers);
  }

  /** {@link #load(Path, SiteConfig, Set, Workers)} in the calling thread. */
  public static Content load(Path siteDir, SiteConfig config, Set<String> layouts) {
    return load(siteDir, config, layouts, Workers.inline());
  }

  /**
   * Reads again only the sources in {@code changed} (site-relative paths) and those that are new
   * since {@code previous}; every other post and page is taken from {@code previous} as it is.
   * Deleted sources disappear. The result equals what {@link #load} would return.
   *
   * @throws SiteException with the problems of the files read
   */
  public static Content reload(
      Path siteDir,
      SiteConfig config,
      Set<String> layouts,
      Content previous,
      Set<String> changed,
      Workers workers) {
    Map<String, Post> posts = new HashMap<>();
    previous.posts().forEach(p -> posts.put(p.file(), p));
    Map<String, Page> pages = new HashMap<>();
    previous.pages().forEach(p -> pages.put(p.file(), p));
    if (onlyEdits(siteDir, changed, posts.keySet(), pages.keySet())) {
      return edited(siteDir, config, layouts, previous, changed);
    }
    posts.keySet().removeIf(file -> affected(file, changed));
    pages.keySet().removeIf(file -> affected(file, changed));
    List<Problem> kept =
        previous.warnings().stream()
            .filter(w -> posts.containsKey(w.file()) || pages.containsKey(w.file()))
            .toList();
    return load(siteDir, config, layouts, posts, pages, kept, workers);
  }

  /**
   * Whether every changed content path is a known source that still exists: an edit, not an add,
   * delete or rename, so the folders need not be listed again (the dev server's common case).
   */
  private static boolean onlyEdits(
      Path siteDir, Set<String> changed, Set<String> posts, Set<String> pages) {
    for (String c : changed) {
      boolean known = posts.contains(c) || pages.contains(c);
      if (known && Files.isRegularFile(siteDir.resolve(c))) {
        continue;
      }
      // anything else under content/ may be a new source or a new unused file (comment files
      // are the comments stage's)
      boolean comments =
          c.startsWith("content/comments/") && c.indexOf('/', 17) < 0 && c.endsWith(".yaml");
      if ((c.equals("content") || c.startsWith("content/")) && !comments) {
        return false;
      }
    }
    return true;
  }

  /** {@code previous} with the edited sources read again. */
  private static Content edited(
      Path siteDir, SiteConfig config, Set<String> layouts, Content previous, Set<String> changed) {
    EntryReader reader = new EntryReader(config, layouts);
    List<Problem> problems = new ArrayList<>();
    List<Post> posts = new ArrayList<>();
    for (Post p : previous.posts()) {
      if (!changed.contains(p.file())) {
        posts.add(p);
        continue;
      }
      Source s = new Source(p.file(), p.bundleDir(), fileSlug(p.file(), p.bundleDir()));
      read(siteDir, s, config.maxFileSize(), problems)
          .flatMap(text -> reader.post(s.file(), s.bundleDir(), s.slug(), text, problems))
          .ifPresent(posts::add);
    }
    List<Page> pages = new ArrayList<>();
    for (Page p : previous.pages()) {
      if (!changed.contains(p.file())) {
        pages.add(p);
        continue;
      }
      Source s = new Source(p.file(), "", fileSlug(p.file(), ""));
      read(siteDir, s, config.maxFileSize(), problems)
          .flatMap(text -> reader.page(s.file(), s.slug(), text, problems))
          .ifPresent(pages::add);
    }
    List<Problem> warnings = new ArrayList<>(problems);
    previous.warnings().stream().filter(w -> !changed.contains(w.file())).forEach(warnings::add);
    posts.sort(POST_ORDER);
    pages.sort(Comparator.comparing(Page::slug));
    return content(posts, pages, warnings, previous.unusedFiles());
  }

  /**
   * The content, or a {@link SiteException} with every problem (warnings too) when one of them is
   * an error.
   */
  private static Content content(
      List<Post> posts, List<Page> pages, List<Problem> problems, int unusedFiles) {
    if (problems.stream().anyMatch(p -> !p.isWarning())) {
      throw new SiteException(problems);
    }
    List<Problem> warnings = problems.stream().distinct().sorted(SiteException.ORDER).toList();
    return new Content(posts, pages, warnings, unusedFiles);
  }

  /** The slug a source's file (or bundle folder) name gives. */
  private static String fileSlug(String file, String bundleDir) {
    String name =
        bundleDir.isEmpty()
            ? UnusedFiles.stem(file.substring(file.lastIndexOf('/') + 1))
            : bundleDir.substring(bundleDir.lastIndexOf('/') + 1);
    return Slug.ofName(name);
  }

  /** A source is affected by a change to itself or to a folder above it. */
  private static boolean affected(String file, Set<String> changed) {
    for (String c : changed) {
      if (file.equals(c) || file.startsWith(c + "/")) {
        return true;
      }
    }
    return false;
  }

  private static Content load(
      Path siteDir,
      SiteConfig config,
      Set<String> layouts,
      Map<String, Post> knownPosts,
      Map<String, Page> knownPages,
      List<Problem> knownWarnings,
      Workers workers) {
    EntryReader reader = new EntryReader(config, layouts);
    List<Source> postFiles = sources(siteDir, POSTS, true);
    List<Source> pageFiles = sources(siteDir, PAGES, false);
    List<Problem> problems = java.util.Collections.synchronizedList(new ArrayList<>(knownWarnings));
    List<Optional<Post>> found =
        workers.map(
            postFiles,
            s ->
                knownPosts.containsKey(s.file())
                    ? Optional.of(knownPosts.get(s.file()))
                    : read(siteDir, s, config.maxFileSize(), problems)
                        .flatMap(
                            text ->
                                reader.post(s.file(), s.bundleDir(), s.slug(), text, problems)));
    List<Post> posts = found.stream().flatMap(Optional::stream).sorted(POST_ORDER).toList();
    List<Page> pages =
        pageFiles.stream()
            .flatMap(
                s ->
                    knownPages.containsKey(s.file())
                        ? Stream.of(knownPages.get(s.file()))
                        : read(siteDir, s, config.maxFileSize(), problems)
                            .flatMap(text -> reader.page(s.file(), s.slug(), text, problems))
                            .stream())
            .sorted(Comparator.comparing(Page::slug))
            .toList();
    List<Problem> unused = UnusedFiles.find(siteDir);
    problems.addAll(unused);
    return content(posts, pages, problems, unused.size());
  }

  /** A Markdown source: its site-relative name, its bundle folder (or ""), its file-name slug. */
  private record Source(String file, String bundleDir, String slug) {}

  private static List<Source> sources(Path siteDir, String folder, boolean bundles) {
    Path dir = siteDir.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Source> out = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_")) {
          continue;
        }
        if (Files.isRegularFile(p) && UnusedFiles.isMarkdown(name)) {
          out.add(new Source(folder + "/" + name, "", Slug.ofName(UnusedFiles.stem(name))));
        } else if (bundles && Files.isRegularFile(p.resolve("index.md"))) {
          out.add(
              new Source(
                  folder + "/" + name + "/index.md", folder + "/" + name, Slug.ofName(name)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    return out;
  }

  private static Optional<String> read(
      Path siteDir, Source source, long limit, List<Problem> problems) {
    try {
      Path file = siteDir.resolve(source.file());
      // checked before reading: a huge file must not be read into memory (#11)
      long size = Files.size(file);
      if (size > limit) {
        problems.add(
            Problem.inFile(
                    source.file(),
                    String.format(
                        java.util.Locale.ROOT,
                        "%,d bytes, more than max_file_size (%,d bytes)",
                        size,
                        limit))
                .withHint("split it, or raise max_file_size in site.yaml"));
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      return SourceText.decode(source.file(), bytes, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source.file(), e);
    }
  }
}
