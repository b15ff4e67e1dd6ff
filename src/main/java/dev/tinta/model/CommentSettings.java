package dev.tinta.model;

/**
 * Limits on reader comments, all untrusted input.
 *
 * @param maxBodyLength characters of Markdown in one comment body
 * @param maxAuthorLength characters in an author name
 * @param maxDepth how deep replies nest before they are shown at the deepest level
 */
public record CommentSettings(int maxBodyLength, int maxAuthorLength, int maxDepth) {
  public CommentSettings {
    if (maxBodyLength < 1 || maxAuthorLength < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("comment limits must be positive");
    }
  }

  public static CommentSettings defaults() {
    return new CommentSettings(10_000, 100, 5);
  }
}
