package dev.tinta.images;

/**
 * The EXIF orientation of a JPEG file (tag 0x0112 of its first image directory), read from the
 * bytes: ImageIO's metadata refuses files whose EXIF block comes before the JFIF one, which
 * browsers read as well as any other.
 */
final class ExifOrientation {
  private ExifOrientation() {}

  /** The orientation, 1 to 8; 1 (as stored) when the file has none or a damaged one. */
  static int of(byte[] jpeg) {
    int i = 2; // after SOI: segments of marker, length, data, up to the first scan
    while (i + 4 <= jpeg.length && u8(jpeg, i) == 0xff) {
      int marker = u8(jpeg, i + 1);
      int length = u16(jpeg, i + 2, true);
      if (marker == 0xda || length < 2) {
        return 1;
      }
      if (marker == 0xe1 && length >= 8 && i + 2 + length <= jpeg.length && exif(jpeg, i + 4)) {
        return tiff(jpeg, i + 10, i + 2 + length);
      }
      i += 2 + length;
    }
    return 1;
  }

  private static boolean exif(byte[] b, int at) {
    return b[at] == 'E'
        && b[at + 1] == 'x'
        && b[at + 2] == 'i'
        && b[at + 3] == 'f'
        && b[at + 4] == 0
        && b[at + 5] == 0;
  }

  /** Reads IFD0 of the TIFF structure in {@code b[start, end)}. */
  private static int tiff(byte[] b, int start, int end) {
    if (end - start < 8) {
      return 1;
    }
    boolean bigEndian = b[start] == 'M' && b[start + 1] == 'M';
    if (!bigEndian && !(b[start] == 'I' && b[start + 1] == 'I')) {
      return 1;
    }
    long ifd = start + u32(b, start + 4, bigEndian);
    if (ifd + 2 > end) {
      return 1;
    }
    int entries = u16(b, (int) ifd, bigEndian);
    for (int e = 0; e < entries; e++) {
      int at = (int) ifd + 2 + e * 12;
      if (at + 12 > end) {
        return 1;
      }
      if (u16(b, at, bigEndian) == 0x0112) {
        int value = u16(b, at + 8, bigEndian); // a SHORT sits at the start of the value field
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  private static int u8(byte[] b, int at) {
    return b[at] & 0xff;
  }

  private static int u16(byte[] b, int at, boolean bigEndian) {
    return bigEndian ? u8(b, at) << 8 | u8(b, at + 1) : u8(b, at + 1) << 8 | u8(b, at);
  }

  private static long u32(byte[] b, int at, boolean bigEndian) {
    long hi = u16(b, bigEndian ? at : at + 2, bigEndian);
    long lo = u16(b, bigEndian ? at + 2 : at, bigEndian);
    return hi << 16 | lo;
  }
}
