package dev.tinta.cli;

import dev.tinta.model.Slug;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code tinta new post "Title"}: writes a front-matter skeleton dated today. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Create new content.",
    subcommands = {NewCommand.PostCommand.class})
final class NewCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing what to create: post");
  }

  /** {@code tinta new post "Title"}. */
  @Command(
      name = "post",
      mixinStandardHelpOptions = true,
      description = "Create content/posts/<slug>.md with title and today's date.")
  static final class PostCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Parameters(paramLabel = "TITLE", description = "The post's title.")
    String title;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
      String slug = Slug.of(title);
      if (slug.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "the title needs at least one letter or digit");
      }
      String rel = "content/posts/" + slug + ".md";
      Path file = site.existingDir().resolve(rel);
      if (Files.exists(file)) {
        throw new SiteException(
            Problem.inFile(rel, "already exists")
                .withHint("choose another title or edit the file"));
      }
      String text =
          "---\ntitle: "
              + yamlQuote(title)
              + "\ndate: "
              + LocalDate.now(clock)
              + "\ntags: []\ndraft: true\n---\n\nWrite here.\n";
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
      spec.commandLine().getOut().println("Created " + rel);
      return 0;
    }
  }

  /** A double-quoted YAML scalar. */
  static String yamlQuote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
