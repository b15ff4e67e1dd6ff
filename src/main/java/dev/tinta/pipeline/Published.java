package dev.tinta.pipeline;

import dev.tinta.model.Content;
import dev.tinta.model.Page;
import dev.tinta.model.Post;
import java.time.Instant;
import java.util.List;

/**
 * Stage 3: the posts and pages this build publishes: drafts only with {@code --drafts}, posts dated
 * after now only with {@code --future}.
 *
 * @param posts newest first
 * @param pages by slug
 */
record Published(List<Post> posts, List<Page> pages) {
  Published {
    posts = List.copyOf(posts);
    pages = List.copyOf(pages);
  }

  static Published select(Content content, BuildOptions options) {
    Instant now = options.clock().instant();
    return new Published(
        content.posts().stream()
            .filter(p -> options.drafts() || !p.draft())
            .filter(p -> options.future() || !p.date().toInstant().isAfter(now))
            .toList(),
        content.pages().stream().filter(p -> options.drafts() || !p.draft()).toList());
  }
}
