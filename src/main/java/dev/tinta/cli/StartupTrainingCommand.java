package dev.tinta.cli;

import dev.tinta.output.FileTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tinta startup-training} (hidden): the representative run the launcher records its start-up
 * cache from. It writes {@link TrainingSite} into a temporary folder and runs what a user runs on
 * it: a clean build, a rebuild that finds every file unchanged, {@code check} and {@code comments
 * list}; then deletes the folder. Prints nothing unless a step fails.
 */
@Command(
    name = "startup-training",
    hidden = true,
    description =
        "Build a generated sample site (the launcher records its start-up cache from it).")
final class StartupTrainingCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path dir;
    try {
      dir = Files.createTempDirectory("tinta-training-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
    try {
      Path site = dir.resolve("site");
      TrainingSite.write(site);
      String s = site.toString();
      for (List<String> args :
          List.of(
              List.of("build", "--site", s),
              List.of("build", "--site", s),
              List.of("check", "--site", s),
              List.of("comments", "list", "--site", s))) {
        StringWriter out = new StringWriter();
        int code =
            Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(out));
        if (code != 0) {
          spec.commandLine()
              .getErr()
              .println("tinta " + String.join(" ", args) + " failed (exit " + code + "):\n" + out);
          return Main.INTERNAL_ERROR;
        }
      }
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the training site in " + dir, e);
    } finally {
      try {
        FileTree.delete(dir);
      } catch (IOException e) {
        spec.commandLine().getErr().println("cannot delete " + dir + ": " + e.getMessage());
      }
    }
  }
}
