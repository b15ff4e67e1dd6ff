package dev.tinta.images;

import java.util.Locale;
import java.util.Optional;

/** The image formats tinta knows, by file name and by their first bytes. */
public enum ImageFormat {
  /** Sized and resized. */
  JPEG("jpg"),
  /** Sized and resized. */
  PNG("png"),
  /** Sized from its header; animated, so never resized. */
  GIF("gif"),
  /** Sized from its header; not resized (ImageIO has no WebP codec). */
  WEBP("webp"),
  /** Sized from its root element's {@code width}, {@code height} and {@code viewBox}. */
  SVG("svg");

  private final String extension;

  ImageFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension variants of this format get, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether tinta makes resized copies of images in this format. */
  public boolean resizable() {
    return this == JPEG || this == PNG;
  }

  /** The format a file name says, by its extension; empty for any other file. */
  public static Optional<ImageFormat> byName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "jpg", "jpeg", "jpe", "jfif" -> Optional.of(JPEG);
      case "png" -> Optional.of(PNG);
      case "gif" -> Optional.of(GIF);
      case "webp" -> Optional.of(WEBP);
      case "svg" -> Optional.of(SVG);
      default -> Optional.empty();
    };
  }

  /** The binary format the first bytes of a file show; empty when they show none of them. */
  static Optional<ImageFormat> sniff(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return Optional.of(JPEG);
    }
    if (startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
      return Optional.of(PNG);
    }
    if (startsWith(b, 0, "GIF87a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        || startsWith(b, 0, "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
      return Optional.of(GIF);
    }
    if (startsWith(b, 0, "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        && startsWith(b, 8, "WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    if (b.length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
