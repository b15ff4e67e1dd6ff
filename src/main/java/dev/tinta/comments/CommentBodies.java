package dev.tinta.comments;

/**
 * Renders one reader comment body exactly as the site build renders it in a post's thread: the
 * strict Markdown renderer, then the allow-list cleaner. For previews (the intake server) and
 * moderation pages. Thread-safe.
 */
public final class CommentBodies {
  private final BodyRenderer renderer = new BodyRenderer();

  /**
   * The safe HTML of a Markdown body, normalized as a stored body is ({@link
   * NewComment#normalizedBody}).
   */
  public String html(String markdown) {
    return renderer.render(NewComment.normalizedBody(markdown)).html();
  }
}
