package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.CommentSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CommentFileParser#parseAppended}, which checks appended entries against the file's old
 * ones without parsing or copying them, gives exactly what parsing the whole text gives: the same
 * entries, or the same problems.
 */
class CommentFileParserAppendTest {
  private static final String NAME = "content/comments/post.yaml";
  private static final String OLD =
      "# comments for post\n"
          + TestSite.approved("c1", "2026-01-01T10:00:00Z", "")
          + TestSite.approved("c2", "2026-01-01T11:00:00Z", "c1");

  private final CommentFileParser parser = new CommentFileParser(CommentSettings.defaults());

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a comment and a reply to an old one
        "a3,,c1",
        // a reply to an entry appended after it (a forward reference, as a full parse allows)
        "a3,a4,",
        // an id the file already has
        "c2,,",
        // two appended entries with one id
        "a3,,a3",
        // a parent nowhere in the file
        "a3,c9,",
        // a reply to itself
        "a3,a3,",
        // appended entries replying to each other in a loop
        "a3,a4,a3",
      })
  void appendedEntriesReadAsInTheWholeFile(String spec) {
    String[] f = spec.split(",", -1);
    String appended =
        TestSite.approved(f[0], "2026-01-02T10:00:00Z", f[1])
            + TestSite.approved(f[0].equals(f[2]) ? f[0] : "a4", "2026-01-02T11:00:00Z", f[2]);
    ParsedFile before = parser.parse(NAME, "post", OLD);
    assertThat(before.ok()).isTrue();

    ParsedFile incremental = parser.parseAppended(before, appended, TextEdits.lineCount(OLD));
    ParsedFile whole = parser.parse(NAME, "post", OLD + appended);

    assertThat(incremental.problems()).isEqualTo(whole.problems());
    assertThat(incremental.comments()).isEqualTo(whole.comments());
    assertThat(incremental.entries()).isEqualTo(whole.entries());
  }
}
