package dev.tinta.content;

import dev.tinta.problem.Problem;
import dev.tinta.text.Utf8;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding that reports the line and column of the first bad byte. */
final class SourceText {
  private SourceText() {}

  /** Decodes {@code bytes}; a leading BOM is dropped, line ends are normalized to {@code \n}. */
  static Optional<String> decode(String file, byte[] bytes, java.util.List<Problem> problems) {
    Optional<String> text = Utf8.decode(bytes);
    if (text.isPresent()) {
      return text.map(SourceText::normalized);
    }
    int bad = firstBadByte(bytes);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    problems.add(
        Problem.at(
                file, line, column.codePointCount(0, column.length()) + 1, "not valid UTF-8 text")
            .withHint("save the file as UTF-8"));
    return Optional.empty();
  }

  private static String normalized(String decoded) {
    String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static int firstBadByte(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }
}
