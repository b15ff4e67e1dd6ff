package dev.tinta.html;

import java.util.List;

/** Finds the local images a body shows, with their sizes and resized copies. Thread-safe. */
public interface ImageResolver {
  /** Looks nothing up: image elements keep what the author wrote. */
  ImageResolver NONE =
      new ImageResolver() {
        @Override
        public ImageLookup atSitePath(String sitePath) {
          return new ImageLookup.Unchecked();
        }

        @Override
        public ImageLookup atSource(String sourcePath) {
          return new ImageLookup.Unchecked();
        }
      };

  /** The image published at a site path, such as {@code /img/map.png}. */
  ImageLookup atSitePath(String sitePath);

  /**
   * The image published from a file of the site folder, such as {@code
   * content/posts/kopi/kopi.jpg}: a relative {@code src} is relative to the Markdown file, as an
   * editor's preview shows it.
   */
  ImageLookup atSource(String sourcePath);

  /**
   * Starts reading the images at these places, perhaps side by side; the lookups that follow then
   * find them read. By default it does nothing.
   *
   * @param sitePaths as {@link #atSitePath} takes them
   * @param sourcePaths as {@link #atSource} takes them
   */
  default void prepare(List<String> sitePaths, List<String> sourcePaths) {}
}
