package dev.tinta.check;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Checks the links of a built site folder without a network: every {@code href}, {@code src},
 * {@code srcset}, {@code poster} and {@code data} of every HTML page that points into the site must
 * name a file (a folder needs an {@code index.html}), and its {@code #fragment} an {@code id} or
 * {@code <a name>} of the target page ({@code #} and {@code #top} always work). An empty URL is
 * broken: in generated pages it is nearly always a template value that was not set.
 *
 * <p>Problems name the page relative to the folder, with the line and column of the attribute.
 */
public final class LinkChecker {
  /** Redirect pages followed in a row before giving up (a loop ends here too). */
  private static final int MAX_REDIRECTS = 10;

  private final Path root;
  private final UrlResolver resolver;
  private final Map<String, PageScan> scans = new HashMap<>();

  private LinkChecker(Path root, URI publicBase) {
    this.root = root.toAbsolutePath().normalize();
    this.resolver = new UrlResolver(publicBase);
  }

  /** Checks the site in {@code folder}; absolute links count as external. */
  public static LinkReport check(Path folder) {
    return new LinkChecker(folder, null).run();
  }

  /**
   * Checks the site in {@code folder}, published at {@code publicBase} (absolute, ending in {@code
   * /}): absolute links under it are checked like relative ones.
   *
   * @throws SiteException when the folder does not exist
   */
  public static LinkReport check(Path folder, URI publicBase) {
    if (!publicBase.isAbsolute() || !publicBase.getRawPath().endsWith("/")) {
      throw new IllegalArgumentException(
          "public base must be absolute, ending in /: " + publicBase);
    }
    return new LinkChecker(folder, publicBase).run();
  }

  private LinkReport run() {
    if (!Files.isDirectory(root)) {
      throw new SiteException(
          Problem.inFile(root.toString(), "no such folder")
              .withHint("build the site first: tinta build"));
    }
    List<String> pages = htmlPages();
    List<Problem> problems = new ArrayList<>();
    SortedMap<String, Integer> external = new TreeMap<>();
    int internal = 0;
    int other = 0;
    for (String page : pages) {
      PageScan scan = scan(page);
      for (Reference ref : scan.references()) {
        Optional<String> problem = Optional.empty();
        if (ref.url().isEmpty()) {
          problem =
              Optional.of(
                  "empty "
                      + ref.element()
                      + "["
                      + ref.attribute()
                      + "] (usually a template value that was not set)");
        } else {
          Target target = resolver.resolve(page, scan.baseHref(), ref.url());
          if (target instanceof Target.Internal in) {
            internal++;
            problem = checkInternal(page, ref, in);
          } else if (target instanceof Target.External ex) {
            external.merge(ex.url(), 1, Integer::sum);
          } else if (target instanceof Target.OtherScheme) {
            other++;
          } else if (target instanceof Target.Unusable bad) {
            problem = Optional.of("broken link \"" + ref.url() + "\": " + bad.reason());
          }
        }
        problem.ifPresent(m -> problems.add(Problem.at(page, ref.line(), ref.column(), m)));
      }
    }
    return new LinkReport(pages.size(), internal, problems, external, other);
  }

  private Optional<String> checkInternal(String page, Reference ref, Target.Internal in) {
    String relative = in.path().substring(1);
    Path file;
    try {
      file = root.resolve(relative).normalize();
    } catch (InvalidPathException e) {
      return Optional.of("broken link \"" + ref.url() + "\": not a possible file name");
    }
    if (!file.startsWith(root)) {
      return Optional.of("broken link \"" + ref.url() + "\" leads out of the site");
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
      if (!Files.isRegularFile(file)) {
        String folder = display(file.getParent());
        return Optional.of(
            "broken link \""
                + ref.url()
                + "\": folder "
                + (folder.isEmpty() ? "/" : folder + "/")
                + " has no index.html");
      }
    } else if (!Files.isRegularFile(file) || in.path().endsWith("/")) {
      return Optional.of(
          "broken link \""
              + ref.url()
              + "\": no file "
              + (relative.isEmpty() ? "/" : relative)
              + " in the site");
    }
    String fragment = in.fragment();
    String targetPage = display(file);
    if (fragment.isEmpty() || fragment.equalsIgnoreCase("top") || !isHtml(targetPage)) {
      return Optional.empty();
    }
    targetPage = followRedirects(targetPage);
    if (!scan(targetPage).ids().contains(fragment)) {
      return Optional.of(
          "broken anchor \"" + ref.url() + "\": no id \"" + fragment + "\" in " + targetPage);
    }
    return Optional.empty();
  }

  /**
   * The page a redirect page (an alias's {@code <meta http-equiv="refresh">}) finally sends the
   * reader to, so a {@code #fragment} is looked up there; the redirect's own link is checked with
   * the page's other references.
   */
  private String followRedirects(String page) {
    String current = page;
    for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
      PageScan scan = scan(current);
      if (scan.redirect().isEmpty()) {
        return current;
      }
      Target t = resolver.resolve(current, scan.baseHref(), scan.redirect().get());
      if (!(t instanceof Target.Internal in)) {
        return current;
      }
      Path next;
      try {
        next = root.resolve(in.path().substring(1)).normalize();
      } catch (InvalidPathException e) {
        return current;
      }
      if (Files.isDirectory(next)) {
        next = next.resolve("index.html");
      }
      if (!next.startsWith(root) || !Files.isRegularFile(next) || !isHtml(display(next))) {
        return current;
      }
      current = display(next);
    }
    return current;
  }

  private PageScan scan(String page) {
    return scans.computeIfAbsent(
        page,
        p -> {
          try {
            // Generated pages are UTF-8; a stray byte becomes U+FFFD rather than stopping the
            // check.
            return PageScan.of(
                new String(Files.readAllBytes(root.resolve(p)), StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.resolve(p), e);
          }
        });
  }

  private List<String> htmlPages() {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(this::display)
          .filter(LinkChecker::isHtml)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private String display(Path file) {
    return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  private static boolean isHtml(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }
}
