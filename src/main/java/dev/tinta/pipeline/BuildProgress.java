package dev.tinta.pipeline;

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

  /**
   * A stage of the build has ended, such as "load" or "render"; stages follow one another, so the
   * time between two calls is the time of the second stage. Called from the building thread.
   */
  default void finished(String stage) {}

  /** Tells both {@code this} and {@code other}. */
  default BuildProgress and(BuildProgress other) {
    BuildProgress self = this;
    return new BuildProgress() {
      @Override
      public void advance(String stage, int done, int total) {
        self.advance(stage, done, total);
        other.advance(stage, done, total);
      }

      @Override
      public void finished(String stage) {
        self.finished(stage);
        other.finished(stage);
      }
    };
  }
}
