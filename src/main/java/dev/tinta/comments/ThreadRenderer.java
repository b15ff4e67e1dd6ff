package dev.tinta.comments;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentThread;
import dev.tinta.model.RenderedComment;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the published thread of one post: replies nested under their parents, numbered in
 * depth-first display order, bodies rendered safely. Cost is linear in the post's comments (plus
 * sorting).
 *
 * <p>Depth runs from 0 (top level) to {@code levels - 1}; a reply that would sit deeper is shown at
 * the deepest level, beside the other replies there, oldest first. With {@code levels == 1} the
 * thread is flat.
 */
final class ThreadRenderer {
  /** Nesting deeper than this is unreadable in HTML; it also bounds the recursion. */
  static final int MAX_LEVELS = 32;

  private final BodyRenderer bodies;
  private final int levels;

  ThreadRenderer(BodyRenderer bodies, int maxDepth) {
    this.bodies = bodies;
    this.levels = Math.min(maxDepth, MAX_LEVELS);
  }

  CommentThread render(PostComments post) {
    int[] counter = {0};
    List<RenderedComment> top = level(post, post.roots(), 0, counter);
    return new CommentThread(post.slug(), top, counter[0]);
  }

  private List<RenderedComment> level(
      PostComments post, List<Comment> items, int depth, int[] counter) {
    List<RenderedComment> out = new ArrayList<>(items.size());
    if (depth >= levels - 1) {
      for (Comment c : post.withDescendants(items)) {
        out.add(rendered(c, ++counter[0], depth, List.of()));
      }
      return out;
    }
    for (Comment c : items) {
      int number = ++counter[0];
      out.add(rendered(c, number, depth, level(post, post.replies(c.id()), depth + 1, counter)));
    }
    return out;
  }

  private RenderedComment rendered(
      Comment c, int number, int depth, List<RenderedComment> replies) {
    return new RenderedComment(
        c.id(),
        number,
        c.author(),
        UntrustedText.httpUrl(c.url()),
        c.date(),
        bodies.render(c.body()).html(),
        depth,
        replies,
        c.owner());
  }
}
