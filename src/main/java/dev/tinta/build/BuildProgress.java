package dev.tinta.build;

/**
 * Hears how far a build is, for a progress bar. Called from many threads at once, often (once a
 * page): implementations must be thread-safe and cheap.
 */
@FunctionalInterface
public interface BuildProgress {
  /** Nobody listens. */
  BuildProgress NONE = (stage, done, total) -> {};

  /**
   * @param stage what is being done, such as "rendering"
   * @param done units finished so far in this stage
   * @param total units in this stage
   */
  void advance(String stage, int done, int total);
}
