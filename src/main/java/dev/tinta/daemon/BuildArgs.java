package dev.tinta.daemon;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of a {@code tinta build} run by the daemon, made independent of the daemon's own
 * working folder: the folder options are resolved against the client's, and {@code --site} is added
 * when the client relied on its working folder being the site.
 */
record BuildArgs(List<String> args, Path site) {
  private static final Set<String> FOLDER_OPTIONS = Set.of("--site", "--output");

  BuildArgs {
    args = List.copyOf(args);
  }

  /**
   * The build's arguments for a client in {@code cwd}; empty for anything the daemon does not run
   * (another command, or an {@code @file} argument, which picocli would read relative to the
   * daemon's folder).
   */
  static Optional<BuildArgs> of(List<String> given, Path cwd) {
    if (given.isEmpty() || !given.get(0).equals("build")) {
      return Optional.empty();
    }
    List<String> args = new ArrayList<>();
    Path site = cwd;
    boolean siteGiven = false;
    for (int i = 0; i < given.size(); i++) {
      String a = given.get(i);
      if (a.startsWith("@")) {
        return Optional.empty();
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a : a.substring(0, eq);
      if (!FOLDER_OPTIONS.contains(name) || (eq < 0 && i + 1 == given.size())) {
        args.add(a);
        continue;
      }
      String value = eq < 0 ? given.get(++i) : a.substring(eq + 1);
      Path folder;
      try {
        folder = cwd.resolve(value).normalize();
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
      args.add(name);
      args.add(folder.toString());
      if (name.equals("--site")) {
        site = folder;
        siteGiven = true;
      }
    }
    if (!siteGiven) {
      args.add("--site");
      args.add(cwd.toString());
    }
    return Optional.of(new BuildArgs(args, site));
  }
}
