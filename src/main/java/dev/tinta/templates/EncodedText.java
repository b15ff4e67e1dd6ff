package dev.tinta.templates;

import java.nio.charset.StandardCharsets;

/**
 * A text many pages print, such as the sidebar, with its UTF-8 bytes made once: a page rendered
 * with it copies the bytes where its template prints that very string (the same instance, as the
 * model hands it over) instead of encoding it again. Callers must not change the array.
 */
public final class EncodedText {
  private final String text;
  private final byte[] utf8;

  private EncodedText(String text) {
    this.text = text;
    // a text ending in half a surrogate pair may pair with what follows it: encoded in place then
    this.utf8 =
        text.isEmpty() || !Character.isHighSurrogate(text.charAt(text.length() - 1))
            ? text.getBytes(StandardCharsets.UTF_8)
            : null;
  }

  public static EncodedText of(String text) {
    return new EncodedText(text);
  }

  /** The text: the instance to put in the model. */
  public String text() {
    return text;
  }

  /** The bytes, or null when they must be encoded where the text is written. */
  byte[] utf8() {
    return utf8;
  }
}
