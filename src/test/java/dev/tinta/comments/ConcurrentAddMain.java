package dev.tinta.comments;

import dev.tinta.model.CommentSettings;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A separate writer process for {@link ConcurrentWritersIT}: adds {@code count} comments by {@code
 * writer} to the post {@code post} of the site {@code site}.
 */
public final class ConcurrentAddMain {
  private ConcurrentAddMain() {}

  /** Arguments: site folder, post slug, writer name, number of comments. */
  public static void main(String[] args) {
    Path site = Path.of(args[0]);
    String post = args[1];
    String writer = args[2];
    int count = Integer.parseInt(args[3]);
    CommentModerator moderator =
        new CommentModerator(site, CommentSettings.defaults(), Clock.systemUTC());
    for (int i = 0; i < count; i++) {
      moderator.add(new NewComment(post, writer, "", "", writer + " says " + i));
    }
  }
}
