package dev.tinta.content;

import dev.tinta.model.Page;
import dev.tinta.model.Post;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.Slug;
import dev.tinta.model.SourceRef;
import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import dev.tinta.yaml.YamlMap;
import dev.tinta.yaml.YamlReader;
import java.time.ZonedDateTime;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns one Markdown file's text into a {@link Post} or {@link Page}, reporting every mistake. */
final class EntryReader {
  private static final Set<String> POST_KEYS =
      Set.of(
          "title",
          "date",
          "updated",
          "author",
          "tags",
          "lang",
          "slug",
          "draft",
          "summary",
          "source",
          "comments",
          "layout",
          "aliases",
          "redirect_from",
          "published");
  private static final Set<String> PAGE_KEYS =
      Set.of("title", "lang", "slug", "draft", "layout", "aliases", "redirect_from", "published");

  /**
   * Keys other generators give a meaning to and tinta does not (issue #11), with what to use
   * instead: each gets a warning, and still reaches templates as an extra.
   */
  static final Map<String, String> FOREIGN_KEYS =
      Map.of(
          "categories", "tinta groups posts by tags: [a, b]",
          "description", "a post's summary: is its meta description, else its first paragraph",
          "permalink", "URLs come from slug: and site.yaml's permalink; old ones go in aliases:",
          "expirydate", "tinta does not take posts down by date; draft: true hides one",
          "publishDate", "date: is the publish date; later dates are built only with --future");

  private final SiteConfig config;
  private final Set<String> layouts;
  private final YamlReader yaml = new YamlReader(1024 * 1024);

  /**
   * @param layouts the template names a {@code layout:} may name
   */
  EntryReader(SiteConfig config, Set<String> layouts) {
    this.config = config;
    this.layouts = Set.copyOf(layouts);
  }

  Optional<Post> post(
      String file, String bundleDir, String fileSlug, String text, List<Problem> problems) {
    Problems found = new Problems();
    Optional<Parsed> parsed = parse(file, text, problems, found);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlMap y = parsed.get().yaml();
    String title = y.requiredText("title", "title: My first post").orElse("");
    Optional<ZonedDateTime> date = y.has("date") ? date(y, "date") : missing(y, "date");
    ZonedDateTime updated = y.has("updated") ? date(y, "updated").orElse(null) : null;
    List<String> tags =
        y.textList("tags").orElse(List.of()).stream()
            .map(String::trim)
            .filter(t -> !t.isEmpty())
            .distinct()
            .toList();
    for (String tag : tags) {
      if (Slug.of(tag).isEmpty()) {
        y.report("tags", "tag '" + tag + "' has no letter or digit", "tags: [networking]");
      }
    }
    String lang = language(y);
    String slug = slug(y, fileSlug);
    boolean draft = draft(y);
    SourceRef source =
        y.map("source")
            .map(s -> new SourceRef(s.text("title").orElse(""), s.text("url").orElse("")))
            .orElse(SourceRef.none());
    boolean commentsOpen = commentsOpen(y);
    String layout = layout(y, "post");
    List<String> aliases = Aliases.read(y);
    var extra = y.plain(POST_KEYS);
    warnForeignKeys(y, "post");
    String author = y.text("author").orElse(config.author().name());
    String summary = y.text("summary").orElse("");
    problems.addAll(found.list());
    if (found.hasErrors() || date.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter fm = parsed.get().frontMatter();
    return Optional.of(
        new Post(
            file,
            bundleDir,
            slug,
            title,
            date.get(),
            updated == null ? date.get() : updated,
            author,
            tags,
            lang,
            draft,
            summary,
            source,
            commentsOpen,
            layout,
            aliases,
            extra,
            fm.body(),
            fm.bodyLine()));
  }

  Optional<Page> page(String file, String fileSlug, String text, List<Problem> problems) {
    Problems found = new Problems();
    Optional<Parsed> parsed = parse(file, text, problems, found);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlMap y = parsed.get().yaml();
    String title = y.requiredText("title", "title: About").orElse("");
    String lang = language(y);
    String slug = slug(y, fileSlug);
    boolean draft = draft(y);
    String layout = layout(y, "page");
    List<String> aliases = Aliases.read(y);
    var extra = y.plain(PAGE_KEYS);
    warnForeignKeys(y, "page");
    problems.addAll(found.list());
    if (found.hasErrors()) {
      return Optional.empty();
    }
    FrontMatter fm = parsed.get().frontMatter();
    return Optional.of(
        new Page(file, slug, title, lang, draft, layout, aliases, extra, fm.body(), fm.bodyLine()));
  }

  private record Parsed(FrontMatter frontMatter, YamlMap yaml) {}

  private Optional<Parsed> parse(String file, String text, List<Problem> problems, Problems found) {
    Optional<FrontMatter> fm = FrontMatter.split(file, text, problems);
    if (fm.isEmpty()) {
      return Optional.empty();
    }
    Optional<YamlMap> y = yaml.readMap(file, fm.get().yaml(), FrontMatter.YAML_LINE_OFFSET, found);
    if (y.isEmpty()) {
      problems.addAll(found.list());
      return Optional.empty();
    }
    return Optional.of(new Parsed(fm.get(), y.get()));
  }

  /** {@code draft: true}, or Jekyll's {@code published: false} (issue #11). */
  private static boolean draft(YamlMap y) {
    boolean draft = y.bool("draft").orElse(false);
    boolean published = y.bool("published").orElse(true);
    return draft || !published;
  }

  private static void warnForeignKeys(YamlMap y, String kind) {
    for (String key : y.keys()) {
      String hint = FOREIGN_KEYS.get(key);
      if (hint != null && y.has(key)) {
        y.warn(
            key,
            "'"
                + key
                + "' means nothing to tinta; templates can read it as "
                + kind
                + ".extra."
                + key,
            hint);
      }
    }
  }

  private Optional<ZonedDateTime> missing(YamlMap y, String key) {
    y.requiredText(key, "date: 2010-08-31");
    return Optional.empty();
  }

  private Optional<ZonedDateTime> date(YamlMap y, String key) {
    Optional<String> text = y.text(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<ZonedDateTime> date = Dates.parse(text.get(), config.timeZone());
    if (date.isEmpty()) {
      y.report(key, "'" + key + "' is not a date", Dates.HINT);
    }
    return date;
  }

  private String language(YamlMap y) {
    Optional<String> tag = y.text("lang");
    if (tag.isEmpty()) {
      return config.language();
    }
    try {
      return new Locale.Builder().setLanguageTag(tag.get()).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      y.report("lang", "'" + tag.get() + "' is not a BCP 47 language tag", "lang: id");
      return config.language();
    }
  }

  private static String slug(YamlMap y, String fileSlug) {
    Optional<String> given = y.text("slug");
    if (given.isEmpty()) {
      if (fileSlug.isEmpty()) {
        y.report("slug", "the file name gives no slug", "add slug: my-post");
      }
      return fileSlug;
    }
    // #11: the same text gives the same slug as a file name would
    String slug = Slug.ofName(given.get().strip());
    if (slug.isEmpty()) {
      y.report(
          "slug",
          "'" + given.get() + "' gives no slug: it has no letter or digit",
          "slug: my-post");
      return fileSlug;
    }
    return slug;
  }

  private static boolean commentsOpen(YamlMap y) {
    Optional<String> word = y.text("comments");
    if (word.isEmpty() || word.get().equals("open")) {
      return true;
    }
    if (word.get().equals("closed")) {
      return false;
    }
    y.report("comments", "'comments' must be open or closed", "comments: closed");
    return true;
  }

  private String layout(YamlMap y, String fallback) {
    String layout = y.text("layout").orElse(fallback);
    if (!layouts.contains(layout)) {
      y.report(
          "layout",
          "unknown layout '" + layout + "'",
          "one of "
              + String.join(", ", layouts.stream().sorted().toList())
              + ", or add templates/layouts/"
              + layout
              + ".ftlh");
      return fallback;
    }
    return layout;
  }
}
