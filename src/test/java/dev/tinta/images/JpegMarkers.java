package dev.tinta.images;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The marker segments of a JPEG file up to its first scan, named, for tests. */
final class JpegMarkers {
  private JpegMarkers() {}

  static List<String> of(byte[] jpeg) {
    List<String> out = new ArrayList<>();
    out.add("SOI");
    int i = 2;
    while (i + 4 <= jpeg.length) {
      int marker = jpeg[i + 1] & 0xff;
      int length = (jpeg[i + 2] & 0xff) << 8 | (jpeg[i + 3] & 0xff);
      String name =
          switch (marker) {
            case 0xdb -> "DQT";
            case 0xc4 -> "DHT";
            case 0xc0 -> "SOF0";
            case 0xc2 -> "SOF2";
            case 0xda -> "SOS";
            case 0xfe -> "COM";
            default ->
                marker >= 0xe0 && marker <= 0xef
                    ? "APP" + (marker - 0xe0) + appName(jpeg, i + 4)
                    : String.format("0x%02x", marker);
          };
      out.add(name);
      if (marker == 0xda) {
        break;
      }
      i += 2 + length;
    }
    return out;
  }

  private static String appName(byte[] jpeg, int at) {
    int end = at;
    while (end < jpeg.length && end < at + 16 && jpeg[end] != 0) {
      end++;
    }
    return " " + new String(jpeg, at, end - at, StandardCharsets.ISO_8859_1);
  }
}
