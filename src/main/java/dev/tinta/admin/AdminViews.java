package dev.tinta.admin;

import dev.tinta.comments.CommentBodies;
import dev.tinta.comments.CommentModerator;
import dev.tinta.intake.PostInfo;
import dev.tinta.intake.ServerParts;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the comments for the moderation pages: one view per status, newest first, each comment with
 * its post's title and link, its body rendered by the site's own sanitizer, and how many comments
 * came from the same network.
 */
final class AdminViews {
  /** The views in the order of their tabs. */
  static final List<CommentStatus> ORDER =
      List.of(
          CommentStatus.PENDING,
          CommentStatus.APPROVED,
          CommentStatus.SPAM,
          CommentStatus.REJECTED);

  /** Newest first; comments of the same second, later in their file first. */
  private static final Comparator<Comment> NEWEST_FIRST =
      Comparator.comparing((Comment c) -> c.date().toInstant())
          .reversed()
          .thenComparing(Comment::postSlug)
          .thenComparing(Comparator.comparingInt(Comment::line).reversed());

  /** What one page shows. */
  record View(List<AdminTab> tabs, List<AdminComment> comments) {}

  private final CommentModerator moderator;
  private final ServerParts.PostLookup posts;
  private final CommentBodies bodies = new CommentBodies();
  private final String admin;

  AdminViews(CommentModerator moderator, ServerParts.PostLookup posts, String admin) {
    this.moderator = moderator;
    this.posts = posts;
    this.admin = admin;
  }

  /**
   * The comments of one status, newest first, and the tabs with each status's count.
   *
   * @throws dev.tinta.problem.SiteException when a comments file has problems
   */
  View of(CommentStatus status) {
    List<Comment> all = moderator.all();
    Map<String, Integer> byNetwork = networks(all);
    Map<CommentStatus, Integer> counts = new EnumMap<>(CommentStatus.class);
    for (Comment c : all) {
      counts.merge(c.status(), 1, Integer::sum);
    }
    List<AdminTab> tabs = new ArrayList<>();
    for (CommentStatus s : ORDER) {
      tabs.add(new AdminTab(s.word(), href(s), counts.getOrDefault(s, 0), s == status));
    }
    List<AdminComment> shown =
        all.stream()
            .filter(c -> c.status() == status)
            .sorted(NEWEST_FIRST)
            .map(c -> shown(c, byNetwork))
            .toList();
    return new View(tabs, shown);
  }

  /** One comment, any status. */
  Optional<AdminComment> one(String slug, String id) {
    List<Comment> all = moderator.all();
    Map<String, Integer> byNetwork = networks(all);
    return all.stream()
        .filter(c -> c.postSlug().equals(slug) && c.id().equals(id))
        .findFirst()
        .map(c -> shown(c, byNetwork));
  }

  /** The refs of every comment from a network that is not yet spam. */
  List<dev.tinta.comments.CommentRef> fromNetwork(String ipHash) {
    return moderator.all().stream()
        .filter(c -> c.ipHash().equals(ipHash) && c.status() != CommentStatus.SPAM)
        .map(c -> new dev.tinta.comments.CommentRef(c.postSlug(), c.id()))
        .toList();
  }

  String href(CommentStatus s) {
    return s == CommentStatus.PENDING ? admin : admin + "?status=" + s.word();
  }

  /** The path of a comment's page on the server. */
  String path(String slug, String id) {
    return admin + "/c/" + segment(slug) + "/" + segment(id);
  }

  private static Map<String, Integer> networks(List<Comment> all) {
    Map<String, Integer> out = new HashMap<>();
    for (Comment c : all) {
      if (!c.ipHash().isEmpty()) {
        out.merge(c.ipHash(), 1, Integer::sum);
      }
    }
    return out;
  }

  private AdminComment shown(Comment c, Map<String, Integer> byNetwork) {
    Optional<PostInfo> post = posts.find(c.postSlug());
    return new AdminComment(
        c.postSlug(),
        c.id(),
        path(c.postSlug(), c.id()),
        c.postSlug() + "/" + c.id(),
        post.map(PostInfo::title).orElse(c.postSlug()),
        post.map(PostInfo::url).orElse(""),
        c.author(),
        httpUrl(c.url()),
        c.date(),
        c.status().word(),
        bodies.html(c.body()),
        c.body(),
        c.ipHash(),
        c.ipHash().isEmpty() ? 0 : byNetwork.getOrDefault(c.ipHash(), 0),
        c.owner(),
        c.parent());
  }

  /** The author's link when it is http or https, else "": never a javascript: or data: URL. */
  static String httpUrl(String url) {
    try {
      java.net.URI u = new java.net.URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null
          ? u.toASCIIString()
          : "";
    } catch (java.net.URISyntaxException e) {
      return "";
    }
  }

  /** A path segment, percent-encoded as UTF-8. */
  static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
