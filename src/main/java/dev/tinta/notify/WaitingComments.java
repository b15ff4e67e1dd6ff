package dev.tinta.notify;

import dev.tinta.comments.CommentRef;
import dev.tinta.model.Comment;
import dev.tinta.model.PostLink;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes the entries the mail, the queue feed and a link's page list: each comment with its post's
 * title and address, and a freshly signed link to its review page.
 */
final class WaitingComments {
  private final Function<String, Optional<PostLink>> posts;
  private final LinkTokens links;
  private final String base;

  /**
   * @param base the server's public address, ending in a slash ("/" when unknown)
   */
  WaitingComments(Function<String, Optional<PostLink>> posts, LinkTokens links, String base) {
    this.posts = posts;
    this.links = links;
    this.base = base;
  }

  Waiting of(Comment c) {
    Optional<PostLink> post = posts.apply(c.postSlug());
    return new Waiting(
        c,
        post.map(PostLink::title).orElse(c.postSlug()),
        post.map(PostLink::url).orElse(""),
        base + "admin/m/" + links.issue(new CommentRef(c.postSlug(), c.id())));
  }
}
