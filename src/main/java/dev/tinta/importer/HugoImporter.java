package dev.tinta.importer;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * A Hugo site's source folder: pages of {@code content/<section>/} as posts (bundles with their
 * resources), files directly in {@code content/} as pages, YAML or TOML front matter ({@code
 * lastmod}, {@code categories}, {@code description}, {@code aliases} relative to the section made
 * absolute), the title, language and time zone of {@code config.toml}/{@code hugo.toml}, {@code
 * static/} copied. The old URL of each post ({@code /<section>/<slug>/} or {@code [permalinks]})
 * becomes an alias.
 */
final class HugoImporter implements Importer {

  @Override
  public ImportResult read(ImportRequest request) {
    Path root = request.input();
    Map<String, Object> config = config(root);
    ZoneId zone =
        request
            .givenZone()
            .orElse(
                zone(String.valueOf(config.getOrDefault("timeZone", ""))).orElse(request.zone()));
    Map<?, ?> permalinks = config.get("permalinks") instanceof Map<?, ?> m ? m : Map.of();
    ResultBuilder out = new ResultBuilder();
    HtmlBodies bodies = new HtmlBodies(request.markdown());
    Path content = root.resolve("content");
    if (!Files.isDirectory(content)) {
      throw new SiteException(
          Problem.inFile(request.inputName(), "no content/ folder")
              .withHint("give the folder with config.toml and content/"));
    }
    for (Path f : BlogFolder.files(content, p -> source(p.getFileName().toString()))) {
      String rel = BlogFolder.relative(content, f);
      String name = "content/" + rel;
      String fileName = f.getFileName().toString();
      if (BlogFolder.stem(fileName).equals("_index")) {
        continue;
      }
      SourceFile s = SourceFile.parse(name, BlogFolder.text(root, f));
      boolean bundle = BlogFolder.stem(fileName).equals("index");
      String[] parts = rel.split("/");
      String section = parts.length > 1 ? parts[0] : "";
      String baseName = bundle ? parts[parts.length - 2] : BlogFolder.stem(fileName);
      String title = Texts.title(s.text("title"), false);
      String slug = Texts.slug(s.text("slug").isEmpty() ? baseName : s.text("slug"), title, "post");
      String sectionDir = section.isEmpty() ? "/" : "/" + section + "/";
      List<String> aliases = new ArrayList<>();
      for (String a : s.list("aliases")) {
        aliases.add(a.startsWith("/") || a.startsWith("http") ? a : sectionDir + a);
      }
      String body = HugoShortcodes.convert(s.body(), name, s.bodyLine(), out.warnings);
      if (fileName.endsWith(".html")) {
        body = bodies.body(body);
      }
      body = Texts.withFinalNewline(body);
      boolean draft = s.flag("draft");
      // a file at the top of content/ or a bundle there is a page; so is a post without a date
      boolean page = section.isEmpty() || (parts.length == 2 && bundle);
      Optional<ZonedDateTime> date =
          page ? Optional.empty() : s.date("date", zone).or(() -> s.date("publishDate", zone));
      if (page) {
        aliases.add(0, s.text("url").isEmpty() ? "/" + slug + "/" : s.text("url"));
      } else if (date.isEmpty()) {
        out.warn(name, "no date; the file's section is " + section + ", so it was read as a page");
      }
      if (date.isEmpty()) {
        out.add(
            new ImportedPage(
                name,
                slug,
                title.isEmpty() ? slug : title,
                draft,
                Texts.aliases(aliases),
                body,
                name));
        continue;
      }
      String own =
          !s.text("url").isEmpty()
              ? s.text("url")
              : oldUrl(permalinks.get(section), section, date.get(), slug, title, baseName);
      if (!draft) {
        aliases.add(0, own);
      }
      List<String> postTags = new ArrayList<>(s.list("categories"));
      postTags.addAll(s.list("tags"));
      String summary = s.text("description").isEmpty() ? s.text("summary") : s.text("description");
      out.add(
          new ImportedPost(
              name,
              slug,
              title.isEmpty() ? slug : title,
              date.get(),
              s.date("lastmod", zone).filter(u -> u.isAfter(date.get())).orElse(date.get()),
              s.text("author"),
              postTags.stream().distinct().toList(),
              draft,
              summary,
              "",
              Texts.aliases(aliases),
              body,
              name));
      if (bundle) {
        Path folder = f.getParent();
        for (Path r :
            BlogFolder.files(folder, p -> !p.equals(f) && !source(p.getFileName().toString()))) {
          out.files.add(
              new ImportedFile(
                  "content/posts/" + slug + "/" + BlogFolder.relative(folder, r),
                  BlogFolder.bytes(root, r)));
        }
      }
    }
    Path stat = root.resolve("static");
    for (Path f : BlogFolder.files(stat, p -> !p.getFileName().toString().startsWith("."))) {
      out.files.add(
          new ImportedFile("static/" + BlogFolder.relative(stat, f), BlogFolder.bytes(root, f)));
    }
    Map<?, ?> params = config.get("params") instanceof Map<?, ?> m ? m : Map.of();
    out.settings =
        new SiteSettings(
            String.valueOf(config.getOrDefault("title", "")),
            String.valueOf(params.get("description") == null ? "" : params.get("description")),
            WordPressImporter.baseUrl(
                String.valueOf(config.getOrDefault("baseURL", config.getOrDefault("baseurl", "")))),
            String.valueOf(config.getOrDefault("languageCode", "")),
            request
                .givenZone()
                .map(ZoneId::getId)
                .orElse(String.valueOf(config.getOrDefault("timeZone", ""))),
            String.valueOf(config.get("author") instanceof String a ? a : ""),
            "");
    return out.build();
  }

  private static boolean source(String name) {
    return BlogFolder.markdown(name) || name.endsWith(".html");
  }

  private static Map<String, Object> config(Path root) {
    for (String name : List.of("hugo.toml", "config.toml")) {
      Path f = root.resolve(name);
      if (Files.isRegularFile(f)) {
        TomlParseResult r = Toml.parse(BlogFolder.text(root, f));
        if (r.hasErrors()) {
          var e = r.errors().get(0);
          throw new SiteException(
              Problem.at(
                  name, e.position().line(), e.position().column(), "TOML: " + e.getMessage()));
        }
        return SourceFile.plain(r);
      }
    }
    for (String name : List.of("hugo.yaml", "config.yaml", "hugo.yml", "config.yml")) {
      Path f = root.resolve(name);
      if (Files.isRegularFile(f)) {
        return SourceFile.parse(name, "---\n" + BlogFolder.text(root, f) + "\n---\n").values();
      }
    }
    return Map.of();
  }

  private static Optional<ZoneId> zone(String id) {
    try {
      return id.isEmpty() ? Optional.empty() : Optional.of(ZoneId.of(id));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Hugo's URL of a post: {@code [permalinks]} for its section, else {@code /<section>/<slug>/}.
   */
  private static String oldUrl(
      Object pattern, String section, ZonedDateTime d, String slug, String title, String file) {
    if (!(pattern instanceof String p)) {
      return "/" + section + "/" + slug + "/";
    }
    return p.replace(":year", String.valueOf(d.getYear()))
        .replace(":month", String.format("%02d", d.getMonthValue()))
        .replace(":day", String.format("%02d", d.getDayOfMonth()))
        .replace(":section", section)
        .replace(":slug", slug)
        .replace(":title", Texts.slug(title, "", slug))
        .replace(":filename", file);
  }
}
