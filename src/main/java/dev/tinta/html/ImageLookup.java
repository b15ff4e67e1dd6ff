package dev.tinta.html;

import dev.tinta.model.SizedImage;
import java.util.Objects;

/** What the build found for an image a body shows. */
public sealed interface ImageLookup
    permits ImageLookup.Found, ImageLookup.Missing, ImageLookup.Unreadable, ImageLookup.Unchecked {

  /** A published file, sized where its format allows. */
  record Found(SizedImage image) implements ImageLookup {
    public Found {
      Objects.requireNonNull(image);
    }
  }

  /**
   * No file is published at that place.
   *
   * @param hint where the build looked, or where images belong
   */
  record Missing(String hint) implements ImageLookup {
    public Missing {
      Objects.requireNonNull(hint);
    }
  }

  /**
   * A file that is not an image the build can use.
   *
   * @param file the file, relative to the site
   * @param message what is wrong, following the file's name ({@code "is a damaged JPEG file: …"})
   */
  record Unreadable(String file, String message, String hint) implements ImageLookup {
    public Unreadable {
      Objects.requireNonNull(file);
      Objects.requireNonNull(message);
      Objects.requireNonNull(hint);
    }
  }

  /** Images are not looked up (no resolver): the element is left as written. */
  record Unchecked() implements ImageLookup {}
}
