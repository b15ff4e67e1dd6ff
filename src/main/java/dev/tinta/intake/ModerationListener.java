package dev.tinta.intake;

/**
 * Told after a moderation change is on disk (a comment approved, marked as spam, rejected, deleted,
 * edited, or the owner's reply added), by whichever route made it: the moderation pages, a signed
 * link from a notification mail. Publishing rebuilds the site on it.
 */
@FunctionalInterface
public interface ModerationListener {
  /** A listener that does nothing: the server without {@code --publish}. */
  ModerationListener NONE = () -> {};

  /**
   * A comments file was changed by moderation. Called on the request's thread after the write:
   * returns at once (the work it starts runs elsewhere) and never throws.
   */
  void changed();
}
