package dev.tinta.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A small generated blog that uses what real blogs use (GFM, footnotes, code, links between posts,
 * a post bundle with an image, pages, nested comments, a static file, several languages), so that a
 * build of it loads and links the classes a user's build needs. The launcher's start-up cache is
 * recorded from builds of this site, never from whatever command a user happens to run first.
 */
final class TrainingSite {
  /** Posts in the site: enough for pagination, tag pages and archives over several years. */
  static final int POSTS = 24;

  private static final List<String> TAGS =
      List.of("java", "writing", "travel", "networking", "meetings", "notes");

  private TrainingSite() {}

  /** Writes the site into {@code dir}, which must be empty or missing. */
  static void write(Path dir) throws IOException {
    write(
        dir.resolve("site.yaml"),
        """
        title: Training blog
        description: Generated to record a representative build
        base_url: https://training.example.org/
        language: en
        time_zone: Europe/Berlin
        author:
          name: Ana
          about: |
            Writes about *everything*. [About](/about/).
        page_size: 5
        feed_size: 10
        params:
          motto: training
        """);
    for (int i = 0; i < POSTS; i++) {
      String slug = String.format(Locale.ROOT, "post-%02d", i);
      Path file =
          i == 3
              ? dir.resolve("content/posts/" + slug + "/index.md")
              : dir.resolve("content/posts/" + slug + ".md");
      write(file, post(i));
      write(dir.resolve("content/comments/" + slug + ".yaml"), comments(i));
    }
    // a post bundle: an image beside index.md, published under the post's URL
    Files.write(dir.resolve("content/posts/post-03/diagram.svg"), svg());
    write(
        dir.resolve("content/pages/about.md"),
        "---\ntitle: About\n---\n\nA page with a [link home](/).\n");
    write(dir.resolve("static/files/notes.txt"), "A static file, copied as it is.\n");
  }

  private static String post(int i) {
    LocalDate date = LocalDate.of(2019 + i % 5, 1 + i % 12, 1 + (i * 7) % 28);
    String tags = TAGS.get(i % TAGS.size()) + ", " + TAGS.get((i * 5 + 1) % TAGS.size());
    String lang = i % 4 == 1 ? "\nlang: id" : i % 4 == 2 ? "\nlang: de" : "";
    String time = i % 2 == 0 ? "" : "T09:30:00+07:00";
    // links by source file, relative to this post's file (post 3 is a bundle: a folder)
    int to = i > 0 ? i - 1 : 1;
    String link =
        (i == 3 ? "../" : "")
            + String.format(Locale.ROOT, to == 3 ? "post-%02d/index.md" : "post-%02d.md", to);
    return "---\ntitle: \"Post number "
        + i
        + ": notes & plans\"\ndate: "
        + date
        + time
        + "\ntags: ["
        + tags
        + "]"
        + lang
        + (i % 3 == 0 ? "\nsummary: A summary for listings and feeds." : "")
        + (i == 5 ? "\nupdated: 2024-02-03\ncomments: closed" : "")
        + "\n---\n\n"
        + body(i, link);
  }

  private static String body(int i, String link) {
    StringBuilder b = new StringBuilder();
    b.append("An opening paragraph with *emphasis*, **strong** text, `code` and a ")
        .append("[link to another post](")
        .append(link)
        .append("), plus https://example.org/autolinked and ~~struck~~ words.[^1]\n\n")
        .append("<!--more-->\n\n## A heading ")
        .append(i)
        .append("\n\nMore prose follows here, long enough to count words and reading time. ")
        .append("Paragraphs wrap across lines\nlike this one does.\n\n")
        .append("> A quotation from someone\n> <cite>Someone</cite>\n\n")
        .append("- a list item\n- another item with _style_\n  - nested\n\n")
        .append("1. first\n2. second\n\n- [x] a done task\n- [ ] an open task\n\n")
        .append("| column | value |\n|---|---:|\n| a | 1 |\n| b | 2 |\n\n")
        .append("### Code\n\n```java\nclass Hello {\n  void greet() {}\n}\n```\n\n")
        .append(i == 3 ? "![A diagram](diagram.svg)\n\n" : "")
        .append("<p class=\"raw\">Raw HTML from a trusted author.</p>\n\n")
        .append("[^1]: A footnote.\n");
    return b.toString();
  }

  private static String comments(int i) {
    if (i % 3 == 2) {
      return "[]\n";
    }
    String day = String.format(Locale.ROOT, "2024-03-%02d", 1 + i % 28);
    return "- id: c1\n  author: Reader\n  url: https://example.org/\n  date: "
        + day
        + "T10:00:00+01:00\n  status: approved\n  body: |\n    A *comment* with a"
        + " [link](https://example.org/) and <b>markup</b> shown as text.\n"
        + "- id: c2\n  author: Another reader\n  date: "
        + day
        + "T11:00:00Z\n  status: approved\n  parent: c1\n  body: A reply.\n"
        + "- id: c3\n  author: Spammer\n  date: "
        + day
        + "T12:00:00Z\n  status: pending\n  body: Not published.\n";
  }

  private static byte[] svg() {
    return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<rect width=\"10\" height=\"10\"/></svg>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
