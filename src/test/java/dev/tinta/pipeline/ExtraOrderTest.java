package dev.tinta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11: a theme that lists {@code post.extra}, {@code page.extra} or {@code site.extra} gets
 * the keys in the order the author wrote them, nested maps too, the same in every JVM run.
 */
class ExtraOrderTest {
  @TempDir Path tmp;

  /** Keys in an order no hash map keeps: 24 of them, so a lucky order is out of the question. */
  static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      keys.add(String.format(Locale.ROOT, "k%02d_%c", (i * 7) % 24, (char) ('z' - i)));
    }
    return keys;
  }

  static List<String> reversed(List<String> keys) {
    List<String> out = new ArrayList<>(keys);
    java.util.Collections.reverse(out);
    return out;
  }

  static String yaml(String indent, List<String> keys) {
    StringBuilder out = new StringBuilder();
    for (String k : keys) {
      out.append(indent).append(k).append(": v").append(k).append('\n');
    }
    return out.toString();
  }

  static String listed(List<String> keys) {
    StringBuilder out = new StringBuilder();
    for (String k : keys) {
      out.append(k).append("=v").append(k).append('\n');
    }
    return out.toString();
  }

  @Test
  void extrasAndParamsKeepTheAuthorsOrder() throws IOException {
    Path site = tmp.resolve("site");
    FileTrees.copy(FixtureSiteGoldenTest.input("small"), site);
    List<String> keys = keys();
    Files.writeString(
        site.resolve("site.yaml"),
        Files.readString(site.resolve("site.yaml")) + "params:\n" + yaml("  ", keys),
        StandardCharsets.UTF_8);
    Files.writeString(
        site.resolve("content/posts/listed.md"),
        "---\ntitle: Listed\ndate: 2024-01-05\nlayout: listing\n"
            + yaml("", keys)
            + "nested:\n"
            + yaml("  ", reversed(keys))
            + "---\n\nBody.\n",
        StandardCharsets.UTF_8);
    Path layouts = Files.createDirectories(site.resolve("templates/layouts"));
    Files.writeString(
        layouts.resolve("listing.ftlh"),
        "<#list post.extra as k, v><#if k != 'nested'>${k}=${v}\n</#if></#list>--\n"
            + "<#list post.extra.nested as k, v>${k}=${v}\n</#list>--\n"
            + "<#list site.extra as k, v>${k}=${v}\n</#list>",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");

    new SiteBuilder(2).build(BuildOptions.of(site).withOutput(out).withClock(ExampleSite.CLOCK));

    assertThat(out.resolve("2024/01/listed/index.html"))
        .content(StandardCharsets.UTF_8)
        .isEqualTo(listed(keys) + "--\n" + listed(reversed(keys)) + "--\n" + listed(keys));
  }
}
