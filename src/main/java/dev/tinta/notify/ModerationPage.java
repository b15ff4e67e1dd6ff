package dev.tinta.notify;

import dev.tinta.comments.CommentBodies;
import dev.tinta.model.Comment;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pages a mail's link opens: one comment, rendered by the site's own renderer and sanitizer,
 * with Approve / Spam / Reject buttons in a plain form (no script: the server's
 * Content-Security-Policy allows none), and the refusal page for a bad link. Built as a jsoup tree,
 * so every reader's field is escaped text.
 */
final class ModerationPage {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

  private final CommentBodies bodies;
  private final String serverRoot;
  private final ZoneId zone;

  /**
   * @param serverRoot the server's path without its final slash ("" at the root)
   */
  ModerationPage(CommentBodies bodies, String serverRoot, ZoneId zone) {
    this.bodies = bodies;
    this.serverRoot = serverRoot;
    this.zone = zone;
  }

  /**
   * The comment and its buttons.
   *
   * @param action the path the form posts to (the link's own)
   */
  byte[] comment(Waiting w, String action) {
    Comment c = w.comment();
    Document doc = shell("Moderate a comment");
    Element main = doc.body().appendElement("main").addClass("moderation");
    Element h1 = main.appendElement("h1").text("A comment on ");
    String title = "\u201c" + PlainText.line(w.postTitle()) + "\u201d";
    if (w.postUrl().isEmpty()) {
      h1.appendText(title);
    } else {
      h1.appendElement("a").attr("href", w.postUrl()).text(title);
    }
    Element meta = main.appendElement("p").addClass("comment-meta");
    meta.appendElement("strong").addClass("comment-author").text(PlainText.line(c.author()));
    meta.appendText(" \u00b7 ");
    meta.appendElement("time")
        .attr("datetime", c.date().toOffsetDateTime().toString())
        .text(DATE.format(c.date().withZoneSameInstant(zone)));
    meta.appendText(" \u00b7 status: ");
    meta.appendElement("span").addClass("comment-status").text(c.status().word());
    main.appendElement("div").addClass("comment-body").html(bodies.html(c.body()));
    Element form = main.appendElement("form").attr("method", "post").attr("action", action);
    for (String[] b :
        new String[][] {{"approve", "Approve"}, {"spam", "Spam"}, {"reject", "Reject"}}) {
      form.appendElement("button")
          .attr("type", "submit")
          .attr("name", "action")
          .attr("value", b[0])
          .text(b[1]);
      form.appendText(" ");
    }
    main.appendElement("p")
        .text(
            "Opening this page changed nothing. A button sets the comment's status; the site shows"
                + " only approved comments.");
    return bytes(doc);
  }

  /** The page of a link that is altered or expired. */
  byte[] refused() {
    return message(
        "This link does not work",
        "It has expired (a mail's links work for "
            + LinkTokens.LIFETIME.toDays()
            + " days) or it was changed. Moderate the comment from the queue or the command"
            + " line.");
  }

  /** The page of a link whose comment was deleted. */
  byte[] gone() {
    return message("This comment is gone", "It was deleted from its comments file.");
  }

  /** The page shown when the comments file cannot be read. */
  byte[] unavailable() {
    return message(
        "The comments cannot be read now",
        "The comments file has a problem; the server's log names it.");
  }

  /** A page with one message. */
  private byte[] message(String heading, String text) {
    Document doc = shell(heading);
    Element main = doc.body().appendElement("main").addClass("moderation");
    main.appendElement("h1").text(heading);
    main.appendElement("p").text(text);
    return bytes(doc);
  }

  private Document shell(String title) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
    doc.selectFirst("html").attr("lang", "en");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "robots").attr("content", "noindex, nofollow");
    head.appendElement("title").text(title);
    head.appendElement("link").attr("rel", "stylesheet").attr("href", serverRoot + "/style.css");
    return doc;
  }

  private static byte[] bytes(Document doc) {
    return ("<!DOCTYPE html>\n" + doc.outerHtml() + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
