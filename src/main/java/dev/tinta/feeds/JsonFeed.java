package dev.tinta.feeds;

import dev.tinta.model.Article;
import dev.tinta.model.OutputFile;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.TagRef;
import dev.tinta.text.Json;
import java.nio.charset.StandardCharsets;

/** {@code feed.json}: JSON Feed 1.1. */
public final class JsonFeed extends Feed.Document {
  public static final String PATH = "feed.json";

  @Override
  public OutputFile write(Feed feed) {
    SiteConfig c = feed.config();
    StringBuilder j = new StringBuilder(64 * 1024);
    j.append("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n");
    field(j, "title", c.title());
    field(j, "home_page_url", c.absolute("/"));
    field(j, "feed_url", c.absolute(PATH));
    if (!c.description().isEmpty()) {
      field(j, "description", c.description());
    }
    field(j, "language", c.language());
    if (!c.author().name().isEmpty()) {
      j.append("  \"authors\": [{\"name\": ").append(quote(c.author().name())).append("}],\n");
    }
    j.append("  \"items\": [");
    String sep = "\n";
    for (Article a : feed.posts()) {
      j.append(sep).append("    {");
      j.append("\"id\": ").append(quote(c.absolute(a.url())));
      j.append(", \"url\": ").append(quote(c.absolute(a.url())));
      j.append(", \"title\": ").append(quote(a.title()));
      j.append(", \"content_html\": ").append(quote(a.content()));
      j.append(", \"summary\": ").append(quote(a.description()));
      j.append(", \"date_published\": ").append(quote(AtomFeed.rfc3339(a.date())));
      j.append(", \"date_modified\": ").append(quote(AtomFeed.rfc3339(a.updated())));
      j.append(", \"language\": ").append(quote(a.lang()));
      if (!a.author().isEmpty()) {
        j.append(", \"authors\": [{\"name\": ").append(quote(a.author())).append("}]");
      }
      j.append(", \"tags\": [");
      String tsep = "";
      for (TagRef t : a.tags()) {
        j.append(tsep).append(quote(t.name()));
        tsep = ", ";
      }
      j.append("]}");
      sep = ",\n";
    }
    j.append("\n  ]\n}\n");
    return OutputFile.of(PATH, j.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void field(StringBuilder j, String name, String value) {
    j.append("  ").append(quote(name)).append(": ").append(quote(value)).append(",\n");
  }

  /** A JSON string literal (RFC 8259 §7), escaping {@code <} too so it is safe inside HTML. */
  static String quote(String s) {
    return Json.htmlSafeString(new StringBuilder(s.length() + 2), s).toString();
  }
}
