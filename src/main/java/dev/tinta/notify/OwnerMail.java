package dev.tinta.notify;

import dev.tinta.comments.CommentBodies;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The mail that tells the owner which comments wait, in the site's language (the theme's {@code
 * mail_*} strings). The subject holds only the count and the site's title, never a reader's words;
 * every untrusted field in the body is one cleaned line, so nothing a reader writes can start a
 * header or fake a line of the mail.
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
      LocalText words,
      String siteTitle,
      List<Waiting> waiting,
      String queue,
      ZoneId zone,
      CommentBodies bodies) {
    int n = waiting.size();
    String site = PlainText.line(siteTitle);
    StringBuilder text = new StringBuilder();
    text.append(words.get("mail_intro", n, site)).append("\n\n");
    int i = 1;
    for (Waiting w : waiting) {
      String date = DATE.format(w.comment().date().withZoneSameInstant(zone));
      text.append(i++)
          .append(". ")
          .append(
              words.get(
                  "mail_comment",
                  PlainText.line(w.comment().author()),
                  PlainText.line(w.postTitle()),
                  date))
          .append('\n');
      text.append("   ")
          .append(PlainText.excerpt(bodies, w.comment().body(), EXCERPT))
          .append('\n');
      text.append("   ").append(words.get("mail_review", w.review())).append('\n');
      if (!w.postUrl().isEmpty()) {
        text.append("   ").append(words.get("mail_post", w.postUrl())).append('\n');
      }
      text.append('\n');
    }
    text.append(words.get("mail_queue", queue)).append("\n\n");
    text.append(words.get("mail_links", (int) LinkTokens.LIFETIME.toDays())).append('\n');
    return new OwnerMail(PlainText.line(words.get("mail_subject", n, site)), text.toString());
  }
}
