package dev.tinta.output;

import dev.tinta.model.OutputFile;
import dev.tinta.problem.FileAccess;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a failed write tells the user: the path the system refused and its reason ("Permission
 * denied", "No space left on device"). The user's environment is no bug in tinta (#11); only two
 * outputs for one path are.
 */
final class WriteFailure {
  private WriteFailure() {}

  /** {@code path: error: action: reason}, at the file the system named if it named one. */
  static Problem problem(String action, Path path, IOException e) {
    return FileAccess.problem(named(e).orElse(path).toString(), action, e);
  }

  /**
   * The exception for a file of the site that could not be placed at {@code target} in the folder
   * {@code root}, which becomes the output folder {@code out}.
   */
  static RuntimeException of(Path out, Path root, OutputFile file, Path target, IOException e) {
    Optional<Path> clash = fileInTheWay(root, target);
    if (clash.isPresent()) {
      // a static file named like a folder tinta writes into, or the other way round
      String name = root.relativize(clash.get()).toString().replace('\\', '/');
      return new SiteException(
          Problem.inFile(
                  out.resolve(file.path()).toString(),
                  "cannot be written: the site needs " + name + " as a file and as a folder")
              .withHint(
                  "a file of static/ is named like a folder of the site, or the other way"
                      + " round: rename it"));
    }
    if (e instanceof FileAlreadyExistsException) {
      return new IllegalStateException("two outputs for " + file.path(), e);
    }
    if (file instanceof OutputFile.Copied c
        && named(e).filter(p -> p.equals(c.source())).isPresent()) {
      return new SiteException(problem("cannot read", c.source(), e));
    }
    return new SiteException(problem("cannot write", target, e));
  }

  /** The folder {@code target} needs that is a file, or {@code target} itself if a folder. */
  private static Optional<Path> fileInTheWay(Path root, Path target) {
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(target);
    }
    for (Path p = target.getParent();
        p != null && p.startsWith(root) && !p.equals(root);
        p = p.getParent()) {
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)
          && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> named(IOException e) {
    return e instanceof FileSystemException f && f.getFile() != null
        ? Optional.of(Path.of(f.getFile()))
        : Optional.empty();
  }
}
