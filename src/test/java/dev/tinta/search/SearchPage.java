package dev.tinta.search;

import dev.tinta.quality.Browser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page in a real browser, driven as a reader would: typing, reading, using keys. */
final class SearchPage {
  /** One result as shown: title, link, date, excerpt and the marked words. */
  record Result(String title, String href, String date, String excerpt, List<String> marks) {}

  private final Browser browser;
  private final ChromeDriver driver;

  SearchPage(Browser browser) {
    this.browser = browser;
    this.driver = browser.driver();
  }

  void open(String url) {
    browser.open(url);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                !d.findElements(By.cssSelector("#search[data-ready]")).isEmpty()
                    || d.findElement(By.id("search-browse")).isDisplayed());
  }

  WebElement field() {
    return driver.findElement(By.id("search-input"));
  }

  /** Clears the field, types {@code query} in one go and waits for its results. */
  List<Result> search(String query) {
    field().clear();
    field().sendKeys(query);
    return await(query);
  }

  /**
   * Types {@code query} one key at a time, waiting for the results after each key, as a slow typist
   * would make the page load them: the most a query can cost.
   */
  List<Result> typeSlowly(String query) {
    field().clear();
    List<Result> results = List.of();
    for (int i = 0; i < query.length(); i++) {
      field().sendKeys(query.substring(i, i + 1));
      results = await(query.substring(0, i + 1));
    }
    return results;
  }

  /** Waits until the page shows the results of {@code query}, then reads them. */
  List<Result> await(String query) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                query.equals(field().getAttribute("value"))
                    && "false".equals(list().getAttribute("aria-busy")));
    List<Result> out = new ArrayList<>();
    for (WebElement li : list().findElements(By.tagName("li"))) {
      WebElement a = li.findElement(By.tagName("a"));
      List<WebElement> p = li.findElements(By.tagName("p"));
      out.add(
          new Result(
              a.getText(),
              a.getAttribute("href"),
              li.findElement(By.tagName("time")).getText(),
              p.isEmpty() ? "" : p.get(0).getText(),
              li.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList()));
    }
    return out;
  }

  WebElement list() {
    return driver.findElement(By.id("search-results"));
  }

  String status() {
    return driver.findElement(By.id("search-status")).getText();
  }

  /** The titles of results. */
  static List<String> titles(List<Result> results) {
    return results.stream().map(Result::title).toList();
  }

  /** Forgets every cached file, so the next page load counts every byte. */
  void clearCache() {
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
  }

  /**
   * What the page has downloaded since it was opened, by file: the page itself and every resource
   * (bytes on the wire, headers included, as the browser's Resource Timing reports them).
   */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> downloads() {
    return (List<Map<String, Object>>)
        driver.executeScript(
            "return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource'))"
                + ".map(e => ({name: e.name, bytes: e.transferSize, body: e.encodedBodySize}))");
  }
}
