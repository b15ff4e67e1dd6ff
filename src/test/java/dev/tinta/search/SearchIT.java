package dev.tinta.search;

import static dev.tinta.search.SearchPage.titles;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import dev.tinta.pipeline.BuildOptions;
import dev.tinta.pipeline.ExampleSite;
import dev.tinta.pipeline.SiteBuilder;
import dev.tinta.quality.Browser;
import dev.tinta.quality.SiteServer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page of the example blog and of a small blog in four languages, in Chromium: queries
 * typed into the field, the results read back, the keyboard path, axe-core in light and dark, the
 * page without JavaScript, and search.js's tokenizer held to {@link Tokens}.
 */
class SearchIT {
  static final String SEED = "Another Insight About Networking";
  static final String HABITS = "Five small networking habits";

  @TempDir static Path tmp;
  static Optional<String> unavailable = Optional.empty();
  static Browser browser;
  static SiteServer example;
  static SiteServer multilingual;
  static SearchPage page;

  @BeforeAll
  static void start() throws IOException, URISyntaxException {
    unavailable = Browser.unavailable();
    if (unavailable.isPresent()) {
      return;
    }
    ExampleSite.build(tmp.resolve("example"), 2);
    Path fixture = Path.of(SearchIT.class.getResource("/search/multilingual").toURI());
    new SiteBuilder(2)
        .build(
            BuildOptions.of(fixture)
                .withOutput(tmp.resolve("multilingual"))
                .withClock(ExampleSite.CLOCK));
    example = SiteServer.serve(tmp.resolve("example"));
    multilingual = SiteServer.serve(tmp.resolve("multilingual"));
    browser = Browser.start(true);
    page = new SearchPage(browser);
  }

  @BeforeEach
  void requireBrowser() {
    Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.orElse(""));
    browser.emulate(1280, "light");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    for (SiteServer s : new SiteServer[] {example, multilingual}) {
      if (s != null) {
        s.close();
      }
    }
  }

  @Test
  void anIndonesianWordFindsTheSeedPost() {
    page.open(example.url("/search/"));
    assertThat(titles(page.search("jaringan"))).containsExactly(SEED);
    assertThat(page.status()).isEqualTo("Posting ditemukan: 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"menjalin", "jalin", "MENJALIN", "jalin relasi"})
  void stemmedFormsFindTheSeedPostToo(String query) {
    page.open(example.url("/search/"));
    assertThat(titles(page.search(query))).containsExactly(SEED);
  }

  @Test
  void aWordInTwoLanguagesFindsBothPostsAndMarksIt() {
    page.open(example.url("/search/"));
    List<SearchPage.Result> results = page.search("networking");
    assertThat(titles(results)).containsExactly(SEED, HABITS);
    assertThat(results.get(0).href())
        .isEqualTo(example.url("/2010/08/another-insight-about-networking/"));
    assertThat(results.get(0).date()).isEqualTo("31 Agustus 2010");
    assertThat(results.get(0).marks()).containsExactly("Networking", "Networking");
    assertThat(results.get(1).marks()).containsExactly("networking", "networking");
    assertThat(page.status()).isEqualTo("Posting ditemukan: 2");
  }

  @Test
  void englishWordsAreStemmed() {
    page.open(example.url("/search/"));
    List<SearchPage.Result> results = page.search("habit");
    assertThat(titles(results)).containsExactly(HABITS);
    assertThat(results.get(0).marks()).containsExactly("habits", "habits");
  }

  @Test
  void theWordBeingTypedGrows() {
    page.open(example.url("/search/"));
    assertThat(titles(page.search("jaring"))).containsExactly(SEED);
    assertThat(titles(page.search("compo"))).containsExactly(HABITS);
    // a finished word (a space after it) does not grow
    assertThat(page.search("compo ")).isEmpty();
  }

  @Test
  void everyWordMustMatchAndNoneSaysSo() {
    page.open(example.url("/search/"));
    assertThat(page.search("networking zzzqq")).isEmpty();
    assertThat(page.status()).isEqualTo("Tidak ada posting berisi \u201cnetworking zzzqq\u201d.");
  }

  @Test
  void theQueryIsInTheAddressAndComesBackFromIt() {
    page.open(example.url("/search/"));
    page.search("jalin");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/search/?q=jalin");
    page.open(example.url("/search/?q=habits"));
    assertThat(titles(page.await("habits"))).containsExactly(HABITS);
  }

  @Test
  void theKeyboardMovesBetweenTheFieldAndTheResults() {
    page.open(example.url("/search/"));
    page.search("networking");
    WebElement field = page.field();
    List<WebElement> links = page.list().findElements(By.tagName("a"));
    assertThat(links).hasSize(2);

    field.sendKeys(Keys.ARROW_DOWN);
    assertThat(focused()).isEqualTo(links.get(0));
    focused().sendKeys(Keys.ARROW_DOWN);
    assertThat(focused()).isEqualTo(links.get(1));
    focused().sendKeys(Keys.ARROW_DOWN);
    assertThat(focused()).as("the last result stays").isEqualTo(links.get(1));
    focused().sendKeys(Keys.ARROW_UP);
    focused().sendKeys(Keys.ARROW_UP);
    assertThat(focused()).isEqualTo(field);
    // Enter in the field goes to the first result; Tab goes on through the results
    field.sendKeys(Keys.ENTER);
    assertThat(focused()).isEqualTo(links.get(0));
    focused().sendKeys(Keys.TAB);
    assertThat(focused()).isEqualTo(links.get(1));
    focused().sendKeys(Keys.ESCAPE);
    assertThat(focused()).isEqualTo(field);
    // and Enter on a result opens it
    field.sendKeys(Keys.ARROW_DOWN);
    focused().sendKeys(Keys.ENTER);
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().endsWith("/2010/08/another-insight-about-networking/"));
  }

  private WebElement focused() {
    return browser.driver().switchTo().activeElement();
  }

  /** search.js needs nothing a strict policy forbids: no inline script, eval or inline style. */
  @Test
  void worksUnderAStrictContentSecurityPolicy() throws IOException {
    String policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'";
    try (SiteServer strict =
        SiteServer.serve(tmp.resolve("example"), Map.of("Content-Security-Policy", policy))) {
      page.open(strict.url("/search/"));
      browser
          .driver()
          .executeScript(
              "window.violations = [];"
                  + "document.addEventListener('securitypolicyviolation',"
                  + " e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));");
      assertThat(titles(page.search("networking"))).containsExactly(SEED, HABITS);
      page.list().findElements(By.tagName("a")).get(0).sendKeys(Keys.ARROW_DOWN);
      assertThat(browser.driver().executeScript("return window.violations")).isEqualTo(List.of());
    }
  }

  @Test
  void aChinesePhraseFindsItsPost() {
    page.open(multilingual.url("/search/"));
    List<SearchPage.Result> results = page.search("网络连接");
    assertThat(titles(results)).containsExactly("建立人脉网络的五个习惯");
    assertThat(results.get(0).marks()).containsExactly("网络", "网络连接");
    assertThat(titles(page.search("人脉"))).containsExactly("建立人脉网络的五个习惯");
    // one character being typed grows into the bigrams that start with it
    assertThat(titles(page.search("络"))).containsExactly("建立人脉网络的五个习惯");
    assertThat(titles(page.search("连接 技术"))).containsExactly("建立人脉网络的五个习惯");
    assertThat(page.search("网络东京")).isEmpty();
  }

  @Test
  void japaneseIndonesianAndAccentsInTheSameIndex() {
    page.open(multilingual.url("/search/"));
    assertThat(titles(page.search("東京タワー"))).containsExactly("東京タワーで会議");
    assertThat(titles(page.search("ﾀﾜｰ"))).as("half-width kana").containsExactly("東京タワーで会議");
    assertThat(titles(page.search("jalin"))).containsExactly("Menjalin relasi di kantor baru");
    // not a word of the site, nor is any beginning of it
    assertThat(titles(page.search("berjaringan"))).isEmpty();
    List<SearchPage.Result> cafe = page.search("cafe naive");
    assertThat(titles(cafe)).containsExactly("A café for connections");
    assertThat(cafe.get(0).marks()).containsExactly("café", "café", "naïve");
    // not words of the site: one of their beginnings is
    assertThat(titles(page.search("connected"))).containsExactly("A café for connections");
    assertThat(titles(page.search("connection"))).containsExactly("A café for connections");
  }

  @Test
  void withoutJavaScriptThePageOffersTagsAndArchive() {
    try (Browser plain = Browser.start(false)) {
      plain.open(example.url("/search/"));
      assertThat(plain.driver().findElement(By.id("search")).isDisplayed()).isFalse();
      WebElement browse = plain.driver().findElement(By.id("search-browse"));
      assertThat(browse.isDisplayed()).isTrue();
      List<String> links =
          browse.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList();
      assertThat(links)
          .contains(
              example.url("/tags/networking/"),
              example.url("/tags/sekretaris/"),
              example.url("/2011/"),
              example.url("/2010/"));
    }
  }

  @Test
  void theHeaderLinksToTheSearchPage() {
    browser.open(example.url("/"));
    WebElement link = browser.driver().findElement(By.cssSelector(".site-search a"));
    assertThat(link.getText()).isEqualTo("Cari");
    link.click();
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().endsWith("/search/"));
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector(".site-search a"))
                .getAttribute("aria-current"))
        .isEqualTo("page");
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void noAxeViolationsWithResultsShown(String scheme) throws IOException {
    Path shots = Path.of(System.getProperty("tinta.buildDir", "target")).resolve("screenshots");
    Files.createDirectories(shots);
    List<String> violations = new ArrayList<>();
    for (int width : new int[] {390, 1280}) {
      browser.emulate(width, scheme);
      page.open(example.url("/search/"));
      violations.addAll(
          violations(browser.axe(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))));
      page.search("networking jar");
      Files.write(
          shots.resolve("search-results-" + scheme + "-" + width + ".png"),
          browser.screenshot(width));
      violations.addAll(
          violations(browser.axe(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))));
    }
    assertThat(violations).isEmpty();
  }

  private static List<String> violations(Results results) {
    assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
    List<String> out = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      rule.getNodes().forEach(n -> out.add(rule.getId() + ": " + n.getTarget()));
    }
    return out;
  }

  /** search.js cuts and folds text exactly as {@link Tokens} does. */
  @Test
  void theScriptsKeysAreTheIndexsKeys() throws IOException {
    page.open(example.url("/search/"));
    List<String> texts = new ArrayList<>();
    texts.add(
        "Marissa's follow-up: e-mail 3.14 don't Café CAFÉ cafe\u0301 Ñandú Straße İstanbul ＡＢＣ１２"
            + " ﬁnance ΟΔΥΣΣΕΥΣ Ёлка ǄEMAL ℌello ① ½ Ⅻ x² a_b किताब ไทย");
    texts.add("网络连接很重要。人 東京タワーに行った ｶﾀｶﾅ ｶﾞｷﾞ 한국어 공부 Java编程语言abc 〇々 𠀋𠀌");
    texts.add("→ ★ 😀 ¶ # § ©2010 ‘quoted’ “more” — – … 1,000 10.5% @user #tag");
    try (Stream<Path> posts = Files.walk(ExampleSite.root().resolve("content"))) {
      for (Path p : posts.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    for (Path p : List.of(Path.of("src/test/resources/search/multilingual/content/posts"))) {
      try (Stream<Path> posts = Files.list(ExampleSite.root().resolve(p))) {
        for (Path f : posts.sorted().toList()) {
          texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    for (String text : texts) {
      Object keys =
          browser
              .driver()
              .executeScript(
                  "return document.getElementById('search').searchKeys(arguments[0])", text);
      assertThat(keys)
          .as(text.substring(0, Math.min(60, text.length())))
          .isEqualTo(TokensTest.keys(text));
    }
  }
}
