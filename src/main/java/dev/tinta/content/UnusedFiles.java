package dev.tinta.content;

import dev.tinta.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the files under {@code content/} that the build does not read, so none is skipped silently
 * (issue #11: a Jekyll blog's {@code .markdown} posts and posts in dated subfolders vanished). Used
 * are the posts and pages ({@code *.md}, {@code *.markdown}), every file of a post bundle (a folder
 * of {@code content/posts/} with an {@code index.md}: published beside the post) and the comment
 * files ({@code content/comments/*.yaml}, read by the comments stage). Hidden files and folders
 * (names starting with {@code .}: editors' and systems' own) are left alone without a word.
 */
final class UnusedFiles {
  /** Comment files, read by the comments stage; the same rule as its {@code CommentFiles}. */
  private static final String COMMENTS = "content/comments";

  private UnusedFiles() {}

  /** Whether a file name is a Markdown source. */
  static boolean isMarkdown(String name) {
    return name.endsWith(".md") || name.endsWith(".markdown");
  }

  /** The file name without its Markdown extension. */
  static String stem(String name) {
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** A warning for each file under {@code content/} that is not used, by path. */
  static List<Problem> find(Path siteDir) {
    Path content = siteDir.resolve("content");
    if (!Files.isDirectory(content)) {
      return List.of();
    }
    List<Problem> out = new ArrayList<>();
    try {
      Files.walkFileTree(
          content,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String rel = relative(siteDir, dir);
              boolean hidden = !dir.equals(content) && dir.getFileName().toString().startsWith(".");
              return hidden || isBundle(rel, dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              String rel = relative(siteDir, file);
              if (!name.startsWith(".") && !used(rel, name)) {
                out.add(
                    Problem.warningAt(rel, 0, 0, "not used: tinta reads nothing from this file")
                        .withHint(hint(rel, name)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + content, e);
    }
    return out.stream().sorted(java.util.Comparator.comparing(Problem::file)).toList();
  }

  private static String relative(Path siteDir, Path p) {
    return siteDir.relativize(p).toString().replace('\\', '/');
  }

  /** A post bundle: {@code content/posts/<name>/} with an {@code index.md}, read as a post. */
  private static boolean isBundle(String rel, Path dir) {
    String parent = rel.substring(0, Math.max(0, rel.lastIndexOf('/')));
    return parent.equals(ContentLoader.POSTS)
        && !dir.getFileName().toString().startsWith("_")
        && Files.isRegularFile(dir.resolve("index.md"));
  }

  private static boolean used(String rel, String name) {
    String folder = rel.substring(0, rel.lastIndexOf('/'));
    if (folder.equals(ContentLoader.POSTS) || folder.equals(ContentLoader.PAGES)) {
      return isMarkdown(name) && !name.startsWith("_");
    }
    if (folder.equals(COMMENTS)) {
      // .yml is the comments stage's own error
      return name.endsWith(".yaml") || name.endsWith(".yml");
    }
    return false;
  }

  private static String hint(String rel, String name) {
    if (name.startsWith("_") || rel.contains("/_")) {
      return "names starting with _ are skipped; rename it to use it";
    }
    if (rel.startsWith(ContentLoader.POSTS + "/")) {
      return "a post is content/posts/<name>.md (or .markdown), or content/posts/<name>/index.md"
          + " with its images beside it";
    }
    if (rel.startsWith(ContentLoader.PAGES + "/")) {
      return "a page is content/pages/<name>.md (or .markdown)";
    }
    if (rel.startsWith(COMMENTS + "/")) {
      return "comments are content/comments/<post-slug>.yaml";
    }
    return "tinta reads content/posts/, content/pages/ and content/comments/; put files to publish"
        + " as they are in static/";
  }
}
