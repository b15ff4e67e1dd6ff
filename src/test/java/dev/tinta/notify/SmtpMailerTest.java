package dev.tinta.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.tinta.comments.CommentBodies;
import dev.tinta.intake.TestClock;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.model.SmtpSettings;
import dev.tinta.templates.TemplateRenderer;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The owner's mail through a real SMTP server (GreenMail on 127.0.0.1, a free port). */
class SmtpMailerTest {
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());

  private static final TemplateRenderer THEME = TemplateRenderer.create(Path.of("no-site"));
  private static final TestClock CLOCK = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));

  private static SmtpSettings settings(String user, String env) {
    return new SmtpSettings(
        "127.0.0.1",
        SMTP.getSmtp().getPort(),
        "blog@example.org",
        "owner@example.org",
        false,
        user,
        env);
  }

  private static Comment comment(String id, String author, String body) {
    return new Comment(
        "a-post",
        id,
        author,
        "",
        ZonedDateTime.parse("2026-03-01T17:00:00+07:00"),
        CommentStatus.PENDING,
        "",
        body,
        "content/comments/a-post.yaml",
        1);
  }

  private static OwnerMail mail(String siteTitle, Comment... comments) {
    return mail("en", siteTitle, comments);
  }

  /** The mail in a language of the default theme. */
  private static OwnerMail mail(String language, String siteTitle, Comment... comments) {
    List<Waiting> waiting = new ArrayList<>();
    for (Comment c : comments) {
      waiting.add(
          new Waiting(
              c,
              "A post",
              "https://blog.example.org/a-post/",
              "https://comments.example.org/admin/m/T-" + c.id()));
    }
    return OwnerMail.of(
        new LocalText(THEME, language),
        siteTitle,
        waiting,
        "https://comments.example.org/admin",
        ZoneId.of("Asia/Jakarta"),
        new CommentBodies());
  }

  @Test
  void oneMailListsEveryWaitingCommentWithItsLinks() throws Exception {
    new SmtpMailer(settings("", ""), "", CLOCK)
        .send(
            mail(
                "Kopi Blog",
                comment("c1", "Ayu", "First *comment*.\n\nSecond paragraph."),
                comment("c2", "Budi", "A [link](https://example.org/).")));
    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage[] got = SMTP.getReceivedMessages();
    assertThat(got).hasSize(1);
    MimeMessage m = got[0];
    assertThat(m.getSubject()).isEqualTo("2 new comments wait on Kopi Blog");
    assertThat(m.getFrom()).containsExactly(new InternetAddress("blog@example.org"));
    assertThat(m.getAllRecipients()).containsExactly(new InternetAddress("owner@example.org"));
    assertThat(m.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    // SMTP transport drops the final line break
    assertThat(((String) m.getContent()).replace("\r\n", "\n") + "\n")
        .isEqualTo(
            """
            2 new comments wait for moderation on Kopi Blog.

            1. Ayu on "A post", 2026-03-01 17:00 +07:00
               First comment. Second paragraph.
               Review: https://comments.example.org/admin/m/T-c1
               Post: https://blog.example.org/a-post/

            2. Budi on "A post", 2026-03-01 17:00 +07:00
               A link.
               Review: https://comments.example.org/admin/m/T-c2
               Post: https://blog.example.org/a-post/

            All pending comments: https://comments.example.org/admin

            The review links work for 7 days. Opening one changes nothing; only its buttons do.
            """);
  }

  @Test
  void theMailSpeaksTheSitesLanguage() throws Exception {
    new SmtpMailer(settings("", ""), "", CLOCK)
        .send(mail("id", "Kopi Blog", comment("c1", "Ayu", "Komentar *pertama*.")));
    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage m = SMTP.getReceivedMessages()[0];
    assertThat(m.getSubject()).isEqualTo("1 komentar baru menunggu di Kopi Blog");
    assertThat(((String) m.getContent()).replace("\r\n", "\n") + "\n")
        .isEqualTo(
            """
            1 komentar baru menunggu moderasi di Kopi Blog.

            1. Ayu di “A post”, 2026-03-01 17:00 +07:00
               Komentar pertama.
               Tinjau: https://comments.example.org/admin/m/T-c1
               Tulisan: https://blog.example.org/a-post/

            Semua komentar yang menunggu: https://comments.example.org/admin

            Tautan tinjauan berlaku 7 hari. Membuka tautan tidak mengubah apa pun; hanya tombolnya yang mengubah.
            """);
  }

  @Test
  void untrustedFieldsCannotAddHeadersOrLines() throws Exception {
    new SmtpMailer(settings("", ""), "", CLOCK)
        .send(
            mail(
                "Blog\r\nBcc: title@example.org",
                comment(
                    "c1",
                    "Eve\r\nBcc: evil@example.org\r\nSubject: free money\u2028To: x@example.org",
                    "Body\r\n.\r\nMAIL FROM:<x@example.org>\r\n")));
    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage m = SMTP.getReceivedMessages()[0];
    assertThat(m.getAllRecipients()).containsExactly(new InternetAddress("owner@example.org"));
    assertThat(m.getRecipients(Message.RecipientType.BCC)).isNull();
    List<String> names = new ArrayList<>();
    for (Header h : Collections.list(m.getAllHeaders())) {
      names.add(h.getName());
    }
    assertThat(names)
        .containsOnlyOnce("Subject", "From", "To")
        .doesNotContain("Bcc", "Cc")
        .allMatch(
            n ->
                List.of(
                        "Return-Path",
                        "Received",
                        "Date",
                        "From",
                        "To",
                        "Message-ID",
                        "Subject",
                        "MIME-Version",
                        "Content-Type",
                        "Content-Transfer-Encoding",
                        "Auto-Submitted")
                    .contains(n),
            "a known header");
    assertThat(m.getSubject()).isEqualTo("1 new comment waits on Blog Bcc: title@example.org");
    String text = ((String) m.getContent()).replace("\r\n", "\n");
    assertThat(text.lines().filter(l -> l.contains("evil@example.org")))
        .containsExactly(
            "1. Eve Bcc: evil@example.org Subject: free money To: x@example.org on \"A post\","
                + " 2026-03-01 17:00 +07:00");
    assertThat(text.lines()).contains("   Body . MAIL FROM:x@example.org");
  }

  @Test
  void signsInWithThePasswordItIsGiven() throws Exception {
    SMTP.setUser("blog@example.org", "blog", "s3cret");
    new SmtpMailer(settings("blog", "PW"), "s3cret", CLOCK)
        .send(mail("B", comment("c1", "A", "x")));
    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
    assertThatThrownBy(
            () ->
                new SmtpMailer(settings("blog", "PW"), "wrong", CLOCK)
                    .send(mail("B", comment("c2", "A", "x"))))
        .isInstanceOf(AuthenticationFailedException.class);
  }
}
