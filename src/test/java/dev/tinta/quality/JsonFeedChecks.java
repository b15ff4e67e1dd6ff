package dev.tinta.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gate 2, JSON Feed: {@code feed.json} is UTF-8 JSON (parsed strictly by {@link JsonParser}) and
 * follows JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the required {@code version},
 * {@code title} and {@code items}; each item's required string {@code id} (unique) and {@code
 * content_html} or {@code content_text}; the type of every known field; absolute URLs; RFC 3339
 * dates; authors with at least one field; and no unknown key that does not start with an underscore
 * (the spec's rule for extensions).
 */
final class JsonFeedChecks {
  static final String VERSION = "https://jsonfeed.org/version/1.1";

  private static final Set<String> FEED_STRINGS =
      Set.of(
          "title",
          "home_page_url",
          "feed_url",
          "description",
          "user_comment",
          "next_url",
          "icon",
          "favicon",
          "language",
          "version");
  private static final Set<String> FEED_URLS =
      Set.of("home_page_url", "feed_url", "next_url", "icon", "favicon");
  private static final Set<String> FEED_KEYS =
      union(FEED_STRINGS, Set.of("items", "authors", "author", "expired", "hubs"));
  private static final Set<String> ITEM_STRINGS =
      Set.of(
          "id",
          "url",
          "external_url",
          "title",
          "content_html",
          "content_text",
          "summary",
          "image",
          "banner_image",
          "date_published",
          "date_modified",
          "language");
  private static final Set<String> ITEM_URLS =
      Set.of("url", "external_url", "image", "banner_image");
  private static final Set<String> ITEM_KEYS =
      union(ITEM_STRINGS, Set.of("authors", "author", "tags", "attachments"));

  private final BuiltSite site;
  private final String file;
  private final List<Finding> found = new ArrayList<>();

  private JsonFeedChecks(BuiltSite site, String file) {
    this.site = site;
    this.file = file;
  }

  static List<Finding> check(BuiltSite site, String file) {
    if (!Files.isRegularFile(site.file(file))) {
      return List.of(Finding.error(file, 0, 0, "missing: the site has no JSON Feed"));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(site.file(file))))
              .toString();
    } catch (CharacterCodingException e) {
      return List.of(Finding.error(file, 0, 0, "not UTF-8 (JSON Feed §1, RFC 8259 §8.1)"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Json root;
    try {
      root = JsonParser.parse(text);
    } catch (JsonParser.SyntaxError e) {
      return List.of(Finding.error(file, e.line, e.column, "not JSON: " + e.reason()));
    }
    JsonFeedChecks checks = new JsonFeedChecks(site, file);
    checks.feed(root);
    return checks.found;
  }

  private void feed(Json root) {
    if (!(root instanceof Json.Obj feed)) {
      error(root, "the feed must be a JSON object, not " + article(root.type()));
      return;
    }
    Map<String, Json> m = feed.members();
    require(feed, "version", "title", "items");
    if (m.get("version") instanceof Json.Str v && !v.value().equals(VERSION)) {
      error(v, "\"version\" is \"" + v.value() + "\", expected \"" + VERSION + "\"");
    }
    knownKeys(feed, FEED_KEYS, "the feed");
    strings(m, FEED_STRINGS, FEED_URLS);
    if (m.containsKey("expired") && !(m.get("expired") instanceof Json.Bool)) {
      error(m.get("expired"), "\"expired\" must be a boolean");
    }
    authors(m, "the feed");
    if (m.get("feed_url") instanceof Json.Str url
        && site.isOwn(url.value())
        && !site.hasPageFor(url.value())) {
      error(url, "\"feed_url\" names a file the site does not have");
    }
    if (m.containsKey("items")) {
      if (m.get("items") instanceof Json.Arr items) {
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (Json item : items.items()) {
          item(item, ++n, ids);
        }
      } else {
        error(m.get("items"), "\"items\" must be an array");
      }
    }
  }

  private void item(Json value, int n, Set<String> ids) {
    String label = "item " + n;
    if (!(value instanceof Json.Obj item)) {
      error(value, label + " must be an object");
      return;
    }
    Map<String, Json> m = item.members();
    require(item, "id");
    if (m.get("id") instanceof Json.Str id) {
      label += " (" + id.value() + ")";
      if (id.value().isBlank()) {
        error(id, label + ": \"id\" is empty");
      } else if (!ids.add(id.value())) {
        error(id, label + ": \"id\" is not unique in the feed");
      }
    }
    if (!m.containsKey("content_html") && !m.containsKey("content_text")) {
      error(item, label + " needs \"content_html\" or \"content_text\"");
    }
    knownKeys(item, ITEM_KEYS, label);
    strings(m, ITEM_STRINGS, ITEM_URLS);
    for (String date : List.of("date_published", "date_modified")) {
      if (m.get(date) instanceof Json.Str s) {
        FeedDates.rfc3339(s.value()).ifPresent(why -> error(s, "\"" + date + "\" " + why));
      }
    }
    if (m.get("url") instanceof Json.Str url
        && site.isOwn(url.value())
        && !site.hasPageFor(url.value())) {
      error(url, label + ": \"url\" names a page the site does not have");
    }
    if (m.containsKey("tags")
        && !(m.get("tags") instanceof Json.Arr tags
            && tags.items().stream().allMatch(t -> t instanceof Json.Str))) {
      error(m.get("tags"), label + ": \"tags\" must be an array of strings");
    }
    authors(m, label);
    if (m.containsKey("attachments")) {
      attachments(m.get("attachments"), label);
    }
  }

  private void authors(Map<String, Json> m, String label) {
    if (m.containsKey("author")) {
      error(m.get("author"), label + ": \"author\" is JSON Feed 1.0; 1.1 uses \"authors\"");
    }
    if (!m.containsKey("authors")) {
      return;
    }
    if (!(m.get("authors") instanceof Json.Arr authors)) {
      error(m.get("authors"), label + ": \"authors\" must be an array");
      return;
    }
    for (Json a : authors.items()) {
      if (!(a instanceof Json.Obj author)) {
        error(a, label + ": an author must be an object");
      } else if (author.members().keySet().stream()
          .noneMatch(k -> Set.of("name", "url", "avatar").contains(k))) {
        error(a, label + ": an author needs a \"name\", \"url\" or \"avatar\"");
      } else {
        strings(author.members(), Set.of("name", "url", "avatar"), Set.of("url", "avatar"));
      }
    }
  }

  private void attachments(Json value, String label) {
    if (!(value instanceof Json.Arr list)) {
      error(value, label + ": \"attachments\" must be an array");
      return;
    }
    for (Json a : list.items()) {
      if (a instanceof Json.Obj att) {
        require(att, "url", "mime_type");
        strings(att.members(), Set.of("url", "mime_type", "title"), Set.of("url"));
      } else {
        error(a, label + ": an attachment must be an object");
      }
    }
  }

  private void require(Json.Obj obj, String... keys) {
    for (String key : keys) {
      if (!obj.members().containsKey(key)) {
        error(obj, "missing required \"" + key + "\"");
      }
    }
  }

  private void knownKeys(Json.Obj obj, Set<String> known, String label) {
    obj.members()
        .forEach(
            (key, v) -> {
              if (!known.contains(key) && !key.matches("_[A-Za-z].*")) {
                error(
                    v,
                    label
                        + ": unknown key \""
                        + key
                        + "\" (extensions must start with an underscore and a letter)");
              }
            });
  }

  private void strings(Map<String, Json> m, Set<String> strings, Set<String> urls) {
    m.forEach(
        (key, v) -> {
          if (strings.contains(key) && !(v instanceof Json.Str)) {
            error(v, "\"" + key + "\" must be a string, not " + article(v.type()));
          } else if (urls.contains(key)
              && v instanceof Json.Str s
              && !s.value().matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
            error(v, "\"" + key + "\" \"" + s.value() + "\" is not an absolute http(s) URL");
          }
        });
  }

  private void error(Json at, String message) {
    found.add(Finding.error(file, at.line(), at.column(), message));
  }

  private static String article(String type) {
    return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
