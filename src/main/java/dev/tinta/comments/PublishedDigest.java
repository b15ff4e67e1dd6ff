package dev.tinta.comments;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a site's comment files publish, as a digest per file: every approved comment's published
 * fields (never its line, status word or {@code ip_hash}), or the file's problems. Two states with
 * the same {@link #digest()} build the same site, so a change that leaves it alone (a reader's new
 * pending comment, a pending one marked as spam) needs no rebuild. {@link #update} reads only the
 * files that changed, so a look after a reader's comment costs one file, not the whole folder.
 *
 * <p>Not thread-safe: one caller (the publisher's thread).
 */
public final class PublishedDigest {
  private final Path siteDir;
  private final CommentFileParser parser;
  private final Map<String, String> files = new TreeMap<>();

  private PublishedDigest(Path siteDir, CommentSettings settings) {
    this.siteDir = siteDir.toAbsolutePath().normalize();
    this.parser = new CommentFileParser(settings);
  }

  /** Reads every comment file of the site at {@code siteDir}. */
  public static PublishedDigest read(Path siteDir, CommentSettings settings) {
    PublishedDigest d = new PublishedDigest(siteDir, settings);
    d.readAll();
    return d;
  }

  private void readAll() {
    files.clear();
    Path dir = CommentFiles.dir(siteDir);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      files.put("", digestOf(List.of("not a folder")));
      return;
    }
    // every file, .yml ones too, the way update() looks at each
    try (Stream<Path> all = Files.list(dir)) {
      all.filter(Files::isRegularFile).forEach(this::look);
    } catch (NoSuchFileException e) {
      // no folder: no comments
    } catch (IOException e) {
      files.put("", digestOf(List.of("cannot list the folder: " + e)));
    }
  }

  /**
   * Reads again the files among {@code changed} (absolute paths) that are in the comments folder; a
   * deleted one no longer counts. The folder itself or one above it (made, removed, or the watcher
   * lost count) reads every file again.
   */
  public void update(Set<Path> changed) {
    Path dir = CommentFiles.dir(siteDir);
    if (changed.stream().anyMatch(p -> dir.startsWith(p.toAbsolutePath().normalize()))) {
      readAll();
      return;
    }
    for (Path p : changed) {
      Path file = p.toAbsolutePath().normalize();
      if (dir.equals(file.getParent())) {
        files.remove(file.getFileName().toString());
        if (Files.isRegularFile(file)) {
          look(file);
        }
      }
    }
  }

  /** The digest of what the files publish, as last read. */
  public String digest() {
    List<String> fields = new ArrayList<>();
    files.forEach(
        (name, digest) -> {
          fields.add(name);
          fields.add(digest);
        });
    return digestOf(fields);
  }

  private void look(Path file) {
    String name = file.getFileName().toString();
    if (name.startsWith(".")) {
      return; // locks and temporary files
    }
    if (name.endsWith(".yml")) {
      files.put(name, digestOf(List.of("comment files end in .yaml")));
      return;
    }
    if (!name.endsWith(CommentFiles.SUFFIX) || name.length() <= CommentFiles.SUFFIX.length()) {
      return;
    }
    String slug = CommentFiles.slug(file);
    String relative = CommentFiles.relative(slug);
    List<String> fields = new ArrayList<>();
    try {
      ParsedFile parsed =
          parser.parse(relative, slug, CommentFiles.read(file, relative).orElse(""));
      if (!parsed.problems().isEmpty()) {
        throw new SiteException(parsed.problems());
      }
      for (Comment c : parsed.comments()) {
        if (c.status() == CommentStatus.APPROVED) {
          fields.addAll(
              List.of(
                  c.postSlug(),
                  c.id(),
                  c.author(),
                  c.url(),
                  c.date().toString(),
                  c.parent(),
                  c.body(),
                  Boolean.toString(c.owner())));
        }
      }
    } catch (SiteException e) {
      fields.clear();
      fields.add("problems");
      e.problems().stream().map(Problem::format).forEach(fields::add);
    }
    files.put(name, digestOf(fields));
  }

  /** The SHA-256 of the fields, each with its end, so that no two lists give the same bytes. */
  private static String digestOf(List<String> fields) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    for (String field : fields) {
      sha.update(field.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
