package dev.tinta.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an image's size from its header without decoding its pixels, and refuses an image too big
 * to decode safely before anything is decoded.
 */
final class HeaderReader {
  /**
   * The most pixels an image may have: 40 megapixels (8000 × 5000), about 160 MB while it is
   * decoded and resized. Phone and camera photos are 12 to 24 megapixels; bigger files are scans
   * and panoramas, which a blog shows at 1,600 pixels at most anyway.
   */
  static final long MAX_PIXELS = 40_000_000L;

  private HeaderReader() {}

  /**
   * The header of a JPEG, PNG, GIF or WebP file.
   *
   * @param named the format the file's name says, to report a file that is something else
   * @throws BadImageException when the bytes are not an image of a known format, the header is
   *     damaged, or the image has more than {@link #MAX_PIXELS} pixels
   */
  static ImageHeader read(ImageFormat named, byte[] bytes) throws BadImageException {
    ImageFormat actual =
        ImageFormat.sniff(bytes)
            .orElseThrow(
                () ->
                    new BadImageException(
                        "is not a " + name(named) + " file (its first bytes are not an image's)",
                        "open it in an image editor and save it again as " + name(named)));
    ImageHeader header =
        switch (actual) {
          case GIF -> gif(bytes);
          case WEBP -> webp(bytes);
          default -> imageIo(actual, bytes);
        };
    if (header.pixels() > MAX_PIXELS) {
      throw new BadImageException(
          String.format(
              Locale.ROOT,
              "is %d × %d pixels (%.1f megapixels), over tinta's limit of %d megapixels",
              header.width(),
              header.height(),
              header.pixels() / 1e6,
              MAX_PIXELS / 1_000_000),
          "scale it down to at most 4000 pixels wide before adding it; "
              + "tinta makes the smaller copies itself");
    }
    return header;
  }

  static String name(ImageFormat format) {
    return format == ImageFormat.JPEG ? "JPEG" : format.name();
  }

  private static ImageHeader imageIo(ImageFormat format, byte[] bytes) throws BadImageException {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = reader(format, in);
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        int orientation = format == ImageFormat.JPEG ? ExifOrientation.of(bytes) : 1;
        boolean sideways = orientation >= 5;
        return new ImageHeader(
            format, sideways ? height : width, sideways ? width : height, orientation);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      // ImageIO's decoders throw unchecked exceptions on some damaged headers
      throw damaged(format, e);
    }
  }

  static ImageReader reader(ImageFormat format, ImageInputStream in) throws BadImageException {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      throw new BadImageException(
          "cannot be read as " + name(format), "save it again as a plain " + name(format));
    }
    return readers.next();
  }

  static BadImageException damaged(ImageFormat format, Exception e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new BadImageException(
        "is a damaged " + name(format) + " file: " + reason,
        "open it in an image editor and save it again");
  }

  /** GIF: the logical screen's size, little-endian, after the 6-byte signature. */
  private static ImageHeader gif(byte[] b) throws BadImageException {
    if (b.length < 10) {
      throw new BadImageException("is a damaged GIF file: too short", "save it again");
    }
    return sized(ImageFormat.GIF, le16(b, 6), le16(b, 8));
  }

  /** WebP: the canvas size of the extended format, or the frame size of a simple one. */
  private static ImageHeader webp(byte[] b) throws BadImageException {
    if (b.length >= 30 && chunk(b, "VP8X")) {
      return sized(ImageFormat.WEBP, 1 + le24(b, 24), 1 + le24(b, 27));
    }
    if (b.length >= 30
        && chunk(b, "VP8 ")
        && (b[23] & 0xff) == 0x9d
        && (b[24] & 0xff) == 0x01
        && (b[25] & 0xff) == 0x2a) {
      return sized(ImageFormat.WEBP, le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
    }
    if (b.length >= 25 && chunk(b, "VP8L") && (b[20] & 0xff) == 0x2f) {
      int bits = le16(b, 21) | (le16(b, 23) << 16);
      return sized(ImageFormat.WEBP, 1 + (bits & 0x3fff), 1 + ((bits >>> 14) & 0x3fff));
    }
    throw new BadImageException("is a damaged WebP file: no VP8 header", "save it again");
  }

  private static ImageHeader sized(ImageFormat format, int width, int height)
      throws BadImageException {
    if (width <= 0 || height <= 0) {
      throw new BadImageException(
          "is a damaged " + name(format) + " file: its size is " + width + " × " + height,
          "save it again");
    }
    return new ImageHeader(format, width, height, 1);
  }

  private static boolean chunk(byte[] b, String fourCc) {
    for (int i = 0; i < 4; i++) {
      if (b[12 + i] != fourCc.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int le16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static int le24(byte[] b, int at) {
    return le16(b, at) | (b[at + 2] & 0xff) << 16;
  }
}
