package dev.tinta.serve;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a served file, by its extension. Text types carry {@code ;
 * charset=utf-8}, because tinta writes every text file as UTF-8.
 */
final class ContentTypes {
  /** The type of every HTML page, the one the live-reload script goes into. */
  static final String HTML = "text/html; charset=utf-8";

  private static final String TEXT = "; charset=utf-8";
  private static final String BINARY = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("html", HTML),
          Map.entry("htm", HTML),
          Map.entry("css", "text/css" + TEXT),
          Map.entry("js", "text/javascript" + TEXT),
          Map.entry("mjs", "text/javascript" + TEXT),
          Map.entry("xml", "application/xml" + TEXT),
          Map.entry("xsl", "application/xml" + TEXT),
          Map.entry("json", "application/json" + TEXT),
          Map.entry("map", "application/json" + TEXT),
          Map.entry("webmanifest", "application/manifest+json" + TEXT),
          Map.entry("txt", "text/plain" + TEXT),
          Map.entry("md", "text/markdown" + TEXT),
          Map.entry("csv", "text/csv" + TEXT),
          Map.entry("svg", "image/svg+xml" + TEXT),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("avif", "image/avif"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("otf", "font/otf"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("zip", "application/zip"),
          Map.entry("wasm", "application/wasm"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("ogg", "audio/ogg"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"));

  private ContentTypes() {}

  /** The type for {@code file}; {@code application/octet-stream} when the extension is unknown. */
  static String of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return BINARY;
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    if (dot < 0) {
      return BINARY;
    }
    return BY_EXTENSION.getOrDefault(s.substring(dot + 1).toLowerCase(Locale.ROOT), BINARY);
  }

  /** Whether responses of {@code type} are HTML pages. */
  static boolean isHtml(String type) {
    return type.startsWith("text/html");
  }
}
