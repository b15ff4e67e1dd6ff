package dev.tinta.importer;

import dev.tinta.model.CommentStatus;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did (or, with {@code --dry-run}, would do), printed at its end.
 *
 * @param files each site path written with its state: {@code new}, {@code changed}, {@code
 *     unchanged}
 * @param comments comments by status that were added
 * @param commentsKept comments already in the site (same id), left as they are
 */
public record ImportSummary(
    boolean dryRun,
    int posts,
    int drafts,
    int pages,
    Map<String, String> files,
    Map<CommentStatus, Integer> comments,
    int commentsKept,
    int redirects,
    List<String> images,
    int imagesDownloaded,
    Map<String, Integer> skipped,
    List<String> warnings) {
  public ImportSummary {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    comments = Collections.unmodifiableMap(new LinkedHashMap<>(comments));
    images = List.copyOf(images);
    skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    warnings = List.copyOf(warnings);
  }

  /**
   * Prints the files (with {@code --dry-run}), warnings, images, what was skipped, and last the
   * counts: posts, drafts, pages, comments by status, redirects, images, warnings.
   */
  public void print(PrintWriter out) {
    if (dryRun) {
      files.forEach(
          (path, state) ->
              out.println(
                  (state.equals("unchanged") ? "would keep " : "would write ")
                      + path
                      + " ("
                      + state
                      + ")"));
    }
    for (String w : warnings) {
      out.println("warning: " + w);
    }
    if (!images.isEmpty()) {
      out.println(
          "Images"
              + (imagesDownloaded > 0
                  ? ""
                  : dryRun
                      ? " (a dry run fetches nothing)"
                      : " (links kept; --images download fetches them)")
              + ":");
      images.forEach(i -> out.println("  " + i));
    }
    if (!skipped.isEmpty()) {
      StringBuilder s = new StringBuilder("Skipped: ");
      skipped.forEach(
          (why, n) -> s.append(s.length() > 9 ? ", " : "").append(n).append(' ').append(why));
      out.println(s);
    }
    StringBuilder c = new StringBuilder();
    comments.forEach(
        (status, n) ->
            c.append(c.length() == 0 ? "" : ", ").append(n).append(' ').append(status.word()));
    out.println(
        (dryRun ? "Would import: " : "Imported: ")
            + posts
            + " posts ("
            + drafts
            + " drafts), "
            + pages
            + " pages, comments: "
            + (c.length() == 0 ? "none" : c)
            + (commentsKept > 0 ? " (" + commentsKept + " already there)" : "")
            + ", "
            + redirects
            + " redirects, "
            + images.size()
            + " images"
            + (imagesDownloaded > 0 ? " (" + imagesDownloaded + " downloaded)" : "")
            + ", "
            + warnings.size()
            + " warnings");
  }
}
