package dev.tinta.importer;

import static dev.tinta.importer.BloggerImporter.ATOM;
import static dev.tinta.importer.BloggerImporter.GD;
import static dev.tinta.importer.BloggerImporter.TAKEOUT;
import static dev.tinta.importer.BloggerImporter.THR;

import dev.tinta.model.CommentStatus;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One Blogger comment entry: its post ({@code thr:in-reply-to} or {@code blogger:parent}), the
 * comment it answers ({@code link rel="related"} or {@code blogger:inReplyTo}), author, date and
 * body. Removed comments are skipped and counted.
 */
final class BloggerComments {
  /** What Blogger leaves in place of a comment its author or the blog's owner removed. */
  private static final Pattern REMOVED =
      Pattern.compile(
          "(?i)this (comment|post) has been removed by (the author|a blog administrator)\\.?");

  private final BloggerImporter.Context cx;

  BloggerComments(BloggerImporter.Context cx) {
    this.cx = cx;
  }

  Optional<ImportedComment> read(XmlNode e, boolean takeout) {
    String id = "c" + BloggerImporter.sourceId(e.text(ATOM, "id"));
    String content = e.text(ATOM, "content");
    if (removed(e, content, takeout)) {
      cx.out().skip("removed comments");
      return Optional.empty();
    }
    Optional<CommentStatus> status =
        takeout
            ? BloggerImporter.takeoutStatus(e.text(TAKEOUT, "status"))
            : Optional.of(CommentStatus.APPROVED);
    if (status.isEmpty()) {
      cx.out().skip("removed comments");
      return Optional.empty();
    }
    String post = takeout ? e.text(TAKEOUT, "parent") : inReplyTo(e);
    if (post.isEmpty()) {
      cx.out().warn(e.at(cx.file()), "comment " + id + " names no post; left out");
      cx.out().skip("comments without a post");
      return Optional.empty();
    }
    Optional<ZonedDateTime> date = BloggerImporter.date(e, "published", cx);
    if (date.isEmpty()) {
      cx.out().warn(e.at(cx.file()), "comment " + id + " has no date; left out");
      cx.out().skip("comments without a date");
      return Optional.empty();
    }
    String author = e.child(ATOM, "author").map(a -> a.text(ATOM, "name")).orElse("");
    String url = e.child(ATOM, "author").map(a -> a.text(ATOM, "uri")).orElse("");
    String body = cx.bodies().comment(content);
    if (body.isBlank()) {
      cx.out().warn(e.at(cx.file()), "comment " + id + " has no text; left out");
      cx.out().skip("empty comments");
      return Optional.empty();
    }
    return Optional.of(
        new ImportedComment(
            BloggerImporter.sourceId(post),
            id,
            parent(e, takeout),
            author.isBlank() ? "Anonymous" : author,
            url.startsWith("http://") || url.startsWith("https://") ? url : "",
            date.get().toOffsetDateTime(),
            status.get(),
            body + "\n"));
  }

  private static boolean removed(XmlNode e, String content, boolean takeout) {
    for (XmlNode p : e.all(GD, "extendedProperty")) {
      if (p.attr("name").toLowerCase(java.util.Locale.ROOT).contains("removed")
          && p.attr("value").equals("true")) {
        return true;
      }
    }
    String status = takeout ? e.text(TAKEOUT, "status") : "";
    return status.equals("DELETED")
        || status.equals("REMOVED")
        || REMOVED.matcher(content.strip()).matches();
  }

  private static String inReplyTo(XmlNode e) {
    return e.child(THR, "in-reply-to").map(r -> r.attr("ref")).orElse("");
  }

  /** The tinta id of the answered comment: {@code link rel="related"} ends in its number. */
  private static String parent(XmlNode e, boolean takeout) {
    if (takeout) {
      String p = e.text(TAKEOUT, "inReplyTo");
      return p.isEmpty() ? "" : "c" + BloggerImporter.sourceId(p);
    }
    for (XmlNode l : e.all(ATOM, "link")) {
      if (l.attr("rel").equals("related")) {
        String href = l.attr("href");
        String last = href.substring(href.lastIndexOf('/') + 1);
        if (last.matches("[0-9]{1,40}")) {
          return "c" + last;
        }
      }
    }
    return "";
  }
}
