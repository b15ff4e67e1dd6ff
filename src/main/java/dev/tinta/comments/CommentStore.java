package dev.tinta.comments;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentThread;
import dev.tinta.model.RecentComment;
import dev.tinta.parallel.Workers;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Path;
import java.time.chrono.ChronoZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The reader comments of a site, read from {@code content/comments/<post-slug>.yaml}. Immutable
 * after {@link #load}; every method is safe to call from many threads at once.
 *
 * <p>Only approved comments whose every ancestor is approved are published; pending, spam and
 * rejected comments never reach {@link #thread}, {@link #count} or {@link #recent}.
 */
public final class CommentStore {
  /** Newest first, ties by post slug then id, so "recent comments" is deterministic. */
  private static final Comparator<Comment> NEWEST_FIRST =
      Comparator.comparing(Comment::date, ChronoZonedDateTime.timeLineOrder())
          .reversed()
          .thenComparing(Comment::postSlug)
          .thenComparing(Comment::id);

  /** Code points of body text in a {@link RecentComment} excerpt. */
  static final int EXCERPT_LENGTH = 100;

  /** By post slug; hashed for lookups, sorted where order shows. */
  private final Map<String, PostComments> posts;

  private final Map<String, String> files;
  private final List<Comment> newestFirst;
  private final BodyRenderer bodies;
  private final ThreadRenderer threads;
  private final ConcurrentMap<String, CommentThread> rendered = new ConcurrentHashMap<>();

  private CommentStore(
      Map<String, PostComments> posts, Map<String, String> files, CommentSettings settings) {
    this.posts = Map.copyOf(posts);
    this.files = files;
    this.bodies = new BodyRenderer();
    this.threads = new ThreadRenderer(bodies, settings.maxDepth());
    List<Comment> visible = new ArrayList<>();
    posts.values().forEach(p -> visible.addAll(p.visible()));
    visible.sort(NEWEST_FIRST);
    this.newestFirst = List.copyOf(visible);
  }

  /**
   * Reads every {@code content/comments/*.yaml} under {@code siteDir}, in parallel on {@code
   * workers}. A missing folder means no comments.
   *
   * @throws SiteException with every problem of every file and entry
   */
  public static CommentStore load(Path siteDir, CommentSettings settings, Workers workers) {
    List<Problem> problems = new ArrayList<>();
    List<Path> paths = CommentFiles.list(siteDir, problems);
    CommentFileParser parser = new CommentFileParser(settings);
    List<ParsedFile> parsed = workers.map(paths, p -> parse(parser, p));
    Map<String, PostComments> posts = new TreeMap<>();
    Map<String, String> files = new TreeMap<>();
    for (ParsedFile file : parsed) {
      problems.addAll(file.problems());
      posts.put(file.slug(), PostComments.of(file.slug(), file.comments()));
      files.put(file.slug(), file.file());
    }
    if (!problems.isEmpty()) {
      throw new SiteException(problems);
    }
    return new CommentStore(posts, files, settings);
  }

  /** {@link #load(Path, CommentSettings, Workers)} in the calling thread (moderation commands). */
  public static CommentStore load(Path siteDir, CommentSettings settings) {
    return load(siteDir, settings, Workers.inline());
  }

  private static ParsedFile parse(CommentFileParser parser, Path path) {
    String slug = CommentFiles.slug(path);
    String name = CommentFiles.relative(slug);
    try {
      return parser.parse(name, slug, CommentFiles.read(path, name).orElse(""));
    } catch (SiteException e) {
      return ParsedFile.failed(name, slug, e.problems());
    }
  }

  /**
   * Problems for comment files whose post does not exist, at the first line of each such file,
   * sorted; the build merges them with its own.
   */
  public List<Problem> checkPosts(Set<String> postSlugs) {
    List<Problem> out = new ArrayList<>();
    files.forEach(
        (slug, file) -> {
          if (!postSlugs.contains(slug)) {
            out.add(
                new Problem(
                    file,
                    1,
                    0,
                    "comments for a post that does not exist: '" + slug + "'",
                    "name the file after a post's slug, or delete it"));
          }
        });
    return List.copyOf(out);
  }

  /**
   * The published thread of a post: approved comments only, replies nested, bodies sanitized; empty
   * for a post without comments. Costs time linear in that post's comments the first time, then is
   * answered from memory.
   */
  public CommentThread thread(String postSlug) {
    PostComments post = posts.get(postSlug);
    if (post == null) {
      return CommentThread.empty(postSlug);
    }
    CommentThread thread = rendered.get(postSlug);
    if (thread == null) {
      // rendering is deterministic, so two threads racing here compute equal values
      thread = threads.render(post);
      CommentThread earlier = rendered.putIfAbsent(postSlug, thread);
      thread = earlier == null ? thread : earlier;
    }
    return thread;
  }

  /** Published comments of a post, replies included: {@code thread(postSlug).count()} for free. */
  public int count(String postSlug) {
    PostComments post = posts.get(postSlug);
    return post == null ? 0 : post.visible().size();
  }

  /**
   * The {@code n} newest published comments of the site, newest first, ties broken by post slug
   * then id; excerpts are plain text of the sanitized body.
   */
  public List<RecentComment> recent(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative count " + n);
    }
    return newestFirst.stream()
        .limit(n)
        .map(
            c ->
                new RecentComment(
                    c.postSlug(),
                    c.id(),
                    c.author(),
                    c.date(),
                    UntrustedText.excerpt(bodies.render(c.body()).text(), EXCERPT_LENGTH)))
        .toList();
  }

  /** Every comment of every status, by post slug and then in file order, for moderation. */
  public List<Comment> all() {
    List<Comment> out = new ArrayList<>();
    new TreeMap<>(posts).values().forEach(p -> out.addAll(p.all()));
    return List.copyOf(out);
  }
}
