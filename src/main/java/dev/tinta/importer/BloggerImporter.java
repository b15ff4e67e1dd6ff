package dev.tinta.importer;

import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Blogger: the classic "Back up content" Atom export (entry kinds post, page, comment, settings)
 * and the Google Takeout {@code feed.atom} ({@code blogger:type}, {@code blogger:status}). Posts,
 * pages, drafts, labels, authors, dates with their offsets, comments with their threads; the old
 * permalink of each post and page becomes an alias.
 */
final class BloggerImporter implements Importer {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String APP = "http://purl.org/atom/app#";
  static final String THR = "http://purl.org/syndication/thread/1.0";
  static final String GD = "http://schemas.google.com/g/2005";
  static final String TAKEOUT = "http://schemas.google.com/blogger/2018";
  private static final String KIND = "http://schemas.google.com/g/2005#kind";
  private static final String LABEL = "http://www.blogger.com/atom/ns#";
  private static final String KIND_PREFIX = "http://schemas.google.com/blogger/2008/kind#";

  @Override
  public ImportResult read(ImportRequest request) {
    String file = request.inputName();
    XmlNode feed = XmlReader.read(request.input(), file);
    if (!feed.is(ATOM, "feed")) {
      throw new SiteException(
          Problem.at(
                  file, feed.line(), feed.column(), "not a Blogger export: <" + feed.name() + ">")
              .withHint("give the .xml of Blogger's 'Back up content' or Takeout's feed.atom"));
    }
    boolean takeout =
        feed.all(ATOM, "entry").stream().anyMatch(e -> e.child(TAKEOUT, "type").isPresent());
    List<XmlNode> entries = feed.all(ATOM, "entry");
    if (!takeout && !entries.isEmpty() && entries.stream().allMatch(e -> kind(e).isEmpty())) {
      throw new SiteException(
          Problem.at(
                  file,
                  feed.line(),
                  feed.column(),
                  "not a Blogger export: an Atom feed whose entries have no Blogger kind")
              .withHint("give the .xml of Blogger's 'Back up content' or Takeout's feed.atom"));
    }
    ResultBuilder out = new ResultBuilder();
    Context cx = new Context(file, request, new HtmlBodies(request.markdown()), out);
    Map<String, String> settings = new TreeMap<>();
    List<XmlNode> comments = new ArrayList<>();
    for (XmlNode entry : feed.all(ATOM, "entry")) {
      String kind = takeout ? entry.text(TAKEOUT, "type").toLowerCase(Locale.ROOT) : kind(entry);
      switch (kind) {
        case "post" -> post(entry, takeout, cx).ifPresent(out::add);
        case "page" -> page(entry, takeout, cx).ifPresent(out::add);
        case "comment" -> comments.add(entry);
        case "settings" ->
            settings.put(
                afterLast(entry.text(ATOM, "id"), ".settings."), entry.text(ATOM, "content"));
        default -> out.skip(kind.isEmpty() ? "entries of no kind" : kind + " entries");
      }
    }
    for (XmlNode c : comments) {
      new BloggerComments(cx).read(c, takeout).ifPresent(out.comments::add);
    }
    out.settings = settings(feed, settings, request);
    return out.build();
  }

  /** What one run shares. */
  record Context(String file, ImportRequest request, HtmlBodies bodies, ResultBuilder out) {
    ZoneId zone() {
      return request.zone();
    }
  }

  private static String kind(XmlNode entry) {
    for (XmlNode c : entry.all(ATOM, "category")) {
      if (c.attr("scheme").equals(KIND) && c.attr("term").startsWith(KIND_PREFIX)) {
        return c.attr("term").substring(KIND_PREFIX.length());
      }
    }
    return "";
  }

  /** The part of a Blogger id after {@code .post-}, {@code .page-}: the entry's own number. */
  static String sourceId(String atomId) {
    int dash = atomId.lastIndexOf('-');
    return dash >= 0 ? atomId.substring(dash + 1).strip() : atomId.strip();
  }

  private static String afterLast(String text, String marker) {
    int at = text.lastIndexOf(marker);
    return at < 0 ? text : text.substring(at + marker.length());
  }

  private Optional<ImportedPost> post(XmlNode e, boolean takeout, Context cx) {
    String where = e.at(cx.file());
    String status = takeout ? e.text(TAKEOUT, "status") : "";
    if (takeout
        && !status.equals("LIVE")
        && !status.equals("DRAFT")
        && !status.equals("SCHEDULED")) {
      cx.out().skip("deleted posts");
      return Optional.empty();
    }
    boolean draft = takeout ? status.equals("DRAFT") : isClassicDraft(e);
    Optional<ZonedDateTime> date = date(e, "published", cx);
    if (date.isEmpty()) {
      throw new SiteException(
          Problem.at(cx.file(), e.line(), e.column(), "the post has no valid <published> date"));
    }
    ZonedDateTime updated =
        date(e, "updated", cx).filter(u -> u.isAfter(date.get())).orElse(date.get());
    String title = title(e);
    Optional<String> oldPath = oldPath(e, takeout);
    String id = sourceId(e.text(ATOM, "id"));
    String slug = Texts.slug(oldPath.map(Texts::baseName).orElse(""), title, "post-" + id);
    List<String> tags = new ArrayList<>();
    for (XmlNode c : e.all(ATOM, "category")) {
      if (takeout || c.attr("scheme").equals(LABEL)) {
        tags.add(c.attr("term").strip());
      }
    }
    String body = cx.bodies().body(e.text(ATOM, "content"));
    return Optional.of(
        new ImportedPost(
            id,
            slug,
            title.isEmpty() ? slug : title,
            date.get(),
            updated,
            e.child(ATOM, "author").map(a -> a.text(ATOM, "name")).orElse(""),
            tags.stream().filter(t -> !t.isEmpty()).distinct().toList(),
            draft,
            "",
            "",
            oldPath.stream().toList(),
            body,
            where));
  }

  private Optional<ImportedPage> page(XmlNode e, boolean takeout, Context cx) {
    String status = takeout ? e.text(TAKEOUT, "status") : "";
    if (takeout && !status.equals("LIVE") && !status.equals("DRAFT")) {
      cx.out().skip("deleted pages");
      return Optional.empty();
    }
    String title = title(e);
    Optional<String> oldPath = oldPath(e, takeout);
    String id = sourceId(e.text(ATOM, "id"));
    String slug = Texts.slug(oldPath.map(Texts::baseName).orElse(""), title, "page-" + id);
    return Optional.of(
        new ImportedPage(
            id,
            slug,
            title.isEmpty() ? slug : title,
            takeout ? status.equals("DRAFT") : isClassicDraft(e),
            oldPath.stream().toList(),
            cx.bodies().body(e.text(ATOM, "content")),
            e.at(cx.file())));
  }

  private static boolean isClassicDraft(XmlNode e) {
    return e.child(APP, "control").map(c -> c.text(APP, "draft").equals("yes")).orElse(false);
  }

  static String title(XmlNode e) {
    Optional<XmlNode> t = e.child(ATOM, "title");
    return t.map(n -> Texts.title(n.text(), n.attr("type").equals("html"))).orElse("");
  }

  /** Dates: the classic export keeps the blog's offset; Takeout gives UTC, placed in the zone. */
  static Optional<ZonedDateTime> date(XmlNode e, String name, Context cx) {
    String text = e.text(ATOM, name);
    Optional<ZonedDateTime> d = Texts.localDate(text, cx.zone());
    if (d.isEmpty() && !text.isEmpty()) {
      cx.out().warn(e.at(cx.file()), "'" + text + "' in <" + name + "> is not a date");
    }
    return d;
  }

  private static Optional<String> oldPath(XmlNode e, boolean takeout) {
    if (takeout) {
      String f = e.text(TAKEOUT, "filename");
      return f.startsWith("/") ? Optional.of(f) : Optional.empty();
    }
    for (XmlNode l : e.all(ATOM, "link")) {
      if (l.attr("rel").equals("alternate")) {
        return Texts.path(l.attr("href"));
      }
    }
    return Optional.empty();
  }

  private static SiteSettings settings(XmlNode feed, Map<String, String> s, ImportRequest request) {
    String locale = s.getOrDefault("BLOG_LOCALE", "").replace('_', '-');
    String zone = s.getOrDefault("BLOG_TIME_ZONE", "");
    if (request.zoneGiven()) {
      zone = request.zone().getId();
    }
    String title = s.getOrDefault("BLOG_NAME", "");
    if (title.isEmpty()) {
      title = feed.child(ATOM, "title").map(t -> Texts.title(t.text(), false)).orElse("");
    }
    return new SiteSettings(
        title,
        s.getOrDefault("BLOG_DESCRIPTION", ""),
        "",
        locale.equals("in") ? "id" : locale,
        zone,
        "",
        "");
  }

  /** A comment's status word in Takeout; removed comments are skipped by the caller. */
  static Optional<CommentStatus> takeoutStatus(String word) {
    return switch (word) {
      case "LIVE", "" -> Optional.of(CommentStatus.APPROVED);
      case "PENDING" -> Optional.of(CommentStatus.PENDING);
      case "SPAM", "SPAM_COMMENT" -> Optional.of(CommentStatus.SPAM);
      default -> Optional.empty();
    };
  }
}
