package dev.tinta.comments;

import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A comment to add; every field is untrusted.
 *
 * @param url the author's link, or empty
 * @param parent id of the comment this replies to, or empty
 * @param body Markdown
 * @param status {@link CommentStatus#PENDING}, or {@link CommentStatus#SPAM} for what the intake
 *     server's spam checks caught; a new comment is never published without moderation
 * @param ipHash a keyed hash of the sender's network (lower-case hex, at most 64 digits), or empty
 */
public record NewComment(
    String postSlug,
    String author,
    String url,
    String parent,
    String body,
    CommentStatus status,
    String ipHash) {

  /** Links longer than this are refused: no real address needs more. */
  public static final int MAX_URL_LENGTH = 2000;

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{0,64}");

  public NewComment {
    Objects.requireNonNull(postSlug);
    Objects.requireNonNull(author);
    Objects.requireNonNull(url);
    Objects.requireNonNull(parent);
    Objects.requireNonNull(body);
    Objects.requireNonNull(status);
    Objects.requireNonNull(ipHash);
    if (status != CommentStatus.PENDING && status != CommentStatus.SPAM) {
      throw new IllegalArgumentException("a new comment is pending or spam, not " + status);
    }
    if (!HEX.matcher(ipHash).matches()) {
      throw new IllegalArgumentException("ipHash must be lower-case hex");
    }
  }

  /** A pending comment without an {@code ip_hash}, as the command line adds it. */
  public NewComment(String postSlug, String author, String url, String parent, String body) {
    this(postSlug, author, url, parent, body, CommentStatus.PENDING, "");
  }

  /**
   * What is wrong with the fields under these limits, in the order author, url, body, parent; the
   * post and the parent's existence are checked when the comment is written.
   */
  public List<FieldProblem> check(CommentSettings settings) {
    List<FieldProblem> out = new ArrayList<>();
    String cleanAuthor = UntrustedText.line(author);
    if (cleanAuthor.isEmpty()) {
      out.add(new FieldProblem("author", FieldProblem.Kind.REQUIRED, 0));
    } else if (UntrustedText.length(cleanAuthor) > settings.maxAuthorLength()) {
      out.add(new FieldProblem("author", FieldProblem.Kind.TOO_LONG, settings.maxAuthorLength()));
    }
    String link = url.strip();
    if (UntrustedText.length(link) > MAX_URL_LENGTH) {
      out.add(new FieldProblem("url", FieldProblem.Kind.TOO_LONG, MAX_URL_LENGTH));
    } else if (!link.isEmpty() && UntrustedText.httpUrl(link).isEmpty()) {
      out.add(new FieldProblem("url", FieldProblem.Kind.NOT_HTTP, 0));
    }
    String text = normalizedBody(body);
    if (text.isBlank()) {
      out.add(new FieldProblem("body", FieldProblem.Kind.REQUIRED, 0));
    } else if (UntrustedText.length(text) > settings.maxBodyLength()) {
      out.add(new FieldProblem("body", FieldProblem.Kind.TOO_LONG, settings.maxBodyLength()));
    }
    String p = parent.strip();
    if (!p.isEmpty() && !CommentFileParser.ID.matcher(p).matches()) {
      out.add(new FieldProblem("parent", FieldProblem.Kind.INVALID, 0));
    }
    return List.copyOf(out);
  }

  /**
   * A body as it is stored: Unix line breaks, no blank lines before or trailing white space after,
   * one final line break.
   */
  public static String normalizedBody(String body) {
    String unix = body.replace("\r\n", "\n").replace('\r', '\n');
    return unix.replaceFirst("^(?:[ \t]*\n)+", "").stripTrailing() + "\n";
  }
}
