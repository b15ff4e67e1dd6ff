package dev.tinta.cli;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tinta init DIR}: a new site with {@code site.yaml} and one sample post. It uses the
 * default theme from the jar; a {@code templates/} folder added later overrides it file by file.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Create a new site in DIR with one sample post.")
final class InitCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The new site's folder (new or empty).")
  Path dir;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Clock clock = Clock.systemDefaultZone();

  @Override
  public Integer call() {
    Path site = dir.toAbsolutePath().normalize();
    try {
      if (Files.exists(site)) {
        try (Stream<Path> entries = Files.list(site)) {
          if (entries.findAny().isPresent()) {
            throw new SiteException(
                Problem.inFile(dir.toString(), "folder is not empty")
                    .withHint("pick a new folder"));
          }
        }
      }
      write(
          site.resolve("site.yaml"),
          """
          title: My blog
          description: Notes and essays
          base_url: https://blog.example.org/
          language: en
          time_zone: UTC
          author:
            name: Your Name
            about: |
              A few words about you, in **Markdown**.
          page_size: 10
          # ids of headings as GitHub makes them, so #links keep working when posts move
          heading_ids: github
          # the navigation in the header: pages by slug, or any URL
          menu:
            - {label: About, page: about}
          # a search page at /search/, with its index (see README: Search)
          search: true
          """);
      write(
          site.resolve("content/posts/hello-world.md"),
          "---\ntitle: Hello, world\ndate: "
              + LocalDate.now(clock)
              + "\ntags: [welcome]\n---\n\nMy first post, built with "
              + "[tinta](https://example.org/tinta).\n");
      write(site.resolve("content/pages/about.md"), "---\ntitle: About\n---\n\nAbout this blog.\n");
      write(site.resolve(".gitignore"), "site-output/\n.tinta-cache/\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + site, e);
    }
    spec.commandLine()
        .getOut()
        .println("Created a site in " + dir + "; build it with: tinta build --site " + dir);
    return 0;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
