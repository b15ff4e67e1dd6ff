package dev.tinta.check;

import java.util.ArrayList;
import java.util.List;

/** Splits a {@code srcset} value into its URLs (HTML §4.8.4.3.10, "parse a srcset attribute"). */
final class Srcset {
  private Srcset() {}

  static List<String> urls(String value) {
    List<String> urls = new ArrayList<>();
    int i = 0;
    int n = value.length();
    while (i < n) {
      while (i < n && (isSpace(value.charAt(i)) || value.charAt(i) == ',')) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(value.charAt(i))) {
        i++;
      }
      String url = value.substring(start, i);
      if (url.endsWith(",")) {
        url = url.replaceAll(",+$", "");
      } else {
        i = skipDescriptors(value, i);
      }
      if (!url.isEmpty()) {
        urls.add(url);
      }
    }
    return urls;
  }

  /** Skips a candidate's descriptors up to and including the comma that ends it. */
  private static int skipDescriptors(String value, int from) {
    int depth = 0;
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth <= 0) {
        return i + 1;
      }
    }
    return value.length();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
