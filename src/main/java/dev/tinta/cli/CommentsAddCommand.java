package dev.tinta.cli;

import dev.tinta.comments.NewComment;
import dev.tinta.config.ConfigLoader;
import dev.tinta.model.Comment;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import dev.tinta.text.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tinta comments add}: appends a new pending comment to a post's comments file. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Add a comment; it starts pending until approved.")
final class CommentsAddCommand implements Callable<Integer> {
  @Mixin SiteOption site;

  @Option(names = "--post", required = true, paramLabel = "SLUG", description = "The post.")
  String post;

  @Option(names = "--author", required = true, paramLabel = "NAME", description = "Who wrote it.")
  String author;

  @Option(names = "--url", paramLabel = "URL", description = "The author's http(s) link.")
  String url = "";

  @Option(names = "--parent", paramLabel = "ID", description = "The comment this replies to.")
  String parent = "";

  @Option(
      names = "--body-file",
      paramLabel = "FILE",
      description = "Markdown body; '-' (the default) reads standard input.")
  String bodyFile = "-";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SiteConfig config = ConfigLoader.load(site.existingDir());
    String body = readBody(config.comments().maxBodyLength());
    Comment added =
        CommentsCommand.moderator(site.existingDir(), config)
            .add(new NewComment(post, author, url, parent, body));
    spec.commandLine()
        .getOut()
        .println("added " + added.postSlug() + "/" + added.id() + " (pending) to " + added.file());
    return 0;
  }

  /** Reads the body, refusing input far beyond any allowed body before holding it in memory. */
  private String readBody(int maxChars) {
    int limit = maxChars * 4 + 1;
    byte[] bytes;
    try {
      if (bodyFile.equals("-")) {
        bytes = System.in.readNBytes(limit);
      } else {
        try (InputStream in = Files.newInputStream(Path.of(bodyFile))) {
          bytes = in.readNBytes(limit);
        }
      }
    } catch (IOException e) {
      throw new SiteException(Problem.inFile(bodyFile, "cannot read the body: " + e.getMessage()));
    }
    if (bytes.length == limit) {
      throw new SiteException(
          Problem.inFile(bodyFile, "the body is longer than " + maxChars + " characters"));
    }
    return Utf8.decode(bytes)
        .orElseThrow(
            () -> new SiteException(Problem.inFile(bodyFile, "the body is not valid UTF-8 text")));
  }
}
