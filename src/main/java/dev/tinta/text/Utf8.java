package dev.tinta.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8: bytes that are not valid UTF-8 are refused, never replaced. */
public final class Utf8 {
  private Utf8() {}

  /** The text of {@code bytes}, or empty when they are not valid UTF-8. */
  public static Optional<String> decode(byte[] bytes) {
    // The fast decoder replaces bad bytes with U+FFFD; only a text holding one needs the strict
    // decoder's verdict (the bytes may encode a real U+FFFD).
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return Optional.of(fast);
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
