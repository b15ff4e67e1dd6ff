package dev.tinta.admin;

import dev.tinta.comments.CommentStore;
import dev.tinta.config.ConfigLoader;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a site's comment files publish, as one digest: every approved comment's published fields
 * (never its line, status word or {@code ip_hash}). Two states with the same digest build the same
 * site, so a change that leaves it alone (a reader's new pending comment, a pending one marked as
 * spam) needs no rebuild. Files that do not load give a digest of their problems instead, so that
 * the build that reports them runs, once.
 */
final class PublishedComments {
  private PublishedComments() {}

  /** The digest of what the comment files of the site at {@code siteDir} publish now. */
  static String digest(Path siteDir) {
    MessageDigest sha = sha256();
    try {
      List<Comment> all = CommentStore.load(siteDir, ConfigLoader.load(siteDir).comments()).all();
      for (Comment c : all) {
        if (c.status() == CommentStatus.APPROVED) {
          for (String field :
              List.of(
                  c.postSlug(),
                  c.id(),
                  c.author(),
                  c.url(),
                  c.date().toString(),
                  c.parent(),
                  c.body(),
                  Boolean.toString(c.owner()))) {
            update(sha, field);
          }
        }
      }
    } catch (SiteException e) {
      update(sha, "problems");
      e.problems().stream().map(Problem::format).forEach(p -> update(sha, p));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Adds a field and its end, so that no two lists of fields give the same bytes. */
  private static void update(MessageDigest sha, String field) {
    sha.update(field.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
