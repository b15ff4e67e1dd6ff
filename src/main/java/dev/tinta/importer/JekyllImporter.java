package dev.tinta.importer;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jekyll blog's source folder: {@code _posts/} (dates from the file names), {@code _drafts/} and
 * {@code published: false} as drafts, top-level Markdown pages, {@code _config.yml} for the title,
 * time zone and permalink pattern; the old URL of each post (from that pattern) and {@code
 * redirect_from} become aliases; other files are copied to {@code static/}.
 */
final class JekyllImporter implements Importer {
  private static final Pattern POST_NAME = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})-(.+)");
  private static final List<String> NOT_STATIC =
      List.of(
          "Gemfile", "Gemfile.lock", "node_modules", "vendor", "package.json", "LICENSE", "README");

  @Override
  public ImportResult read(ImportRequest request) {
    Path root = request.input();
    ResultBuilder out = new ResultBuilder();
    Path configFile = root.resolve("_config.yml");
    SourceFile config =
        Files.isRegularFile(configFile)
            ? SourceFile.parse(
                "_config.yml", "---\n" + BlogFolder.text(root, configFile) + "\n---\n")
            : SourceFile.parse("_config.yml", "");
    ZoneId zone = request.givenZone().orElse(zone(config.text("timezone")).orElse(request.zone()));
    String pattern = pattern(config.text("permalink"));
    HtmlBodies bodies = new HtmlBodies(request.markdown());
    boolean anyCategories = false;
    for (String folder : List.of("_posts", "_drafts")) {
      for (Path f :
          BlogFolder.files(root.resolve(folder), p -> source(p.getFileName().toString()))) {
        String name = BlogFolder.relative(root, f);
        SourceFile s = SourceFile.parse(name, BlogFolder.text(root, f));
        String stem = BlogFolder.stem(f.getFileName().toString());
        Matcher m = POST_NAME.matcher(stem);
        Optional<ZonedDateTime> date = s.date("date", zone);
        if (date.isEmpty() && m.matches()) {
          try {
            date =
                Optional.of(
                    LocalDate.of(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)))
                        .atStartOfDay(zone));
          } catch (java.time.DateTimeException e) {
            date = Optional.empty();
          }
        }
        if (date.isEmpty() && folder.equals("_drafts")) {
          // Jekyll dates a draft by its file's modification time (Jekyll docs, "Drafts")
          date = Optional.of(BlogFolder.modified(root, f).atZone(zone).withNano(0));
          out.warn(name, "a draft without a date; dated by its file's time, as Jekyll does");
        }
        if (date.isEmpty()) {
          throw new SiteException(
              Problem.at(name, 1, 1, "no date in the file name or front matter")
                  .withHint("name posts 2010-08-31-title.md, or add date: 2010-08-31"));
        }
        String title = Texts.title(s.text("title"), false);
        String slug =
            Texts.slug(
                s.text("slug").isEmpty() ? (m.matches() ? m.group(4) : stem) : s.text("slug"),
                title,
                "post");
        List<String> categories = s.list("categories");
        if (categories.isEmpty()) {
          categories = s.list("category");
        }
        anyCategories |= !categories.isEmpty();
        List<String> postTags = new ArrayList<>(categories);
        postTags.addAll(s.list("tags"));
        boolean draft = folder.equals("_drafts") || s.isFalse("published");
        List<String> aliases = new ArrayList<>();
        String own =
            s.text("permalink").isEmpty()
                ? oldUrl(pattern, date.get(), m.matches() ? m.group(4) : stem, categories)
                : s.text("permalink");
        if (!draft) {
          aliases.add(own);
        }
        aliases.addAll(s.list("redirect_from"));
        String body = LiquidTags.convert(s.body(), name, s.bodyLine(), out.warnings);
        if (f.getFileName().toString().endsWith(".html")) {
          body = bodies.body(body);
        }
        String summary =
            s.text("description").isEmpty() ? s.text("excerpt") : s.text("description");
        out.add(
            new ImportedPost(
                name,
                slug,
                title.isEmpty() ? slug : title,
                date.get(),
                s.date("last_modified_at", zone).orElse(date.get()),
                author(s),
                postTags.stream().distinct().toList(),
                draft,
                summary,
                s.text("lang"),
                Texts.aliases(aliases),
                Texts.withFinalNewline(body),
                name));
      }
    }
    for (Path f :
        BlogFolder.files(
            root,
            p -> p.getParent().equals(root) && BlogFolder.markdown(p.getFileName().toString()))) {
      String fileName = f.getFileName().toString();
      if (BlogFolder.stem(fileName).equalsIgnoreCase("index")
          || BlogFolder.stem(fileName).equalsIgnoreCase("readme")) {
        continue;
      }
      String name = BlogFolder.relative(root, f);
      SourceFile s = SourceFile.parse(name, BlogFolder.text(root, f));
      if (s.values().isEmpty()) {
        continue; // not a page: Jekyll publishes only files with front matter
      }
      String title = Texts.title(s.text("title"), false);
      String stem = BlogFolder.stem(fileName);
      String old =
          s.text("permalink").isEmpty()
              ? (pattern.endsWith("/") ? "/" + stem + "/" : "/" + stem + ".html")
              : s.text("permalink");
      List<String> aliases = new ArrayList<>(List.of(old));
      aliases.addAll(s.list("redirect_from"));
      String body = LiquidTags.convert(s.body(), name, s.bodyLine(), out.warnings);
      out.add(
          new ImportedPage(
              name,
              Texts.slug(stem, title, "page"),
              title.isEmpty() ? stem : title,
              s.isFalse("published"),
              Texts.aliases(aliases),
              Texts.withFinalNewline(body),
              name));
    }
    for (Path f : BlogFolder.files(root, p -> isStatic(root, p))) {
      out.files.add(
          new ImportedFile("static/" + BlogFolder.relative(root, f), BlogFolder.bytes(root, f)));
    }
    String tinta = pattern.replace(":title", ":slug").replace("/:categories", "");
    boolean expressible =
        tinta.matches("(/(:year|:month|:day|:slug|[a-z0-9-]+))+/")
            && tinta.contains(":slug")
            && !(anyCategories && pattern.contains(":categories"));
    out.settings =
        new SiteSettings(
            config.text("title"),
            config.text("description").isEmpty()
                ? config.text("tagline")
                : config.text("description"),
            WordPressImporter.baseUrl(config.text("url") + config.text("baseurl")),
            config.text("lang"),
            request.givenZone().map(ZoneId::getId).orElse(config.text("timezone")),
            config.values().get("author") instanceof Map<?, ?> a
                ? String.valueOf(a.get("name"))
                : config.text("author"),
            expressible ? tinta : "");
    return out.build();
  }

  private static boolean source(String name) {
    return BlogFolder.markdown(name) || name.endsWith(".html");
  }

  private static boolean isStatic(Path root, Path p) {
    String rel = BlogFolder.relative(root, p);
    String first = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : rel;
    String name = p.getFileName().toString();
    if (first.startsWith("_")
        || first.startsWith(".")
        || NOT_STATIC.contains(first)
        || NOT_STATIC.contains(BlogFolder.stem(first))) {
      return false;
    }
    if (BlogFolder.markdown(name)
        || name.endsWith(".yml")
        || name.endsWith(".yaml")
        || name.endsWith(".gemspec")) {
      return false;
    }
    // HTML and XML with front matter are Liquid templates (index.html, feed.xml), not files
    return !((name.endsWith(".html") || name.endsWith(".xml"))
        && BlogFolder.text(root, p).startsWith("---"));
  }

  private static String author(SourceFile s) {
    Object a = s.values().get("author");
    return a instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : s.text("author");
  }

  private static Optional<ZoneId> zone(String id) {
    try {
      return id.isEmpty() ? Optional.empty() : Optional.of(ZoneId.of(id));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Jekyll's permalink styles as patterns (Jekyll's docs, "Permalinks"). */
  private static String pattern(String style) {
    return switch (style) {
      case "", "date" -> "/:categories/:year/:month/:day/:title.html";
      case "pretty" -> "/:categories/:year/:month/:day/:title/";
      case "ordinal" -> "/:categories/:year/:y_day/:title.html";
      case "none" -> "/:categories/:title.html";
      default -> style;
    };
  }

  private static String oldUrl(
      String pattern, ZonedDateTime d, String title, List<String> categories) {
    String url =
        pattern
            .replace(":categories", String.join("/", categories).toLowerCase(java.util.Locale.ROOT))
            .replace(":year", String.valueOf(d.getYear()))
            .replace(":month", String.format("%02d", d.getMonthValue()))
            .replace(":i_month", String.valueOf(d.getMonthValue()))
            .replace(":day", String.format("%02d", d.getDayOfMonth()))
            .replace(":i_day", String.valueOf(d.getDayOfMonth()))
            .replace(":y_day", String.format("%03d", d.getDayOfYear()))
            .replace(":short_year", String.format("%02d", d.getYear() % 100))
            .replace(":output_ext", ".html")
            .replace(":title", title)
            .replace(":slug", Texts.slug(title, "", title));
    return url.replaceAll("/{2,}", "/");
  }
}
