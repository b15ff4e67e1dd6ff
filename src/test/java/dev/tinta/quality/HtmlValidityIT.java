package dev.tinta.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gate 1: every HTML page passes the Nu Html Checker with no error; warnings are printed. */
class HtmlValidityIT {
  @TempDir static Path tmp;
  static BuiltSite example;
  static BuiltSite generated;

  /** With language detection: the example blog's posts are real Indonesian and English. */
  static HtmlChecker vnu;

  /** Without: the generated blog's word salad is no language, and 300 pages would take long. */
  static HtmlChecker vnuFast;

  @BeforeAll
  static void build() {
    example = BuiltSite.example(tmp);
    generated = BuiltSite.generated(tmp);
    vnu = new HtmlChecker(2, true);
    vnuFast = new HtmlChecker(2, false);
  }

  @Test
  void exampleBlogHasNoHtmlErrors() {
    assertValid(example, vnu);
  }

  @Test
  void generatedBlogHasNoHtmlErrors() {
    assertValid(generated, vnuFast);
  }

  @Test
  void brokenFixtureFailsWithEachError() {
    List<Finding> findings = vnu.check(BuiltSite.broken());

    assertThat(Finding.errors(findings).stream().map(Finding::format))
        .containsExactly(
            "invalid.html:13:1: error: Element “p” not allowed as child of element “ul” in this "
                + "context. (Suppressing further errors from this subtree.)",
            "invalid.html:16:1: error: Duplicate ID “twice”.",
            "no-alt.html:12:4: error: An “img” element must have an “alt” attribute, except under "
                + "certain conditions. For details, consult guidance on providing text alternatives "
                + "for images.");
  }

  private static void assertValid(BuiltSite site, HtmlChecker checker) {
    List<String> pages = site.pages();
    long start = System.nanoTime();
    List<Finding> findings = checker.check(site);
    System.out.printf(
        "[html] %d pages in %,d ms%n", pages.size(), (System.nanoTime() - start) / 1_000_000);
    GateOutput.print("html", site, pages.size() + " pages", findings);
    assertThat(pages).isNotEmpty();
    assertThat(Finding.lines(Finding.errors(findings)))
        .as("Nu Html Checker errors in the %s", site)
        .isEmpty();
  }
}
