package dev.tinta.importer;

import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * WordPress eXtended RSS (WXR, any version): posts and pages by {@code wp:status} (publish, future:
 * published; draft, pending, private: drafts; trash: skipped), categories and tags as tags,
 * comments with {@code comment_parent} ({@code comment_approved} 1: approved, 0: pending, spam:
 * spam, trash: rejected), pingbacks and trackbacks skipped and counted, the old permalinks as
 * aliases.
 */
final class WordPressImporter implements Importer {
  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final DateTimeFormatter WP_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Override
  public ImportResult read(ImportRequest request) {
    String file = request.inputName();
    XmlNode rss = XmlReader.read(request.input(), file);
    Optional<XmlNode> channel = rss.child("", "channel");
    String wp = wpNamespace(rss);
    if (!rss.name().equals("rss") || channel.isEmpty() || wp.isEmpty()) {
      throw new SiteException(
          Problem.at(
                  file,
                  rss.line(),
                  rss.column(),
                  "not a WordPress export (WXR): <" + rss.name() + ">")
              .withHint("export with WordPress's Tools > Export, All content"));
    }
    XmlNode ch = channel.get();
    ResultBuilder out = new ResultBuilder();
    HtmlBodies bodies = new HtmlBodies(request.markdown());
    Map<String, String> authors = new HashMap<>();
    for (XmlNode a : ch.all(wp, "author")) {
      String display = a.text(wp, "author_display_name");
      authors.put(
          a.text(wp, "author_login"), display.isEmpty() ? a.text(wp, "author_login") : display);
    }
    for (XmlNode item : ch.all("", "item")) {
      String type = item.text(wp, "post_type");
      String status = item.text(wp, "status");
      if (!type.equals("post") && !type.equals("page")) {
        out.skip(type.isEmpty() ? "items of no type" : type + " items");
        continue;
      }
      if (status.equals("trash") || status.equals("auto-draft") || status.equals("inherit")) {
        out.skip("trashed " + type + "s");
        continue;
      }
      boolean draft = !status.equals("publish") && !status.equals("future");
      if (status.equals("private")) {
        out.warn(item.at(file), "private " + type + " imported as a draft");
      }
      String id = item.text(wp, "post_id");
      String title = Texts.title(item.text("", "title"), false);
      Optional<String> oldPath = Texts.path(item.text("", "link")).filter(p -> !draft);
      String slug = Texts.slug(item.text(wp, "post_name"), title, type + "-" + id);
      String body = bodies.body(Autop.of(item.text(CONTENT, "encoded")));
      if (type.equals("page")) {
        out.add(
            new ImportedPage(
                id,
                slug,
                title.isEmpty() ? slug : title,
                draft,
                oldPath.stream().toList(),
                body,
                item.at(file)));
        continue;
      }
      ZonedDateTime date =
          date(item.text(wp, "post_date"), item.text(wp, "post_date_gmt"), request)
              .orElseThrow(
                  () ->
                      new SiteException(
                          Problem.at(
                              file,
                              item.line(),
                              item.column(),
                              "the post has no valid wp:post_date")));
      List<String> tags = new ArrayList<>();
      for (XmlNode c : item.all("", "category")) {
        if (c.attr("domain").equals("category") || c.attr("domain").equals("post_tag")) {
          String t = Texts.title(c.text(), false);
          if (!t.isEmpty() && !t.equalsIgnoreCase("Uncategorized")) {
            tags.add(t);
          }
        }
      }
      String creator = item.text(DC, "creator");
      String excerpt = Texts.title(excerpt(item), true);
      out.add(
          new ImportedPost(
              id,
              slug,
              title.isEmpty() ? slug : title,
              date,
              date,
              authors.getOrDefault(creator, creator),
              tags.stream().distinct().toList(),
              draft,
              excerpt,
              "",
              oldPath.stream().toList(),
              body,
              item.at(file)));
      for (XmlNode c : item.all(wp, "comment")) {
        comment(c, id, wp, file, request, bodies, out);
      }
    }
    out.settings =
        new SiteSettings(
            Texts.title(ch.text("", "title"), false),
            Texts.title(ch.text("", "description"), false),
            baseUrl(ch.text("", "link")),
            ch.text("", "language"),
            "",
            "",
            "");
    return out.build();
  }

  private static String excerpt(XmlNode item) {
    for (XmlNode c : item.children()) {
      if (c.name().equals("encoded") && c.namespace().endsWith("/excerpt/")) {
        return c.text();
      }
    }
    return "";
  }

  /** The namespace of the {@code wp:} elements: {@code http://wordpress.org/export/1.x/}. */
  private static String wpNamespace(XmlNode rss) {
    for (XmlNode ch : rss.children()) {
      for (XmlNode n : ch.children()) {
        for (XmlNode m : n.children()) {
          if (m.namespace().startsWith("http://wordpress.org/export/")
              && !m.namespace().endsWith("/excerpt/")) {
            return m.namespace();
          }
        }
        if (n.namespace().startsWith("http://wordpress.org/export/")
            && !n.namespace().endsWith("/excerpt/")) {
          return n.namespace();
        }
      }
    }
    return "";
  }

  static String baseUrl(String link) {
    String l = link.strip();
    if (!l.matches("https?://[^\\s]+")) {
      return "";
    }
    return l.endsWith("/") ? l : l + "/";
  }

  private void comment(
      XmlNode c,
      String postId,
      String wp,
      String file,
      ImportRequest request,
      HtmlBodies bodies,
      ResultBuilder out) {
    String type = c.text(wp, "comment_type");
    if (type.equals("pingback") || type.equals("trackback")) {
      out.skip("pingbacks and trackbacks");
      return;
    }
    CommentStatus status;
    switch (c.text(wp, "comment_approved")) {
      case "1" -> status = CommentStatus.APPROVED;
      case "0" -> status = CommentStatus.PENDING;
      case "spam" -> status = CommentStatus.SPAM;
      case "trash", "post-trashed" -> status = CommentStatus.REJECTED;
      default -> {
        out.warn(
            c.at(file),
            "unknown comment_approved '"
                + c.text(wp, "comment_approved")
                + "'; imported as pending");
        status = CommentStatus.PENDING;
      }
    }
    Optional<ZonedDateTime> date =
        date(c.text(wp, "comment_date"), c.text(wp, "comment_date_gmt"), request);
    String body = bodies.comment(Autop.of(c.text(wp, "comment_content")));
    if (date.isEmpty() || body.isBlank()) {
      out.warn(c.at(file), "comment without a date or text; left out");
      out.skip("empty comments");
      return;
    }
    String parent = c.text(wp, "comment_parent");
    String url = c.text(wp, "comment_author_url");
    String author = Texts.title(c.text(wp, "comment_author"), false);
    out.comments.add(
        new ImportedComment(
            postId,
            "wp" + c.text(wp, "comment_id"),
            parent.isEmpty() || parent.equals("0") ? "" : "wp" + parent,
            author.isEmpty() ? "Anonymous" : author,
            url.startsWith("http://") || url.startsWith("https://") ? url : "",
            date.get().toOffsetDateTime(),
            status,
            body + "\n"));
  }

  /** A WordPress date: local time and GMT give the offset; without GMT, the zone decides. */
  private static Optional<ZonedDateTime> date(String local, String gmt, ImportRequest request) {
    try {
      LocalDateTime l = LocalDateTime.parse(local.strip(), WP_DATE);
      if (!gmt.isBlank() && !gmt.startsWith("0000")) {
        LocalDateTime g = LocalDateTime.parse(gmt.strip(), WP_DATE);
        int seconds = (int) java.time.Duration.between(g, l).getSeconds();
        if (Math.abs(seconds) <= 18 * 3600) {
          return Optional.of(l.atOffset(ZoneOffset.ofTotalSeconds(seconds)).toZonedDateTime());
        }
      }
      return Optional.of(l.atZone(request.zone()));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
