package dev.tinta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The property the dev server relies on: after any sequence of edits, adds, deletes and renames of
 * posts, comment files and images, an incremental rebuild leaves exactly the bytes a clean build of
 * the same input writes. One random walk per seed; {@link IncrementalBuilderTest} runs one seed,
 * {@link IncrementalBuilderIT} more.
 */
final class IncrementalWalk {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final List<String> TAGS = List.of("java", "yaml", "kopi", "rapat", "notes");

  private IncrementalWalk() {}

  /**
   * Walks 25 random steps from {@code seed} in {@code tmp}, checking after each that the
   * incremental rebuild wrote exactly the tree a clean build writes.
   */
  static void run(Path tmp, long seed) throws IOException {
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

  /** Writes a new JPEG at {@code image}, a site path below static/, and returns the file. */
  static Path photo(Path site, String image, Random random) throws IOException {
    Path file = site.resolve("static" + image);
    Files.createDirectories(file.getParent());
    Files.write(
        file,
        dev.tinta.testing.TestImages.jpeg(
            500 + random.nextInt(700), 300 + random.nextInt(300), random.nextLong()));
    return file;
  }

  static BuildOptions options(Path site, Path out) {
    return new BuildOptions(site, out, false, false, Optional.empty(), CLOCK);
  }

  static Path post(Path site, String slug) {
    return site.resolve("content/posts/" + slug + ".md");
  }

  static Path comments(Path site, String slug) {
    return site.resolve("content/comments/" + slug + ".yaml");
  }

  static String post(Random random, String slug, int day) {
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

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }
}
