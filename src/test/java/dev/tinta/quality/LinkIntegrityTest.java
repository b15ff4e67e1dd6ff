package dev.tinta.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.check.LinkChecker;
import dev.tinta.check.LinkReport;
import dev.tinta.problem.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gate 3: every internal href/src and every #fragment of every page resolves (tinta's own {@link
 * LinkChecker}, the one {@code tinta check} runs); external links are listed, not fetched.
 */
class LinkIntegrityTest {
  @TempDir static Path tmp;
  static BuiltSite example;
  static BuiltSite generated;

  @BeforeAll
  static void build() {
    example = BuiltSite.example(tmp);
    generated = BuiltSite.generated(tmp);
  }

  @Test
  void exampleBlogLinksAllResolve() {
    assertAllResolve(example);
  }

  @Test
  void generatedBlogLinksAllResolve() {
    assertAllResolve(generated);
  }

  @Test
  void brokenAnchorFails() {
    BuiltSite broken = BuiltSite.broken();
    LinkReport report = LinkChecker.check(broken.output(), broken.baseUrl());

    assertThat(report.problems().stream().map(Problem::format))
        .containsExactly(
            "index.html:15:8: error: broken anchor \"invalid.html#no-such-id\": no id \"no-such-id\" "
                + "in invalid.html");
  }

  private static void assertAllResolve(BuiltSite site) {
    LinkReport report = LinkChecker.check(site.output(), site.baseUrl());
    System.out.printf("[links] %s: %s%n", site, report.summary());
    report.external().forEach((url, n) -> System.out.printf("    %5d  %s%n", n, url));
    report.problems().forEach(p -> System.out.println("    " + p.format()));
    assertThat(report.internalLinks()).isPositive();
    assertThat(report.problems()).as("broken links in the %s", site).isEmpty();
  }
}
