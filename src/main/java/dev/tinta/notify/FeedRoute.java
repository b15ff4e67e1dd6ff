package dev.tinta.notify;

import dev.tinta.comments.CommentStore;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * {@code GET /admin/feed.xml?key=…}: the private Atom feed of the pending queue, newest first.
 * Without the right key the answer is the 404 of any unknown path, so the feed does not say it
 * exists.
 */
final class FeedRoute {
  static final String PATH = "/admin/feed.xml";
  private static final int FEED_SIZE = 100;

  private final NotifyOptions options;
  private final FeedKey key;
  private final QueueFeed feed;
  private final WaitingComments waiting;
  private final ModerationPage pages;
  private final String base;
  private final Consumer<String> log;

  /**
   * Reads (or makes) the feed key; a new key is logged once, with the feed's address.
   *
   * @param base the server's public address, ending in a slash
   * @throws SiteException when the key cannot be read or made, or others may read it
   */
  FeedRoute(
      NotifyOptions options,
      QueueFeed feed,
      WaitingComments waiting,
      ModerationPage pages,
      String base,
      Consumer<String> log) {
    this.options = options;
    this.feed = feed;
    this.waiting = waiting;
    this.pages = pages;
    this.base = base;
    this.log = log;
    Path file = options.stateDir().resolve("feed-key");
    this.key = FeedKey.loadOrCreate(file);
    if (key.created()) {
      log.accept(
          "The private feed of pending comments (shown once; the key is in "
              + file
              + "): "
              + base
              + "admin/feed.xml?key="
              + key.value());
    }
  }

  void handle(Request request, Response response, Callback callback) {
    if (!request.getMethod().equals("GET")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET");
      Responses.text(response, callback, 405, "method not allowed; use GET");
      return;
    }
    Fields query;
    try {
      query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      Responses.text(response, callback, 404, "not found");
      return;
    }
    List<String> keys = query.getValues("key");
    if (keys == null || keys.size() != 1 || !key.matches(keys.get(0))) {
      Responses.text(response, callback, 404, "not found");
      return;
    }
    List<Comment> pending;
    try {
      pending =
          CommentStore.load(options.siteDir(), options.config().comments()).all().stream()
              .filter(c -> c.status() == CommentStatus.PENDING)
              .sorted(
                  Comparator.comparing((Comment c) -> c.date().toInstant())
                      .reversed()
                      .thenComparing(Comment::postSlug)
                      .thenComparing(Comment::id))
              .limit(FEED_SIZE)
              .toList();
    } catch (SiteException e) {
      e.problems().stream().map(Problem::format).forEach(log);
      Responses.unavailable(response, callback, pages.unavailable());
      return;
    }
    byte[] body =
        feed.render(
            "Pending comments on " + PlainText.line(options.config().title()),
            base + "admin/feed.xml",
            base + "admin",
            pending.stream().map(waiting::of).toList(),
            options.clock().instant());
    Responses.send(response, callback, 200, "application/atom+xml; charset=utf-8", body);
  }
}
