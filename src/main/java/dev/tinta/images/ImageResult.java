package dev.tinta.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What the build knows of one image file: its size and variants, or why it cannot use it. */
public sealed interface ImageResult
    permits ImageResult.Sized, ImageResult.Unsized, ImageResult.Unreadable {

  /**
   * An image of known size.
   *
   * @param width as displayed (after its EXIF orientation), in pixels
   * @param height as displayed, in pixels
   * @param variants smaller copies, narrowest first; empty for GIF, WebP and SVG, and for an image
   *     no wider than the narrowest variant width
   */
  record Sized(ImageFormat format, int width, int height, List<Variant> variants)
      implements ImageResult {
    public Sized {
      Objects.requireNonNull(format);
      variants = List.copyOf(variants);
    }
  }

  /** A file tinta does not size: another format, or an SVG that gives no size in pixels. */
  record Unsized() implements ImageResult {}

  /**
   * An image tinta cannot use.
   *
   * @param message what is wrong, to follow the image's name ({@code "is a damaged JPEG file: …"})
   * @param hint how to fix it
   */
  record Unreadable(String message, String hint) implements ImageResult {
    public Unreadable {
      Objects.requireNonNull(message);
      Objects.requireNonNull(hint);
    }
  }

  /**
   * One resized copy.
   *
   * @param suffix what replaces the extension of the original's file name to name this copy: the
   *     width and the first characters of the content hash ({@code -480w-1f0c3a9b2e.jpg})
   * @param file the copy in the cache, to be published
   */
  record Variant(int width, int height, String suffix, Path file) {
    public Variant {
      Objects.requireNonNull(suffix);
      Objects.requireNonNull(file);
    }

    /** The name of this copy of the file named {@code original}: {@code photo-480w-….jpg}. */
    public String nameFor(String original) {
      int dot = original.lastIndexOf('.');
      return (dot <= 0 ? original : original.substring(0, dot)) + suffix;
    }
  }
}
