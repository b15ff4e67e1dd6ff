package dev.tinta.comments;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-parses text about to be written and checks it holds exactly the expected comments, so a
 * mistake in editing can never reach the disk.
 */
final class EditCheck {
  private EditCheck() {}

  /**
   * Checks that {@code text} parses to exactly {@code expected}.
   *
   * @throws SiteException when it does not
   */
  static void verify(
      CommentFileParser parser, String name, String slug, String text, List<Comment> expected) {
    ParsedFile after = parser.parse(name, slug, text);
    if (!after.ok() || !same(after.comments(), expected)) {
      throw unsafe(name);
    }
  }

  /**
   * Checks that {@code text} holds the comments of {@code before} followed by {@code wanted} (whose
   * lines are not known in advance) and returns its parse.
   */
  static ParsedFile verifyAppended(
      CommentFileParser parser, ParsedFile before, String text, List<Comment> wanted) {
    return verifyAppended(before, parser.parse(before.file(), before.slug(), text), wanted);
  }

  /**
   * Checks that {@code after}, the parse of the new text, holds the comments of {@code before}
   * followed by {@code wanted} (whose lines are not known in advance), and returns it.
   */
  static ParsedFile verifyAppended(ParsedFile before, ParsedFile after, List<Comment> wanted) {
    int n = before.entries().size();
    boolean intact =
        after.ok()
            && after.entries().size() == n + wanted.size()
            && (sameEntries(after, before, n)
                || same(after.comments().subList(0, n), before.comments()));
    if (intact) {
      List<Comment> added =
          after.entries().subList(n, n + wanted.size()).stream().map(ParsedEntry::comment).toList();
      List<Comment> expected = new ArrayList<>();
      for (int i = 0; i < wanted.size(); i++) {
        expected.add(wanted.get(i).withLine(added.get(i).line()));
      }
      intact = same(added, expected);
    }
    if (!intact) {
      throw unsafe(before.file());
    }
    return after;
  }

  /**
   * Checks that {@code text} parses to exactly {@code expected}, lines aside (removing entries
   * moves the ones after them).
   *
   * @throws SiteException when it does not
   */
  static void verifyIgnoringLines(
      CommentFileParser parser, String name, String slug, String text, List<Comment> expected) {
    ParsedFile after = parser.parse(name, slug, text);
    if (!after.ok()
        || !same(
            after.comments().stream().map(c -> c.withLine(0)).toList(),
            expected.stream().map(c -> c.withLine(0)).toList())) {
      throw unsafe(name);
    }
  }

  /**
   * The entries {@link CommentFileParser#parseAppended} carried over unchanged: the very objects.
   */
  private static boolean sameEntries(ParsedFile after, ParsedFile before, int n) {
    for (int i = 0; i < n; i++) {
      if (after.entries().get(i) != before.entries().get(i)) {
        return false;
      }
    }
    return true;
  }

  static SiteException unsafe(String name) {
    return new SiteException(
        Problem.inFile(name, "cannot change this file safely; it was left as it was")
            .withHint("write the comments as a plain block list of '- id:' entries"));
  }

  /**
   * {@code c} with another status: {@link Comment#withStatus}, by the name {@link CommentModerator}
   * calls it (the moderator is being changed on another branch; it can call the record directly).
   */
  static Comment withStatus(Comment c, CommentStatus status) {
    return c.withStatus(status);
  }

  /**
   * Equal comments, bodies compared without trailing line breaks: appending after a last line that
   * lacks one adds the break, which changes no Markdown.
   */
  private static boolean same(List<Comment> a, List<Comment> b) {
    return a.stream()
        .map(EditCheck::trimmed)
        .toList()
        .equals(b.stream().map(EditCheck::trimmed).toList());
  }

  private static Comment trimmed(Comment c) {
    return c.withBody(c.body().replaceAll("[\r\n]+$", ""));
  }
}
