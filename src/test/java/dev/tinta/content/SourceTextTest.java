package dev.tinta.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  final List<Problem> problems = new ArrayList<>();

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void dropsTheByteOrderMarkAndNormalizesLineEnds() {
    assertThat(
            SourceText.decode("a.md", bytes("\uFEFF---\r\ntitle: Café\r\n---\rBody\n"), problems))
        .hasValue("---\ntitle: Café\n---\nBody\n");
    assertThat(problems).isEmpty();
  }

  @Test
  void reportsTheLineAndColumnOfTheFirstBadByte() {
    byte[] text = bytes("---\ntitle: ok\n---\n\nПривет, caf?, and more?\n");
    text[text.length - 13] = (byte) 0xE9; // the first '?': Latin-1 é
    text[text.length - 2] = (byte) 0xFF;

    assertThat(SourceText.decode("content/posts/x.md", text, problems)).isEmpty();
    // Columns count characters, not bytes: "Привет, caf" is 11 characters and 17 bytes.
    assertThat(problems)
        .extracting(Problem::format)
        .containsExactly(
            "content/posts/x.md:5:12: error: not valid UTF-8 text (hint: save the file as UTF-8)");
  }

  @Test
  void truncatedSequenceAtTheEnd() {
    byte[] text = bytes("ab\nc\u00e9");
    byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);
    assertThat(SourceText.decode("a.md", cut, problems)).isEmpty();
    assertThat(problems)
        .extracting(Problem::format)
        .containsExactly("a.md:2:2: error: not valid UTF-8 text (hint: save the file as UTF-8)");
  }
}
