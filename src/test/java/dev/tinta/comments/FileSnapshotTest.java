package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.CommentSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A snapshot keeps its bytes in parts, one per append, joined now and then: the bytes it compares,
 * writes and decodes are always the whole text, in order, across every part boundary.
 */
class FileSnapshotTest {
  private static final String START = "# comments for post\n- id: c1\n  author: \"Ayu\"\n";

  @Test
  void partsReadAsTheWholeTextAcrossBoundariesAndJoins() throws IOException {
    ParsedFile parsed =
        new CommentFileParser(CommentSettings.defaults()).parse("p", "post", "# none\n");
    FileSnapshot snapshot =
        FileSnapshot.appended(START.getBytes(StandardCharsets.UTF_8), START, parsed);
    StringBuilder expected = new StringBuilder(START);
    for (int i = 0; i < FileSnapshot.MAX_PARTS * 2 + 5; i++) {
      String lines = "  body: \"é " + i + "\"\n";
      snapshot = snapshot.append(lines, parsed, i);
      expected.append(lines);

      byte[] bytes = expected.toString().getBytes(StandardCharsets.UTF_8);
      assertThat(snapshot.size()).isEqualTo(bytes.length);
      assertThat(snapshot.text()).isEqualTo(expected.toString());
      assertThat(snapshot.lineCount()).isEqualTo(TextEdits.lineCount(expected.toString()));
      assertThat(matchesInChunks(snapshot, bytes, 7)).isTrue();
      bytes[bytes.length - 3 - i % 11] ^= 1;
      assertThat(matchesInChunks(snapshot, bytes, 7)).isFalse();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    snapshot.writeTo(Channels.newChannel(out));
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    assertThat(snapshot.matches(new byte[1], 0, 1, snapshot.size())).isFalse();
  }

  /** Compares {@code bytes} to the snapshot {@code chunk} bytes at a time, as the cache does. */
  private static boolean matchesInChunks(FileSnapshot snapshot, byte[] bytes, int chunk) {
    for (int at = 0; at < bytes.length; at += chunk) {
      int n = Math.min(chunk, bytes.length - at);
      if (!snapshot.matches(bytes, at, n, at)) {
        return false;
      }
    }
    return true;
  }
}
