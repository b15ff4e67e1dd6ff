package dev.tinta.model;

import java.util.List;
import java.util.Objects;

/**
 * A local image as a body shows it: where the file is published, its size, and the resized copies
 * its {@code srcset} lists.
 *
 * @param path the original's site path ({@code /2010/10/kopi/kopi.jpg})
 * @param width as displayed, in pixels; 0 when the build does not know the size
 * @param height as displayed, in pixels; 0 when unknown
 * @param candidates the files {@code srcset} lists, narrowest first, the last one also being the
 *     {@code src}: the variants, and the original when it is not wider than the widest variant;
 *     empty when the image has no variants
 */
public record SizedImage(String path, int width, int height, List<Candidate> candidates) {
  public SizedImage {
    Objects.requireNonNull(path);
    candidates = List.copyOf(candidates);
  }

  /**
   * One file of a {@code srcset}.
   *
   * @param path its site path
   */
  public record Candidate(String path, int width, int height) {
    public Candidate {
      Objects.requireNonNull(path);
    }
  }
}
