package dev.tinta.images;

/**
 * What an image file's header says.
 *
 * @param width as displayed: after the EXIF orientation, if it turns the image on its side
 * @param height as displayed
 * @param orientation the EXIF orientation, 1 to 8 (1: as stored)
 */
record ImageHeader(ImageFormat format, int width, int height, int orientation) {
  ImageHeader {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("no size: " + width + "x" + height);
    }
    if (orientation < 1 || orientation > 8) {
      throw new IllegalArgumentException("orientation " + orientation);
    }
  }

  long pixels() {
    return (long) width * height;
  }
}
