package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.CommentSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's renderer is the build's: for every XSS vector and some ordinary Markdown, {@link
 * CommentBodies#html} gives exactly the body HTML the published thread holds.
 */
class CommentBodiesTest {
  @TempDir Path site;

  @Test
  void previewEqualsTheBuiltBody() throws IOException {
    List<String> bodies = new ArrayList<>(CommentXssTest.vectors());
    bodies.addAll(
        List.of(
            "Plain *emphasis*, **strong**, `code` and [a link](https://example.org/).",
            "Line one\nline two\r\n\r\n> quoted\n\n- a\n- b\n\n1. one\n2. two",
            "# A heading is a paragraph\n\n![an image](https://example.org/x.png) shows its text"));
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < bodies.size(); i++) {
      yaml.append(
          TestSite.entry(
              "c" + i,
              "Anonim",
              "",
              "2010-09-01T10:15:00+07:00",
              "approved",
              "",
              NewComment.normalizedBody(bodies.get(i))));
    }
    TestSite.write(site, "content/comments/post.yaml", yaml.toString());
    CommentStore store = CommentStore.load(site, new CommentSettings(10_000, 10_000, 1));
    CommentBodies preview = new CommentBodies();
    var thread = store.thread("post").comments();
    assertThat(thread).hasSize(bodies.size());
    for (var c : thread) {
      int i = Integer.parseInt(c.id().substring(1));
      assertThat(preview.html(bodies.get(i))).as(bodies.get(i)).isEqualTo(c.bodyHtml());
    }
  }
}
