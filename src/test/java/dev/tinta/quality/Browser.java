package dev.tinta.quality;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, for the accessibility gate. Both paths
 * are given explicitly, so Selenium Manager is never asked to find (or download) a browser or a
 * driver; every host but 127.0.0.1 is unresolvable, so a page cannot reach out. Paths can be
 * changed with {@code -Dtinta.chromium=...} and {@code -Dtinta.chromedriver=...}; {@code
 * -Dtinta.browser.skip=true} skips the browser tests. Tests of other packages (forms, search) use
 * it too: {@link #driver()} gives Selenium's whole API.
 */
public final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("tinta.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("tinta.chromedriver", "/usr/bin/chromedriver"));
  static final int HEIGHT = 900;

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Why the browser tests cannot run on this machine, or empty when they can. */
  public static Optional<String> unavailable() {
    if (Boolean.getBoolean("tinta.browser.skip")) {
      return Optional.of("browser tests skipped: -Dtinta.browser.skip=true");
    }
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        return Optional.of(
            "browser tests skipped: no "
                + p
                + " (install Debian's chromium and "
                + "chromium-driver, or run .ci/run)");
      }
    }
    return Optional.empty();
  }

  public static Browser start() {
    return start(true);
  }

  /** A browser with JavaScript on or off (to test what a reader without scripts gets). */
  public static Browser start(boolean javascript) {
    ChromeOptions options = new ChromeOptions();
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--window-size=1280," + HEIGHT);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new Browser(driver);
  }

  /** The browser's version, e.g. {@code 156.0.8078.108}. */
  public String version() {
    return String.valueOf(driver.getCapabilities().getBrowserVersion());
  }

  /**
   * Emulates a viewport {@code width} CSS pixels wide (a phone below 600) and the {@code light} or
   * {@code dark} color scheme; both last across page loads.
   */
  public void emulate(int width, String scheme) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", width < 600));
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  public void open(String url) {
    driver.get(url);
  }

  /** Asks the page itself which color scheme it sees. */
  public String colorScheme() {
    Object dark =
        driver.executeScript("return window.matchMedia('(prefers-color-scheme: dark)').matches");
    return Boolean.TRUE.equals(dark) ? "dark" : "light";
  }

  /** The computed background color of the page's body, e.g. {@code rgb(21, 23, 27)}. */
  public String bodyBackground() {
    return String.valueOf(
        driver.executeScript("return getComputedStyle(document.body).backgroundColor"));
  }

  public int viewportWidth() {
    return ((Number) driver.executeScript("return window.innerWidth")).intValue();
  }

  /** Runs axe-core (the copy in the axe-core selenium jar) with rules of the given tags. */
  public Results axe(List<String> tags) {
    return new AxeBuilder().withTags(tags).analyze(driver);
  }

  /**
   * The axe-core rules of WCAG 2.1 A and AA the page violates in light and in dark at 390 px (a
   * phone), as {@code scheme: rule}; the viewport is 1280 px and light again afterwards.
   *
   * @throws AssertionError when axe itself fails
   */
  public List<String> violationsAtPhoneWidth() {
    List<String> out = new ArrayList<>();
    for (String scheme : List.of("light", "dark")) {
      emulate(390, scheme);
      Results results = axe(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
      if (results.isErrored()) {
        throw new AssertionError("axe failed: " + results.getErrorMessage());
      }
      results.getViolations().forEach(r -> out.add(scheme + ": " + r.getId()));
    }
    emulate(1280, "light");
    return out;
  }

  /**
   * Saves the whole page at 390 and 1280 px, light, as {@code
   * target/screenshots/<name>-<width>.png} (under {@code -Dtinta.buildDir}), for a look at what a
   * test saw.
   */
  public void saveScreenshots(String name) throws IOException {
    Path dir = Path.of(System.getProperty("tinta.buildDir", "target"), "screenshots");
    Files.createDirectories(dir);
    for (int width : List.of(390, 1280)) {
      emulate(width, "light");
      Files.write(dir.resolve(name + "-" + width + ".png"), screenshot(width));
    }
    emulate(1280, "light");
  }

  /** A PNG of the whole page, not only the viewport. */
  public byte[] screenshot(int width) {
    Number height =
        (Number)
            driver.executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of(
                    "x",
                    0,
                    "y",
                    0,
                    "width",
                    width,
                    "height",
                    Math.max(HEIGHT, height.intValue()),
                    "scale",
                    1)));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  /** Selenium's driver, for finding elements, typing and clicking. */
  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
