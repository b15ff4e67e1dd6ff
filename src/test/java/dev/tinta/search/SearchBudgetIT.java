package dev.tinta.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.pipeline.BuildOptions;
import dev.tinta.pipeline.BuildResult;
import dev.tinta.pipeline.SiteBuilder;
import dev.tinta.quality.BlogGenerator;
import dev.tinta.quality.Browser;
import dev.tinta.quality.SiteServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search of a big blog in Chromium: the results of typical queries against a count made from
 * the Markdown sources, and what the browser downloads for each query, which must stay within
 * {@value #BUDGET} bytes.
 *
 * <p>By default a blog of {@value #DEFAULT_POSTS} posts from {@link BlogGenerator}. {@code
 * bench/search.sh} runs it on the shared benchmark kit's 10,000-post blog: {@code
 * -Dtinta.search.site=DIR} (a site folder to build instead) and {@code -Dtinta.search.queries=a,b
 * c,...} (the queries to type; the count check needs a generated blog).
 */
class SearchBudgetIT {
  static final int BUDGET = 300 * 1024;
  static final int DEFAULT_POSTS = 1000;

  /** Queries of the generated blog's vocabulary: one word, two words, a word plus a prefix. */
  static final List<String> QUERIES =
      List.of("handshake", "calendar printer", "visitor budg", "meetings", "417");

  @TempDir static Path tmp;
  static Optional<String> unavailable = Optional.empty();
  static Path source;
  static Path output;
  static boolean generated;
  static Browser browser;
  static SiteServer server;

  @BeforeAll
  static void start() throws IOException {
    unavailable = Browser.unavailable();
    if (unavailable.isPresent()) {
      return;
    }
    String site = System.getProperty("tinta.search.site", "");
    generated = site.isEmpty();
    source = generated ? tmp.resolve("source") : Path.of(site);
    if (generated) {
      new BlogGenerator(20100831L)
          .write(source, Integer.getInteger("tinta.search.posts", DEFAULT_POSTS));
    }
    output = tmp.resolve("output");
    // "now" after every generated post, so none is left out as future
    BuildResult result =
        new SiteBuilder(2)
            .build(
                BuildOptions.of(source)
                    .withOutput(output)
                    .withClock(Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC)));
    System.out.println("[search] built " + source + ": " + result.summary());
    server = SiteServer.serve(output);
    browser = Browser.start(true);
    printIndexSize(result.posts());
  }

  @BeforeEach
  void requireBrowser() {
    Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.orElse(""));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  static List<String> queries() {
    String given = System.getProperty("tinta.search.queries", "");
    return given.isEmpty() ? QUERIES : List.of(given.split(","));
  }

  @Test
  void typicalQueriesStayWithinTheDownloadBudget() {
    SearchPage page = new SearchPage(browser);
    List<String> over = new ArrayList<>();
    for (String query : queries()) {
      for (boolean slowly : new boolean[] {false, true}) {
        page.clearCache();
        page.open(server.url("/search/"));
        List<SearchPage.Result> results = slowly ? page.typeSlowly(query) : page.search(query);
        long total = report(query, slowly, results.size(), page.status(), page.downloads());
        if (total > BUDGET) {
          over.add(query + (slowly ? " (typed slowly)" : "") + ": " + total + " bytes");
        }
      }
    }
    assertThat(over).as("queries over %,d bytes", BUDGET).isEmpty();
  }

  @Test
  void resultsAreThePostsThatHaveEveryWord() {
    Assumptions.assumeTrue(generated, "the expected counts need the generated blog");
    SearchPage page = new SearchPage(browser);
    page.open(server.url("/search/"));
    // each query word, and the words of the blog that have its stem (Porter: meetings, meeting)
    Map<String, List<String>> queries = new TreeMap<>();
    queries.put("handshake", List.of("handshake"));
    queries.put("calendar printer", List.of("calendar", "printer"));
    queries.put("meetings", List.of("meetings?"));
    queries.put("budgets", List.of("budget")); // not a word of the blog: its beginning is
    // numbers in titles: the post, and the posts that link to it by title
    queries.put("417", List.of("417"));
    queries.put("handshake 417", List.of("handshake", "417"));
    queries.put("calendar 41", List.of("calendar", "41")); // too short to grow
    queries.put("calendar 100", List.of("calendar", "100\\d*")); // the word being typed grows
    for (Map.Entry<String, List<String>> q : queries.entrySet()) {
      Set<String> expected = postsWithAll(q.getValue());
      List<SearchPage.Result> shown = page.search(q.getKey());
      assertThat(page.status())
          .as(q.getKey())
          .isEqualTo(
              "Posts found: "
                  + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(expected.size()));
      assertThat(shown).hasSize(Math.min(10, expected.size()));
      for (SearchPage.Result r : shown) {
        String slug = r.href().replaceAll(".*/([^/]+)/$", "$1");
        assertThat(expected).as(q.getKey()).contains(slug);
        // exactly the words of the query (and of its stems) are marked, in title and excerpt
        assertThat(r.marks())
            .as("marked words of %s", r.title())
            .isEqualTo(matches(q.getValue(), r.title() + " " + r.excerpt()));
      }
    }
  }

  static List<String> matches(List<String> words, String text) {
    var m = word("(?:" + String.join("|", words) + ")").matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Pattern word(String regex) {
    return Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])");
  }

  /** Slugs of the generated posts whose title, summary, text or tags have each pattern. */
  static Set<String> postsWithAll(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(source.resolve("content/posts"))) {
      for (Path f : files.sorted().toList()) {
        // link targets and the date are no text: [title](target), date: 2015-01-05T08:41:00Z
        String text =
            Files.readString(f, StandardCharsets.UTF_8)
                .replaceAll("\\]\\([^)]*\\)", "]")
                .replaceAll("(?m)^date: .*$", "");
        boolean all = words.stream().allMatch(w -> word(w).matcher(text).find());
        if (all) {
          out.add(f.getFileName().toString().replace(".md", ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static long report(
      String query, boolean slowly, int shown, String status, List<Map<String, Object>> downloads) {
    Map<String, long[]> byKind = new TreeMap<>();
    long total = 0;
    for (Map<String, Object> d : downloads) {
      String name = String.valueOf(d.get("name")).replaceAll("\\?.*", "");
      String kind =
          name.contains("/search/t/")
              ? "term chunks"
              : name.contains("/search/m/")
                  ? "metadata shards"
                  : name.endsWith("/search/index.json")
                      ? "manifest"
                      : name.substring(name.lastIndexOf('/', name.length() - 2) + 1);
      long bytes = ((Number) d.get("bytes")).longValue();
      long[] k = byKind.computeIfAbsent(kind, x -> new long[2]);
      k[0]++;
      k[1] += bytes;
      total += bytes;
    }
    StringBuilder line = new StringBuilder();
    byKind.forEach(
        (k, v) -> line.append(String.format(Locale.ROOT, "; %s %d × %,d B", k, v[0], v[1])));
    System.out.printf(
        Locale.ROOT,
        "[search] \"%s\"%s: %,d bytes (%s; %d shown)%s%n",
        query,
        slowly ? " typed one key at a time" : "",
        total,
        status,
        shown,
        line);
    return total;
  }

  private static void printIndexSize(int posts) throws IOException {
    long bytes = 0;
    int files = 0;
    try (Stream<Path> walk = Files.walk(output.resolve("search"))) {
      for (Path p :
          walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).toList()) {
        bytes += Files.size(p);
        files++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "[search] index of %,d posts: %,d bytes in %,d files (%,d bytes per 1,000 posts)%n",
        posts,
        bytes,
        files,
        posts == 0 ? 0 : bytes * 1000 / posts);
  }
}
