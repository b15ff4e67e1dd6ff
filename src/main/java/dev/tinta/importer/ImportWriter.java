package dev.tinta.importer;

import dev.tinta.comments.CommentImport;
import dev.tinta.model.CommentStatus;
import dev.tinta.model.SiteConfig;
import dev.tinta.pipeline.Permalinks;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
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

  /** Stages every new or changed file in a temporary folder, then renames each into place. */
  private void place(ImportPlan plan, Map<String, String> states) {
    Path stage = siteDir.resolve(".tinta-import-" + UUID.randomUUID());
    try {
      Files.createDirectories(siteDir);
      List<String> moving = new ArrayList<>();
      for (Map.Entry<String, byte[]> f : plan.files().entrySet()) {
        if (states.get(f.getKey()).equals("unchanged")) {
          continue;
        }
        Path target = stage.resolve(f.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, f.getValue());
        moving.add(f.getKey());
      }
      for (String path : moving) {
        Path target = siteDir.resolve(path);
        Files.createDirectories(target.getParent());
        move(stage.resolve(path), target);
      }
    } catch (IOException e) {
      throw new SiteException(
          Problem.inFile(siteDir.toString(), "cannot write the imported files: " + e)
              .withHint("nothing was moved into place if the error came while staging"));
    } finally {
      delete(stage);
    }
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
