package dev.tinta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The property the dev server relies on: after any sequence of edits, adds, deletes and renames of
 * posts, comment files and images, an incremental rebuild leaves exactly the bytes a clean build of
 * the same input writes.
 */
class IncrementalBuilderTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final List<String> TAGS = List.of("java", "yaml", "kopi", "rapat", "notes");

  @TempDir Path tmp;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  @Timeout(120)
  void incrementalRebuildsEqualCleanBuilds(long seed) throws IOException {
    Random random = new Random(seed);
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("content/posts"));
    Files.createDirectories(site.resolve("content/comments"));
    // with search, so the index too must come out of a rebuild as out of a clean build (#15)
    write(
        site.resolve("site.yaml"),
        "title: T\nbase_url: https://t.example/\npage_size: 2\nsearch: true\n");
    List<String> slugs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String slug = "post-" + i;
      slugs.add(slug);
      write(post(site, slug), post(random, slug, i));
    }
    IncrementalBuilder incremental = new IncrementalBuilder(options(site, tmp.resolve("inc")), 2);
    incremental.build();
    int next = 8;
    List<String> images = new ArrayList<>();
    for (int step = 0; step < 25; step++) {
      Set<Path> changed = new java.util.HashSet<>();
      int op = random.nextInt(9);
      String slug = slugs.get(random.nextInt(slugs.size()));
      switch (op) {
        case 0 -> { // edit the body
          Path f = post(site, slug);
          write(f, Files.readString(f) + "\nMore text " + random.nextInt(1000) + ".\n");
          changed.add(f);
        }
        case 1 -> { // edit front matter: date, title or tags change
          write(post(site, slug), post(random, slug, random.nextInt(40)));
          changed.add(post(site, slug));
        }
        case 2 -> { // add a post
          String s = "post-" + next++;
          slugs.add(s);
          write(post(site, s), post(random, s, random.nextInt(40)));
          changed.add(post(site, s));
        }
        case 3 -> { // delete a post and its comments
          if (slugs.size() > 2) {
            slugs.remove(slug);
            Files.delete(post(site, slug));
            changed.add(post(site, slug));
            Path c = comments(site, slug);
            if (Files.deleteIfExists(c)) {
              changed.add(c);
            }
          }
        }
        case 4 -> { // rename a post (its comments follow)
          String s = "renamed-" + next++;
          Files.move(post(site, slug), post(site, s));
          changed.add(post(site, slug));
          changed.add(post(site, s));
          String text = Files.readString(post(site, s)).replace("slug: " + slug, "slug: " + s);
          write(post(site, s), text);
          if (Files.exists(comments(site, slug))) {
            Files.move(comments(site, slug), comments(site, s));
            changed.add(comments(site, slug));
            changed.add(comments(site, s));
          }
          slugs.set(slugs.indexOf(slug), s);
        }
        case 6 -> { // add an image to static/ and show it in a post, as a captioned figure
          String image = "/img/photo-" + next++ + ".jpg";
          images.add(image);
          changed.add(photo(site, image, random));
          Path f = post(site, slug);
          write(f, Files.readString(f) + "\n![A photo](" + image + " \"Caption " + step + "\")\n");
          changed.add(f);
        }
        case 7 -> { // change an image's pixels under the same name
          if (!images.isEmpty()) {
            changed.add(photo(site, images.get(random.nextInt(images.size())), random));
          }
        }
        case 8 -> { // delete an image and every line that shows it
          if (!images.isEmpty()) {
            String image = images.remove(random.nextInt(images.size()));
            Path file = site.resolve("static" + image);
            Files.delete(file);
            changed.add(file);
            for (String s : slugs) {
              Path f = post(site, s);
              String text = Files.readString(f);
              String without = text.replaceAll("(?m)^!\\[A photo\\]\\(" + image + " .*\n", "");
              if (!without.equals(text)) {
                write(f, without);
                changed.add(f);
              }
            }
          }
        }
        default -> { // add a comment
          Path c = comments(site, slug);
          String entry =
              "- id: c"
                  + step
                  + "\n  author: Reader "
                  + step
                  + "\n  date: 2020-01-0"
                  + (1 + random.nextInt(9))
                  + "T10:00:00+07:00"
                  + "\n  status: "
                  + (random.nextBoolean() ? "approved" : "pending")
                  + "\n  body: |\n    Comment number "
                  + step
                  + "\n";
          write(c, (Files.exists(c) ? Files.readString(c) : "") + entry);
          changed.add(c);
        }
      }
      incremental.rebuild(changed);
      Path clean = tmp.resolve("clean-" + step);
      new SiteBuilder(2).build(options(site, clean));
      assertThat(tree(tmp.resolve("inc")))
          .as("step %d, operation %d", step, op)
          .isEqualTo(tree(clean));
    }
  }

  @Test
  @Timeout(60)
  void aFailedRebuildKeepsTheOutputAndIsRetriedWithTheNextChange() throws IOException {
    Path site = tmp.resolve("site");
    write(site.resolve("site.yaml"), "title: T\nbase_url: https://t.example/\n");
    write(post(site, "a"), post(new Random(1), "a", 1));
    write(post(site, "b"), post(new Random(2), "b", 2));
    IncrementalBuilder incremental = new IncrementalBuilder(options(site, tmp.resolve("inc")), 2);
    incremental.build();
    Map<String, String> before = tree(tmp.resolve("inc"));

    write(post(site, "a"), "---\ntitle: [broken\n---\n");
    assertThatThrownBy(() -> incremental.rebuild(Set.of(post(site, "a"))))
        .isInstanceOf(SiteException.class);
    assertThat(tree(tmp.resolve("inc"))).isEqualTo(before);

    // the next change names only b; a's fix must still be picked up
    write(post(site, "a"), post(new Random(3), "a", 5));
    write(post(site, "b"), post(new Random(4), "b", 6));
    incremental.rebuild(Set.of(post(site, "b")));
    new SiteBuilder(2).build(options(site, tmp.resolve("clean")));
    assertThat(tree(tmp.resolve("inc"))).isEqualTo(tree(tmp.resolve("clean")));
  }

  @Test
  @Timeout(60)
  void aPostShowingAMissingImageFailsUntilTheImageIsAdded() throws IOException {
    Path site = tmp.resolve("site");
    write(site.resolve("site.yaml"), "title: T\nbase_url: https://t.example/\n");
    write(post(site, "a"), post(new Random(1), "a", 1));
    IncrementalBuilder incremental = new IncrementalBuilder(options(site, tmp.resolve("inc")), 2);
    incremental.build();
    Map<String, String> before = tree(tmp.resolve("inc"));

    write(post(site, "a"), Files.readString(post(site, "a")) + "\n![Kopi](kopi/kopi.jpg)\n");
    assertThatThrownBy(() -> incremental.rebuild(Set.of(post(site, "a"))))
        .isInstanceOf(SiteException.class)
        .hasMessage(
            "content/posts/a.md:14:9: error: image 'kopi/kopi.jpg' not found "
                + "(hint: no file content/posts/kopi/kopi.jpg)");
    assertThat(tree(tmp.resolve("inc"))).isEqualTo(before);

    // a post folder with the image, and the reference changed to it
    write(site.resolve("content/posts/kopi/index.md"), post(new Random(2), "kopi", 2));
    Path photo = photo(site, "/img/kopi.jpg", new Random(3));
    Files.createDirectories(site.resolve("content/posts/kopi"));
    Files.move(photo, site.resolve("content/posts/kopi/kopi.jpg"));
    incremental.rebuild(
        Set.of(
            site.resolve("content/posts/kopi/index.md"),
            site.resolve("content/posts/kopi/kopi.jpg")));
    new SiteBuilder(2).build(options(site, tmp.resolve("clean")));
    assertThat(tree(tmp.resolve("inc"))).isEqualTo(tree(tmp.resolve("clean")));
    assertThat(tree(tmp.resolve("inc")).keySet()).anyMatch(f -> f.matches(".*kopi-480w-.*\\.jpg"));
  }

  @Test
  @Timeout(60)
  void aStaticFileReplacesAFileTintaMakesInRebuildsToo() throws IOException {
    // #11: a Hugo blog's static/robots.txt was "two outputs for robots.txt", an internal error
    Path site = tmp.resolve("site");
    write(site.resolve("site.yaml"), "title: T\nbase_url: https://t.example/\n");
    write(post(site, "a"), post(new Random(1), "a", 1));
    write(site.resolve("static/robots.txt"), "User-agent: *\nDisallow: /drafts/\n");
    IncrementalBuilder incremental = new IncrementalBuilder(options(site, tmp.resolve("inc")), 2);
    BuildResult first = incremental.build();
    assertThat(first.warnings().stream().map(Problem::format))
        .containsExactly("static/robots.txt: warning: replaces the robots.txt tinta would make");
    assertThat(tree(tmp.resolve("inc")))
        .containsEntry("robots.txt", "User-agent: *\nDisallow: /drafts/\n");

    write(site.resolve("static/sitemap.xml"), "<urlset/>\n");
    write(post(site, "b"), post(new Random(2), "b", 2));
    BuildResult second =
        incremental.rebuild(Set.of(site.resolve("static/sitemap.xml"), post(site, "b")));
    assertThat(second.warnings().stream().map(Problem::format))
        .containsExactly(
            "static/robots.txt: warning: replaces the robots.txt tinta would make",
            "static/sitemap.xml: warning: replaces the sitemap.xml tinta would make");
    new SiteBuilder(2).build(options(site, tmp.resolve("clean")));
    assertThat(tree(tmp.resolve("inc")))
        .isEqualTo(tree(tmp.resolve("clean")))
        .containsEntry("sitemap.xml", "<urlset/>\n");
  }

  /** Writes a new JPEG at {@code image}, a site path below static/, and returns the file. */
  private static Path photo(Path site, String image, Random random) throws IOException {
    Path file = site.resolve("static" + image);
    Files.createDirectories(file.getParent());
    Files.write(
        file,
        dev.tinta.testing.TestImages.jpeg(
            500 + random.nextInt(700), 300 + random.nextInt(300), random.nextLong()));
    return file;
  }

  private static BuildOptions options(Path site, Path out) {
    return new BuildOptions(site, out, false, false, Optional.empty(), CLOCK);
  }

  private static Path post(Path site, String slug) {
    return site.resolve("content/posts/" + slug + ".md");
  }

  private static Path comments(Path site, String slug) {
    return site.resolve("content/comments/" + slug + ".yaml");
  }

  private static String post(Random random, String slug, int day) {
    String tags =
        "["
            + TAGS.get(random.nextInt(TAGS.size()))
            + ", "
            + TAGS.get(random.nextInt(TAGS.size()))
            + "]";
    return "---\ntitle: Post "
        + slug
        + " "
        + random.nextInt(100)
        + "\ndate: 2020-0"
        + (1 + day % 9)
        + "-1"
        + (day % 10)
        + "\nslug: "
        + slug
        + "\ntags: "
        + tags
        + "\n---\n\n"
        + "Body of "
        + slug
        + ", "
        + random.nextInt(1000)
        + ".\n\n## Part\n\nMore.\n";
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }
}
