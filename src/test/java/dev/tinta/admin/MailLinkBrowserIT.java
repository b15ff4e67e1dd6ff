package dev.tinta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.notify.OwnerInbox;
import dev.tinta.quality.Browser;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The owner moderates from the mail, on the example blog in Debian's Chromium: a reader writes
 * through the comment server's form (the real intake POST), the batched mail reaches a real SMTP
 * server (GreenMail), its link opens the comment with its buttons and changes nothing (the YAML
 * still says pending), the Approve button's POST approves, and the rebuilt post page served from
 * the output folder shows the comment. The review page passes axe-core at 390 px in light and dark;
 * screenshots go to {@code target/screenshots/admin-review-*.png}.
 */
class MailLinkBrowserIT {
  private static final String POST = PublishedExample.POST;
  private static final Duration BOUND = Duration.ofSeconds(60);

  @TempDir Path tmp;

  @Test
  @Timeout(300)
  void theOwnerApprovesFromTheMailAndTheCommentIsPublished() throws Exception {
    Optional<String> unavailable = Browser.unavailable();
    Assumptions.assumeTrue(unavailable.isEmpty(), unavailable.orElse(""));
    try (OwnerInbox inbox = OwnerInbox.start();
        PublishedExample example =
            PublishedExample.start(
                tmp,
                server ->
                    "  endpoint: "
                        + server
                        + "\n  intake:\n    min_seconds: 0\n"
                        + OwnerInbox.settings(inbox.port(), "1s"));
        Browser browser = Browser.start(true)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, BOUND);
      Publisher publisher = example.publisher;
      new FluentWait<>(publisher)
          .withTimeout(BOUND)
          .pollingEvery(Duration.ofMillis(50))
          .until(p -> p.published() == 1);
      String endpoint = example.server.uri().toString();

      // a reader writes on the server's form page
      browser.open(endpoint + "c/" + POST + "/new");
      driver.findElement(By.id("comment-author")).sendKeys("Pembaca Surel");
      driver.findElement(By.id("comment-body")).sendKeys("Dikirim lewat *formulir*.");
      driver.findElement(By.cssSelector("form.comment-form button[type=submit]")).click();
      wait.until(ExpectedConditions.urlToBe(endpoint + "c/" + POST + "/thanks"));
      Comment stored = last(example);
      assertThat(stored.author()).isEqualTo("Pembaca Surel");
      assertThat(stored.status()).isEqualTo(CommentStatus.PENDING);

      // the owner's mail, in the site's language, with the comment's link
      assertThat(inbox.await(1, BOUND)).as("the owner's mail").isTrue();
      MimeMessage mail = inbox.mails()[0];
      assertThat(mail.getSubject()).isEqualTo("1 komentar baru menunggu di Catatan Marissa");
      String text = OwnerInbox.text(mail);
      assertThat(text)
          .contains(
              "\n1. Pembaca Surel di “Another Insight About Networking”, ",
              "\n   Dikirim lewat formulir.\n");
      List<String> links = OwnerInbox.reviewLinks(text);
      assertThat(links).hasSize(1);
      assertThat(links.get(0)).startsWith(endpoint + "admin/m/");

      // GET shows the comment and its buttons, and changes nothing
      Path file = example.site.resolve("content/comments/" + POST + ".yaml");
      String before = Files.readString(file, StandardCharsets.UTF_8);
      browser.open(links.get(0));
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tinjau komentar");
      assertThat(driver.findElement(By.cssSelector(".comment-author")).getText())
          .isEqualTo("Pembaca Surel");
      assertThat(driver.findElement(By.cssSelector(".comment-body")).getAttribute("innerHTML"))
          .isEqualTo("<p>Dikirim lewat <em>formulir</em>.</p>\n");
      assertThat(
              driver.findElements(By.cssSelector("form button")).stream()
                  .map(b -> b.getText() + "=" + b.getAttribute("value"))
                  .toList())
          .containsExactly("Setujui=approve", "Spam=spam", "Tolak=reject");
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(before);
      assertThat(last(example).status()).isEqualTo(CommentStatus.PENDING);
      assertThat(browser.violationsAtPhoneWidth()).as("axe on the review page").isEmpty();
      browser.saveScreenshots("admin-review");

      // the Approve button's POST approves
      driver.findElement(By.cssSelector("button[value=approve]")).click();
      assertThat(
              wait.until(
                      ExpectedConditions.presenceOfElementLocated(By.cssSelector(".admin-notice")))
                  .getText())
          .isEqualTo("1 komentar disetujui.");
      assertThat(last(example).status()).isEqualTo(CommentStatus.APPROVED);

      // and the rebuilt post page, served from the output folder, shows the comment
      String postUrl = example.web.url(PublishedExample.POST_PATH);
      String body =
          wait.until(
              d -> {
                d.get(postUrl);
                var shown = d.findElements(By.cssSelector("#" + stored.id() + " .comment-body"));
                return shown.isEmpty() ? null : shown.get(0).getText();
              });
      assertThat(body).isEqualTo("Dikirim lewat formulir.");
      assertThat(publisher.problem()).isEmpty();
    }
  }

  /** The newest comment of the post, read from its YAML file. */
  private static Comment last(PublishedExample example) {
    List<Comment> all = example.moderator().comments(POST);
    return all.get(all.size() - 1);
  }
}
