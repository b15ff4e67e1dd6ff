package dev.tinta.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentStore;
import dev.tinta.model.CommentSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlogGeneratorTest {
  @Test
  void sameSeedWritesTheSameBlog(@TempDir Path a, @TempDir Path b) throws IOException {
    new BlogGenerator(BuiltSite.SEED).write(a, 50);
    new BlogGenerator(BuiltSite.SEED).write(b, 50);

    List<String> files = files(a);
    assertThat(files).isEqualTo(files(b)).hasSizeGreaterThan(50);
    for (String f : files) {
      assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1L);
    }
  }

  @Test
  void writesPostsWithZeroToFourCommentsThatTheCommentStoreAccepts(@TempDir Path site) {
    List<BlogGenerator.Written> posts =
        new BlogGenerator(BuiltSite.SEED).write(site, BuiltSite.GENERATED_POSTS);

    assertThat(posts).hasSize(BuiltSite.GENERATED_POSTS);
    assertThat(posts)
        .extracting(BlogGenerator.Written::comments)
        .allMatch(n -> n >= 0 && n <= 4)
        .contains(0, 1, 2, 3, 4);
    CommentStore store = CommentStore.load(site, CommentSettings.defaults());
    Set<String> slugs = posts.stream().map(BlogGenerator.Written::slug).collect(Collectors.toSet());
    assertThat(store.checkPosts(slugs)).isEmpty();
    assertThat(store.all()).hasSize(posts.stream().mapToInt(BlogGenerator.Written::comments).sum());
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
