package dev.tinta.comments;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import java.time.chrono.ChronoZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comments of one post, indexed for publishing: which are visible (approved, and every ancestor
 * approved) and, among those, the replies of each comment oldest first.
 */
final class PostComments {
  /** Display order among siblings: oldest first, ties by id. */
  static final Comparator<Comment> OLDEST_FIRST =
      Comparator.comparing(Comment::date, ChronoZonedDateTime.timeLineOrder())
          .thenComparing(Comment::id);

  private final String slug;
  private final List<Comment> all;
  private final List<Comment> visible;
  private final List<Comment> roots;
  private final Map<String, List<Comment>> replies;

  private PostComments(
      String slug,
      List<Comment> all,
      List<Comment> visible,
      List<Comment> roots,
      Map<String, List<Comment>> replies) {
    this.slug = slug;
    this.all = all;
    this.visible = visible;
    this.roots = roots;
    this.replies = replies;
  }

  /** Indexes a valid file's comments (parents exist, no loops), in linear time plus sorting. */
  static PostComments of(String slug, List<Comment> comments) {
    Map<String, Comment> byId = new HashMap<>();
    comments.forEach(c -> byId.put(c.id(), c));
    Map<String, Boolean> shown = new HashMap<>();
    List<Comment> visible = new ArrayList<>();
    List<Comment> roots = new ArrayList<>();
    Map<String, List<Comment>> replies = new HashMap<>();
    for (Comment c : comments) {
      if (isShown(c, byId, shown)) {
        visible.add(c);
        if (c.parent().isEmpty()) {
          roots.add(c);
        } else {
          replies.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
        }
      }
    }
    roots.sort(OLDEST_FIRST);
    replies.values().forEach(list -> list.sort(OLDEST_FIRST));
    replies.replaceAll((k, list) -> List.copyOf(list));
    return new PostComments(
        slug, List.copyOf(comments), List.copyOf(visible), List.copyOf(roots), Map.copyOf(replies));
  }

  /** Memoized walk up the parent chain, so the whole file costs linear time. */
  private static boolean isShown(
      Comment comment, Map<String, Comment> byId, Map<String, Boolean> shown) {
    Deque<Comment> chain = new ArrayDeque<>();
    Comment c = comment;
    Boolean known = null;
    while (c != null && known == null && chain.size() <= byId.size()) {
      known = shown.get(c.id());
      if (known == null) {
        chain.push(c);
        c = c.parent().isEmpty() ? null : byId.get(c.parent());
      }
    }
    // a chain that ends at a top-level comment starts visible; one cut off by the guard does not
    boolean visible = known != null ? known : c == null;
    while (!chain.isEmpty()) {
      Comment link = chain.pop();
      visible = visible && link.status() == CommentStatus.APPROVED;
      shown.put(link.id(), visible);
    }
    return shown.get(comment.id());
  }

  String slug() {
    return slug;
  }

  /** Every comment of the file, in file order. */
  List<Comment> all() {
    return all;
  }

  /** Comments that are published, in file order. */
  List<Comment> visible() {
    return visible;
  }

  /** Published top-level comments, oldest first. */
  List<Comment> roots() {
    return roots;
  }

  /** Published replies to a comment, oldest first. */
  List<Comment> replies(String id) {
    return replies.getOrDefault(id, List.of());
  }

  /** The given comments and all their published descendants, oldest first. */
  List<Comment> withDescendants(List<Comment> comments) {
    List<Comment> out = new ArrayList<>();
    Deque<Comment> todo = new ArrayDeque<>(comments);
    while (!todo.isEmpty()) {
      Comment c = todo.pop();
      out.add(c);
      replies(c.id()).forEach(todo::push);
    }
    out.sort(OLDEST_FIRST);
    return out;
  }
}
