package dev.tinta.notify;

import dev.tinta.comments.CommentBodies;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The text of the mail that tells the owner which comments wait. The subject holds only the count
 * and the site's title, never a reader's words; every untrusted field in the body is one cleaned
 * line, so nothing a reader writes can start a header or fake a line of the mail.
 *
 * @param subject one line
 * @param text the plain-text body
 */
record OwnerMail(String subject, String text) {
  private static final int EXCERPT = 280;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

  /**
   * The mail about {@code waiting}.
   *
   * @param queue the address of the whole moderation queue
   */
  static OwnerMail of(
      String siteTitle, List<Waiting> waiting, String queue, ZoneId zone, CommentBodies bodies) {
    int n = waiting.size();
    String what = n == 1 ? "1 new comment waits" : n + " new comments wait";
    String site = PlainText.line(siteTitle);
    StringBuilder text = new StringBuilder();
    text.append(what).append(" for moderation on ").append(site).append(".\n\n");
    int i = 1;
    for (Waiting w : waiting) {
      text.append(i++)
          .append(". ")
          .append(PlainText.line(w.comment().author()))
          .append(" on \"")
          .append(PlainText.line(w.postTitle()))
          .append("\", ")
          .append(DATE.format(w.comment().date().withZoneSameInstant(zone)))
          .append('\n');
      text.append("   ")
          .append(PlainText.excerpt(bodies, w.comment().body(), EXCERPT))
          .append('\n');
      text.append("   Review: ").append(w.review()).append('\n');
      if (!w.postUrl().isEmpty()) {
        text.append("   Post: ").append(w.postUrl()).append('\n');
      }
      text.append('\n');
    }
    text.append("All pending comments: ").append(queue).append("\n\n");
    text.append("The review links work for ")
        .append(LinkTokens.LIFETIME.toDays())
        .append(" days. Opening one changes nothing; only its buttons do.\n");
    return new OwnerMail(what + " on " + site, text.toString());
  }
}
