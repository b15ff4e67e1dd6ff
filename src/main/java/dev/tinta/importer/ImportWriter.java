package dev.tinta.importer;

import dev.tinta.comments.CommentImport;
import dev.tinta.model.CommentStatus;
import dev.tinta.model.SiteConfig;
import dev.tinta.pipeline.Permalinks;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes an {@link ImportResult} into a site. Every file is first written into a temporary folder
 * inside the site; only when all of them are there are they moved into place, each with one atomic
 * rename. A file that exists with other bytes is a conflict: without {@code force} nothing at all
 * is written and every conflict is reported. Comments go through {@link CommentImport}, which keeps
 * the ids already in a file. Importing the same source again changes nothing.
 */
public final class ImportWriter {
  private final Path siteDir;
  private final boolean force;
  private final boolean dryRun;

  public ImportWriter(Path siteDir, boolean force, boolean dryRun) {
    this.siteDir = siteDir;
    this.force = force;
    this.dryRun = dryRun;
  }

  /**
   * Plans and (unless a dry run) writes the import.
   *
   * @param config the site's settings (for a new site, those {@code siteYaml} gives)
   * @param siteYaml a new site's {@code site.yaml}, or empty when the site has one
   * @param downloaded how many images were fetched into the site
   * @throws SiteException on conflicts without {@code force}, on comment files that do not parse,
   *     and when the site folder cannot be written
   */
  public ImportSummary write(
      ImportResult result, SiteConfig config, String siteYaml, int downloaded) {
    ImportPlan plan =
        ImportPlan.of(
            result,
            new Permalinks(config.permalink(), config.timeZone()),
            config.comments(),
            siteYaml);
    Map<String, String> states = new LinkedHashMap<>();
    List<Problem> conflicts = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : plan.files().entrySet()) {
      String state = state(f.getKey(), f.getValue());
      states.put(f.getKey(), state);
      if (state.equals("changed") && !force) {
        conflicts.add(
            Problem.inFile(f.getKey(), "exists with other content; not overwritten")
                .withHint("pass --force to replace it, or import into another --site"));
      }
    }
    CommentImport comments = new CommentImport(siteDir, config.comments());
    int kept = 0;
    Map<CommentStatus, Integer> added = new EnumMap<>(CommentStatus.class);
    for (Map.Entry<String, List<CommentImport.Entry>> c : plan.comments().entrySet()) {
      CommentImport.Outcome o = comments.plan(c.getKey(), c.getValue());
      kept += o.kept();
      o.added().forEach(e -> added.merge(e.status(), 1, Integer::sum));
      states.put(
          CommentImport.file(c.getKey()),
          o.text().isEmpty() ? "unchanged" : "+" + o.added().size() + " comments");
    }
    if (!conflicts.isEmpty()) {
      throw new SiteException(conflicts);
    }
    if (!dryRun) {
      place(plan, states);
      for (Map.Entry<String, List<CommentImport.Entry>> c : plan.comments().entrySet()) {
        comments.write(c.getKey(), c.getValue());
      }
    }
    return new ImportSummary(
        dryRun,
        result.posts().size(),
        (int) result.posts().stream().filter(ImportedPost::draft).count(),
        result.pages().size(),
        states,
        added,
        kept,
        plan.redirects(),
        result.images(),
        downloaded,
        plan.skipped(),
        plan.warnings());
  }

  private String state(String path, byte[] bytes) {
    Path file = siteDir.resolve(path);
    if (!Files.exists(file)) {
      return "new";
    }
    try {
      return Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)
          ? "unchanged"
          : "changed";
    } catch (IOException e) {
      throw new SiteException(Problem.inFile(path, "cannot read the file: " + e.getMessage()));
    }
  }

  /** A file moved into place: the site's old file, if there was one, waits in the stage. */
  private static final class Placed {
    final Path target;
    final Path old;
    boolean moved;

    Placed(Path target, Path old) {
      this.target = target;
      this.old = old;
    }
  }

  /**
   * Stages every new or changed file in a temporary folder, then renames each into place, keeping
   * the file it replaces. When any step fails, every file already moved is taken back, the old ones
   * are put back and the folders the import made are removed: the site is as it was.
   */
  private void place(ImportPlan plan, Map<String, String> states) {
    List<Path> made = new ArrayList<>();
    List<Placed> placed = new ArrayList<>();
    Path stage = siteDir.resolve(".tinta-import-" + UUID.randomUUID());
    Path at = siteDir;
    boolean keepStage = false;
    try {
      folders(siteDir, made);
      at = stage;
      Files.createDirectory(stage);
      List<String> moving = new ArrayList<>();
      for (Map.Entry<String, byte[]> f : plan.files().entrySet()) {
        if (states.get(f.getKey()).equals("unchanged")) {
          continue;
        }
        Path staged = stage.resolve("new").resolve(f.getKey());
        at = staged;
        Files.createDirectories(staged.getParent());
        Files.write(staged, f.getValue());
        moving.add(f.getKey());
      }
      for (String path : moving) {
        Path target = siteDir.resolve(path);
        at = target;
        folders(target.getParent(), made);
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          old = stage.resolve("old").resolve(path);
          Files.createDirectories(old.getParent());
          move(target, old);
        }
        Placed p = new Placed(target, old);
        placed.add(p);
        move(stage.resolve("new").resolve(path), target);
        p.moved = true;
      }
    } catch (IOException e) {
      boolean restored = takeBack(placed, made);
      keepStage = !restored;
      throw new SiteException(
          Problem.inFile(at.toString(), "cannot write: " + reason(e, at))
              .withHint(
                  restored
                      ? "nothing was imported; the site is as it was"
                      : "the site could not be put back as it was; its old files are in " + stage));
    } finally {
      if (!keepStage) {
        delete(stage);
      }
    }
  }

  /** Creates {@code dir} and its missing parents, noting each one made. */
  private static void folders(Path dir, List<Path> made) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
      missing.add(0, d);
    }
    for (Path d : missing) {
      Files.createDirectory(d);
      made.add(d);
    }
  }

  /** Undoes {@link #place}; whether everything was put back. */
  private static boolean takeBack(List<Placed> placed, List<Path> made) {
    boolean ok = true;
    for (int i = placed.size() - 1; i >= 0; i--) {
      Placed p = placed.get(i);
      try {
        if (p.moved) {
          Files.deleteIfExists(p.target);
        }
        if (p.old != null) {
          move(p.old, p.target);
        }
      } catch (IOException e) {
        ok = false;
      }
    }
    for (int i = made.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(made.get(i));
      } catch (IOException e) {
        // not empty: something else was put there meanwhile; it stays
      }
    }
    return ok;
  }

  /** The operating system's reason, in words. */
  private static String reason(IOException e, Path at) {
    for (Path d = at.getParent(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d)) {
        return d + " is a file where a folder must be";
      }
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way where a folder must be";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (DirectoryNotEmptyException e) {
          // a file could not be moved out; leave the folder for the user to look at
        }
      }
    } catch (IOException e) {
      // the stage folder stays; it starts with a dot, so tinta build ignores it
    }
  }
}
