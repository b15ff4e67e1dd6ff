package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import dev.tinta.comments.CommentModerator;
import dev.tinta.config.ConfigLoader;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.pipeline.BuildOptions;
import dev.tinta.pipeline.ExampleSite;
import dev.tinta.pipeline.FileTrees;
import dev.tinta.pipeline.SiteBuilder;
import dev.tinta.quality.Browser;
import dev.tinta.quality.SiteServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader comments on the example blog, built with {@code comments.endpoint} and served locally,
 * in Debian's Chromium: with JavaScript (the form on the post page fetches a token, previews and
 * posts in place; also a reply) and without (the link opens the server's form page, the post ends
 * on the thanks page). Each time the pending entry is in the YAML. The post page with the form and
 * the server's pages pass axe-core (which needs scripts on to run); screenshots go to {@code
 * target/screenshots/}.
 */
class IntakeBrowserIT {
  private static final String POST = "another-insight-about-networking";
  private static final String POST_PATH = "/2010/08/" + POST + "/";
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  @TempDir Path tmp;

  @Test
  @Timeout(300)
  void aReaderCommentsWithAndWithoutJavaScript() throws Exception {
    Optional<String> unavailable = Browser.unavailable();
    Assumptions.assumeTrue(unavailable.isEmpty(), unavailable.orElse(""));
    Path site = tmp.resolve("site");
    for (String part : List.of("content", "templates")) {
      FileTrees.copy(ExampleSite.root().resolve(part), site.resolve(part));
    }
    String yaml = Files.readString(ExampleSite.root().resolve("site.yaml"));
    Path output = tmp.resolve("output");
    Files.createDirectories(output);
    try (SiteServer web = SiteServer.serve(output)) {
      String siteUrl = web.url("/");
      // the server reads its endpoint only for its own origin; the build needs the real one
      Files.writeString(
          site.resolve("site.yaml"), configured(yaml, siteUrl, "http://127.0.0.1:9/"));
      IntakeOptions options =
          IntakeOptions.of(site)
              .withAddress("127.0.0.1", 0)
              .withSecretFile(Optional.of(tmp.resolve("secret")));
      try (IntakeServer intake = IntakeServer.start(options, System.out::println)) {
        String endpoint = intake.uri().toString();
        Files.writeString(site.resolve("site.yaml"), configured(yaml, siteUrl, endpoint));
        new SiteBuilder(2).build(BuildOptions.of(site).withOutput(output));
        withScript(web.url(POST_PATH), site, endpoint);
        withoutScript(web.url(POST_PATH), site, endpoint);
      }
    }
  }

  private static String configured(String yaml, String siteUrl, String endpoint) {
    return yaml.replaceFirst("(?m)^base_url: .*$", "base_url: " + siteUrl)
        .replaceFirst(
            "(?m)^comments:\\n",
            "comments:\n  endpoint: "
                + endpoint
                + "\n  intake:\n    min_seconds: 1\n    per_minute: 50\n");
  }

  private void withScript(String postUrl, Path site, String endpoint) throws Exception {
    try (Browser browser = Browser.start(true)) {
      var driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      browser.open(postUrl);
      WebElement form = driver.findElement(By.cssSelector("form.comment-form"));
      assertThat(form.isDisplayed()).isTrue();
      assertThat(driver.findElement(By.cssSelector(".comment-write-link")).isDisplayed()).isFalse();
      assertNoViolations(browser, "post page with the form");
      shots(browser, "intake-post-form");

      driver.findElement(By.id("comment-author")).sendKeys("Pembaca Skrip");
      driver.findElement(By.id("comment-body")).sendKeys("Tulisan yang *bagus*, terima kasih.");
      driver.findElement(By.cssSelector(".preview-button")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".comment-preview")));
      assertThat(
              driver
                  .findElement(By.cssSelector(".comment-preview .comment-body"))
                  .getAttribute("innerHTML"))
          .isEqualTo("<p>Tulisan yang <em>bagus</em>, terima kasih.</p>\n");
      driver.findElement(By.cssSelector("form.comment-form button[type=submit]")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".form-status"), "Terima kasih!"));
      Comment c = last(site);
      assertThat(c.author()).isEqualTo("Pembaca Skrip");
      assertThat(c.body()).isEqualTo("Tulisan yang *bagus*, terima kasih.\n");
      assertThat(c.status()).isEqualTo(CommentStatus.PENDING);
      assertThat(c.parent()).isEmpty();

      // a reply: the form moves under the comment and carries its id
      driver.findElement(By.cssSelector("#c1 a.comment-reply")).click();
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector("#c1 form.comment-form .reply-to")));
      driver.findElement(By.id("comment-author")).sendKeys("Pembalas");
      driver.findElement(By.id("comment-body")).sendKeys("Setuju dengan komentar ini.");
      driver.findElement(By.cssSelector("form.comment-form button[type=submit]")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".form-status"), "Terima kasih!"));
      Comment reply = last(site);
      assertThat(reply.author()).isEqualTo("Pembalas");
      assertThat(reply.parent()).isEqualTo("c1");
      assertThat(reply.status()).isEqualTo(CommentStatus.PENDING);

      // a mistake is shown at its field
      driver.findElement(By.id("comment-body")).sendKeys("Tanpa nama.");
      driver.findElement(By.id("comment-author")).clear();
      driver.executeScript("document.getElementById('comment-author').removeAttribute('required')");
      driver.findElement(By.cssSelector("form.comment-form button[type=submit]")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-author-error")));
      assertThat(driver.findElement(By.id("comment-author-error")).getText())
          .isEqualTo("Mohon isi nama Anda.");
      assertThat(driver.findElement(By.id("comment-author")).getAttribute("aria-invalid"))
          .isEqualTo("true");

      // the server's own pages (no script in them, so axe may run here, where scripts are on)
      browser.open(endpoint + "c/" + POST + "/new?parent=c1");
      assertNoViolations(browser, "server form page");
      shots(browser, "intake-server-form");
      browser.open(endpoint + "c/" + POST + "/thanks");
      assertNoViolations(browser, "thanks page");
    }
  }

  private void withoutScript(String postUrl, Path site, String endpoint) throws Exception {
    try (Browser browser = Browser.start(false)) {
      var driver = browser.driver();
      browser.open(postUrl);
      assertThat(driver.findElement(By.cssSelector("form.comment-form")).isDisplayed()).isFalse();
      WebElement link = driver.findElement(By.cssSelector(".comment-write-link a"));
      assertThat(link.isDisplayed()).isTrue();
      link.click();
      assertThat(driver.getCurrentUrl()).isEqualTo(endpoint + "c/" + POST + "/new");
      driver.findElement(By.id("comment-author")).sendKeys("Pembaca Tanpa Skrip");
      driver.findElement(By.id("comment-url")).sendKeys("https://pembaca.example.net/");
      driver.findElement(By.id("comment-body")).sendKeys("Dikirim tanpa JavaScript.");
      Thread.sleep(1100); // the token's min_seconds
      driver.findElement(By.cssSelector("form.comment-form button[type=submit]")).click();
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(ExpectedConditions.urlToBe(endpoint + "c/" + POST + "/thanks"));
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Terima kasih!");
      Comment c = last(site);
      assertThat(c.author()).isEqualTo("Pembaca Tanpa Skrip");
      assertThat(c.url()).isEqualTo("https://pembaca.example.net/");
      assertThat(c.body()).isEqualTo("Dikirim tanpa JavaScript.\n");
      assertThat(c.status()).isEqualTo(CommentStatus.PENDING);

      // the Reply link of a comment opens the form page for that reply
      browser.open(postUrl);
      driver.findElement(By.cssSelector("#c1 a.comment-reply")).click();
      assertThat(driver.getCurrentUrl()).isEqualTo(endpoint + "c/" + POST + "/new?parent=c1");
      assertThat(driver.findElement(By.cssSelector("input[name=parent]")).getAttribute("value"))
          .isEqualTo("c1");
    }
  }

  private static Comment last(Path site) {
    List<Comment> all =
        new CommentModerator(site, ConfigLoader.load(site).comments(), Clock.systemUTC())
            .comments(POST);
    return all.get(all.size() - 1);
  }

  private static void assertNoViolations(Browser browser, String where) {
    for (String scheme : List.of("light", "dark")) {
      browser.emulate(390, scheme);
      Results results = browser.axe(WCAG_21_AA);
      assertThat(results.isErrored())
          .as("axe on the %s: %s", where, results.getErrorMessage())
          .isFalse();
      assertThat(results.getViolations().stream().map(Rule::getId).toList())
          .as("axe on the %s (%s)", where, scheme)
          .isEmpty();
    }
    browser.emulate(1280, "light");
  }

  private static void shots(Browser browser, String name) throws Exception {
    Path dir = Path.of(System.getProperty("tinta.buildDir", "target"), "screenshots");
    Files.createDirectories(dir);
    for (int width : List.of(390, 1280)) {
      browser.emulate(width, "light");
      Files.write(dir.resolve(name + "-" + width + ".png"), browser.screenshot(width));
    }
    browser.emulate(1280, "light");
  }
}
