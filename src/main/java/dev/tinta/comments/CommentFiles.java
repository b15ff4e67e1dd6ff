package dev.tinta.comments;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import dev.tinta.text.Utf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where comment files live, how they are named, and how their text is read. */
final class CommentFiles {
  /** The comments folder, relative to the site. */
  static final String DIR = "content/comments";

  static final String SUFFIX = ".yaml";

  private CommentFiles() {}

  /** The comments folder of a site. */
  static Path dir(Path siteDir) {
    return siteDir.resolve(DIR);
  }

  /** The name problems carry for a post's comments file: {@code content/comments/<slug>.yaml}. */
  static String relative(String slug) {
    return DIR + "/" + slug + SUFFIX;
  }

  /** The post a comments file belongs to. */
  static String slug(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - SUFFIX.length());
  }

  /**
   * The comments file of a post, refusing slugs that could leave the comments folder.
   *
   * @throws SiteException for a slug that is not a plain file name
   */
  static Path file(Path siteDir, String slug) {
    Path dir = dir(siteDir).toAbsolutePath().normalize();
    boolean plain =
        !slug.isEmpty()
            && !slug.startsWith(".")
            && slug.indexOf('/') < 0
            && slug.indexOf('\\') < 0
            && slug.indexOf(':') < 0
            && slug.codePoints().noneMatch(Character::isISOControl);
    Path file = plain ? dir.resolve(slug + SUFFIX).normalize() : dir;
    if (!plain || !dir.equals(file.getParent())) {
      throw new SiteException(
          Problem.inFile(DIR, "'" + UntrustedText.line(slug) + "' is not a post slug")
              .withHint("a slug is a file name such as my-first-post"));
    }
    return file;
  }

  /** The {@code *.yaml} files of the comments folder, sorted; dot files (locks, temp) skipped. */
  static List<Path> list(Path siteDir, List<Problem> problems) {
    Path dir = dir(siteDir);
    if (!Files.isDirectory(dir)) {
      if (Files.exists(dir)) {
        problems.add(Problem.inFile(DIR, "expected a folder of comment files"));
      }
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
      for (Path p : all) {
        String name = p.getFileName().toString();
        if (name.endsWith(".yml") && !name.startsWith(".")) {
          problems.add(
              Problem.inFile(DIR + "/" + name, "comment files end in .yaml")
                  .withHint("rename it to " + name.substring(0, name.length() - 4) + SUFFIX));
        }
      }
      return all.stream()
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> p.getFileName().toString().endsWith(SUFFIX))
          .filter(p -> p.getFileName().toString().length() > SUFFIX.length())
          .toList();
    } catch (IOException e) {
      problems.add(Problem.inFile(DIR, "cannot list the folder: " + e));
      return List.of();
    }
  }

  /**
   * The file's text, strictly UTF-8 (so writing it back gives the same bytes); empty when the file
   * does not exist.
   *
   * @throws SiteException when it cannot be read or is not UTF-8
   */
  static Optional<String> read(Path file, String name) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new SiteException(Problem.inFile(name, "cannot read the file: " + e));
    }
    Optional<String> text = Utf8.decode(bytes);
    if (text.isEmpty()) {
      throw new SiteException(Problem.inFile(name, "the file is not valid UTF-8 text"));
    }
    return text;
  }
}
