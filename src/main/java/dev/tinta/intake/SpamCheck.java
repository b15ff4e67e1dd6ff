package dev.tinta.intake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content layers of the spam checks: the honeypot field, too many links, BBCode links. A
 * comment they catch is stored as {@code spam} (a moderator can still rescue it) and the client is
 * answered exactly as for any other comment, so a robot learns nothing.
 */
final class SpamCheck {
  /** Why a comment is spam. */
  enum Reason {
    HONEYPOT,
    LINKS,
    BBCODE
  }

  /** Written links: scheme or www, wherever they stand (Markdown, autolink, code, plain text). */
  private static final Pattern LINK = Pattern.compile("(?i)(?:https?|ftp)://|\\bwww\\.");

  /** Forum markup that only link spam brings to a Markdown form. */
  private static final Pattern BBCODE = Pattern.compile("(?i)\\[(?:url|link)\\s*[=\\]]");

  private final int maxLinks;

  SpamCheck(int maxLinks) {
    this.maxLinks = maxLinks;
  }

  Optional<Reason> reason(Submission s) {
    if (!s.subject().isEmpty()) {
      return Optional.of(Reason.HONEYPOT);
    }
    if (BBCODE.matcher(s.body()).find()) {
      return Optional.of(Reason.BBCODE);
    }
    if (links(s.body()) > maxLinks) {
      return Optional.of(Reason.LINKS);
    }
    return Optional.empty();
  }

  static int links(String text) {
    Matcher m = LINK.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
