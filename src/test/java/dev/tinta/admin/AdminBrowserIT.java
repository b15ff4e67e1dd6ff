package dev.tinta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.NewComment;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.quality.Browser;
import dev.tinta.quality.SiteServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The owner moderates the example blog in Debian's Chromium, on one machine: the comment server
 * with {@code --publish} builds into the folder a static server serves. Without JavaScript (the
 * pages need none): sign in, approve a pending comment, and read it on the post page the rebuild
 * published; reply as the author and see the reply marked. With JavaScript (axe-core needs it): the
 * sign-in page, the queue and a comment's page pass axe in light and dark at 390 px; screenshots of
 * the queue at 390 and 1280 px go to {@code target/screenshots/}.
 */
class AdminBrowserIT {
  private static final String POST = PublishedExample.POST;
  private static final String POST_PATH = PublishedExample.POST_PATH;
  private static final String TOKEN = PublishedExample.TOKEN;

  @TempDir Path tmp;

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting");
      }
      Thread.sleep(50);
    }
  }

  @Test
  @Timeout(400)
  void theOwnerApprovesInTheBrowserAndTheCommentIsPublished() throws Exception {
    Optional<String> unavailable = Browser.unavailable();
    Assumptions.assumeTrue(unavailable.isEmpty(), unavailable.orElse(""));
    try (PublishedExample example = PublishedExample.start(tmp, server -> "")) {
      CommentModerator moderator = example.moderator();
      Comment waiting =
          moderator.add(
              new NewComment(POST, "Pembaca Baru", "", "", "Komentar *menunggu* persetujuan."));
      Publisher publisher = example.publisher;
      await(() -> publisher.published() == 1);
      String admin = example.admin();
      withoutScript(example.web, admin, publisher, waiting);
      moderator.addAll(
          POST,
          List.of(
              new NewComment(
                  POST,
                  "Rina",
                  "https://rina.example.net/",
                  "",
                  "Tulisan yang **bagus**. Saya setuju dengan [poin kedua](https://example.org/).",
                  CommentStatus.PENDING,
                  "0a1b2c3d4e5f6071"),
              new NewComment(
                  POST,
                  "Penjual",
                  "",
                  "",
                  "Beli sekarang!",
                  CommentStatus.PENDING,
                  "0a1b2c3d4e5f6071")));
      withScript(admin, waiting);
      assertThat(moderator.comments(POST).stream().map(Comment::status))
          .contains(CommentStatus.APPROVED);
    }
  }

  private void withoutScript(SiteServer web, String admin, Publisher publisher, Comment waiting)
      throws Exception {
    try (Browser browser = Browser.start(false)) {
      var driver = browser.driver();
      browser.open(web.url(POST_PATH));
      assertThat(driver.findElements(By.id(waiting.id()))).isEmpty();

      browser.open(admin);
      assertThat(driver.findElements(By.cssSelector(".admin-card"))).isEmpty();
      driver.findElement(By.id("admin-token")).sendKeys(TOKEN);
      driver.findElement(By.cssSelector("form.admin-signin button[type=submit]")).click();
      assertThat(driver.getCurrentUrl()).isEqualTo(admin);
      WebElement card = card(browser, "Pembaca Baru");
      assertThat(card.findElement(By.cssSelector(".comment-body")).getAttribute("innerHTML"))
          .isEqualTo("<p>Komentar <em>menunggu</em> persetujuan.</p>\n");
      card.findElement(By.xpath("./ancestor::li"))
          .findElement(By.cssSelector("button[formaction$='/approve']"))
          .click();
      assertThat(notice(driver).getText()).isEqualTo("1 komentar disetujui.");

      await(() -> publisher.published() == 2);
      browser.open(web.url(POST_PATH));
      assertThat(
              driver.findElement(By.cssSelector("#" + waiting.id() + " .comment-body")).getText())
          .isEqualTo("Komentar menunggu persetujuan.");

      // reply as the author from the comment's page
      browser.open(admin + "/c/" + POST + "/" + waiting.id());
      driver.findElement(By.id("admin-reply")).sendKeys("Terima kasih sudah mampir!");
      driver.findElement(By.cssSelector("form[action$='/reply'] button[type=submit]")).click();
      assertThat(notice(driver).getText()).isEqualTo("Balasan Anda telah terbit.");
      await(() -> publisher.published() == 3);
      browser.open(web.url(POST_PATH));
      WebElement reply = driver.findElement(By.cssSelector("li.by-author"));
      assertThat(reply.findElement(By.cssSelector(".comment-author")).getText())
          .isEqualTo("Marissa");
      assertThat(reply.findElement(By.cssSelector(".comment-owner")).getText())
          .isEqualToIgnoringCase("Penulis");
      assertThat(reply.findElement(By.cssSelector(".comment-body")).getText())
          .isEqualTo("Terima kasih sudah mampir!");
      assertThat(publisher.problem()).isEmpty();
    }
  }

  private void withScript(String admin, Comment waiting) throws Exception {
    try (Browser browser = Browser.start(true)) {
      var driver = browser.driver();
      browser.open(admin);
      assertNoViolations(browser, "sign-in page");
      shots(browser, "admin-signin");
      driver.findElement(By.id("admin-token")).sendKeys(TOKEN);
      driver.findElement(By.cssSelector("form.admin-signin button[type=submit]")).click();
      browser.open(admin + "?status=approved");
      assertThat(driver.findElements(By.cssSelector(".admin-card")).size()).isGreaterThan(3);
      assertNoViolations(browser, "approved view");
      shots(browser, "admin-approved");
      browser.open(admin);
      assertThat(
              driver.findElements(By.cssSelector(".admin-card .comment-author")).stream()
                  .map(WebElement::getText)
                  .toList())
          .startsWith("Penjual", "Rina");
      assertNoViolations(browser, "queue");
      shots(browser, "admin-queue");
      browser.open(admin + "/c/" + POST + "/" + waiting.id());
      assertNoViolations(browser, "comment page");
      shots(browser, "admin-comment");
    }
  }

  /** The card of the comment by {@code author} on the page shown. */
  private static WebElement card(Browser browser, String author) {
    return browser.driver().findElements(By.cssSelector(".admin-card")).stream()
        .filter(c -> c.findElement(By.cssSelector(".comment-author")).getText().equals(author))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no card by " + author));
  }

  private static void assertNoViolations(Browser browser, String where) {
    assertThat(browser.violationsAtPhoneWidth()).as("axe on the %s", where).isEmpty();
  }

  private static void shots(Browser browser, String name) throws Exception {
    browser.saveScreenshots(name);
  }

  /**
   * The notice of the page a form's POST led to: waited for, since under load a click on a submit
   * button can return before the next page has loaded.
   */
  private static WebElement notice(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".admin-notice")));
  }
}
