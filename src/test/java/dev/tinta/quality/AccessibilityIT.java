package dev.tinta.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gate 4: no axe-core violation of the WCAG 2.1 A and AA rules in a real browser (headless Debian
 * Chromium), for the example blog's main kinds of page in the light and the dark color scheme, at a
 * phone's and a desktop's width. Screenshots of each go to {@code ${tinta.buildDir}/screenshots/}.
 * Without a browser the tests are skipped, visibly.
 */
class AccessibilityIT {
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  static final List<Integer> WIDTHS = List.of(390, 1280);

  @TempDir static Path tmp;
  static BuiltSite example;
  static BuiltSite generated;
  static Browser browser;
  static SiteServer exampleServer;
  static SiteServer generatedServer;
  static Path screenshots;
  static Optional<String> unavailable = Optional.empty();

  @BeforeAll
  static void start() throws IOException {
    unavailable = Browser.unavailable();
    if (unavailable.isPresent()) {
      System.out.println("[axe] SKIPPED: " + unavailable.get());
      return;
    }
    example = BuiltSite.example(tmp);
    generated = BuiltSite.generated(tmp);
    exampleServer = SiteServer.serve(example.output());
    generatedServer = SiteServer.serve(generated.output());
    screenshots = Path.of(System.getProperty("tinta.buildDir", "target")).resolve("screenshots");
    Files.createDirectories(screenshots);
    browser = Browser.start();
    System.out.println(
        "[axe] Chromium " + browser.version() + ", screenshots in " + screenshots.toAbsolutePath());
  }

  /** Each test, not only the class, is reported as skipped, so the count shows in the summary. */
  @BeforeEach
  void requireBrowser() {
    Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.orElse(""));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (exampleServer != null) {
      exampleServer.close();
    }
    if (generatedServer != null) {
      generatedServer.close();
    }
  }

  /** The example blog's kinds of page: name for screenshots, and path. */
  static Stream<Arguments> examplePages() {
    List<Arguments> out = new ArrayList<>();
    String[][] pages = {
      {"home", "/"},
      {"post-with-comments", "/2010/08/another-insight-about-networking/"},
      {"post-with-task-list-and-code", "/2011/01/writing-meeting-minutes-in-plain-text/"},
      {"post-with-table-and-image", "/2010/10/menyusun-agenda-rapat/"},
      {"post-with-captioned-photo", "/2011/03/secangkir-kopi-sebelum-rapat/"},
      {"post-with-highlighted-code", "/2011/02/notulen-dalam-teks-biasa/"},
      {"tag", "/tags/networking/"},
      {"archive", "/2010/"},
      {"about", "/tentang/"},
      {"search", "/search/?q=jaringan"},
      {"404", "/no-such-page/"}
    };
    for (String[] page : pages) {
      for (String scheme : List.of("light", "dark")) {
        out.add(Arguments.of(page[0], page[1], scheme));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("examplePages")
  void examplePageHasNoWcagViolations(String name, String path, String scheme) throws IOException {
    List<String> violations = new ArrayList<>();
    for (int width : WIDTHS) {
      browser.emulate(width, scheme);
      browser.open(exampleServer.url(path));
      assertThat(browser.colorScheme()).as("emulated color scheme").isEqualTo(scheme);
      assertThat(browser.viewportWidth()).as("emulated width").isEqualTo(width);
      Files.write(
          screenshots.resolve(name + "-" + scheme + "-" + width + ".png"),
          browser.screenshot(width));
      violations.addAll(violations(browser.axe(WCAG_21_AA), name + " " + scheme + " " + width));
    }
    System.out.printf(
        "[axe] example blog %s (%s, %s px): %d violations%n",
        path, scheme, WIDTHS, violations.size());
    violations.forEach(v -> System.out.println("    " + v));
    assertThat(violations).as("WCAG 2.1 A/AA violations on %s", path).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("generatedPages")
  void generatedPageHasNoWcagViolations(String path, String scheme) {
    browser.emulate(1280, scheme);
    browser.open(generatedServer.url(path));
    assertThat(browser.colorScheme()).isEqualTo(scheme);
    List<String> violations = violations(browser.axe(WCAG_21_AA), path + " " + scheme);
    System.out.printf(
        "[axe] generated blog %s (%s): %d violations%n", path, scheme, violations.size());
    violations.forEach(v -> System.out.println("    " + v));
    assertThat(violations).as("WCAG 2.1 A/AA violations on %s", path).isEmpty();
  }

  static Stream<Arguments> generatedPages() {
    return Stream.of("/", "/2017/06/post-194/", "/tags/office-tools/", "/page/2/")
        .flatMap(p -> Stream.of(Arguments.of(p, "light"), Arguments.of(p, "dark")));
  }

  @Test
  void darkSchemeReallyChangesThePage() {
    browser.emulate(1280, "light");
    browser.open(exampleServer.url("/"));
    int[] light = rgb(browser.bodyBackground());
    browser.emulate(1280, "dark");
    browser.open(exampleServer.url("/"));
    int[] dark = rgb(browser.bodyBackground());

    assertThat(java.util.Arrays.stream(light)).as("light background").allMatch(c -> c > 200);
    assertThat(java.util.Arrays.stream(dark)).as("dark background").allMatch(c -> c < 60);
  }

  private static int[] rgb(String css) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+).*").matcher(css);
    assertThat(m.matches()).as("a CSS color: %s", css).isTrue();
    return new int[] {
      Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))
    };
  }

  @Test
  void brokenFixtureImageWithoutAltFails() throws IOException {
    BuiltSite broken = BuiltSite.broken();
    try (SiteServer server = SiteServer.serve(broken.output())) {
      browser.emulate(1280, "light");
      browser.open(server.url("/no-alt.html"));
      List<String> violations = violations(browser.axe(WCAG_21_AA), "no-alt.html");

      assertThat(violations)
          .containsExactly(
              "no-alt.html: image-alt (critical) " + "Images must have alternative text: img");
    }
  }

  /** One line per violating element: where, rule, impact, help and the element's selector. */
  private static List<String> violations(Results results, String where) {
    if (results.isErrored()) {
      throw new IllegalStateException("axe failed on " + where + ": " + results.getErrorMessage());
    }
    List<String> out = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        Object target = node.getTarget();
        String selector =
            target instanceof List<?> parts
                ? parts.stream().map(String::valueOf).collect(Collectors.joining(" "))
                : String.valueOf(target);
        out.add(
            where
                + ": "
                + rule.getId()
                + " ("
                + rule.getImpact()
                + ") "
                + rule.getHelp()
                + ": "
                + selector);
      }
    }
    return out;
  }
}
