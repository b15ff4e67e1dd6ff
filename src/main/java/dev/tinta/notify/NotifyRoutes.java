package dev.tinta.notify;

import dev.tinta.comments.CommentBodies;
import dev.tinta.comments.CommentModerator;
import dev.tinta.model.Comment;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.SiteException;
import java.net.URI;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The comment server's notification routes, and the mail behind them: {@code /admin/m/{token}}, the
 * page a mail's signed link opens ({@link ReviewRoutes}: GET shows, only POST acts), and {@code GET
 * /admin/feed.xml?key=…}, the private Atom feed of the queue ({@link FeedRoute}). Comments the
 * intake stores reach {@link #stored}, and through it the owner's mail ({@link OwnerMailing}),
 * whose sender stops with the server.
 */
public final class NotifyRoutes extends Handler.Abstract {
  private final ReviewRoutes review;
  private final FeedRoute feed;
  private final OwnerMailing mail;

  /**
   * Reads (or makes) the feed key and sets up the mail, without sending anything yet.
   *
   * @param log one line per mail sent or failed, and the feed's address when its key is new
   * @param onChange run after each status change made through a link (publish on approval)
   * @throws SiteException when the feed key cannot be read or made, or the SMTP password's
   *     environment variable is not set
   */
  public NotifyRoutes(
      NotifyOptions options, CommentModerator moderator, Consumer<String> log, Runnable onChange) {
    SiteConfig config = options.config();
    String endpoint = config.comments().endpoint();
    String base = endpoint.isEmpty() ? "/" : endpoint;
    String path = endpoint.isEmpty() ? "/" : URI.create(endpoint).getRawPath();
    String serverRoot = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    CommentBodies bodies = new CommentBodies();
    LinkTokens links = new LinkTokens(options.linkKey(), options.clock());
    WaitingComments waiting = new WaitingComments(options.posts(), links, base);
    ModerationPage pages = new ModerationPage(options.templates(), config, bodies, serverRoot);
    LocalText text = new LocalText(options.templates(), config.language());
    this.feed = new FeedRoute(options, new QueueFeed(bodies), waiting, pages, base, log);
    this.review =
        new ReviewRoutes(links, moderator, waiting, pages, base, serverRoot, log, onChange);
    this.mail =
        new OwnerMailing(
            options,
            moderator,
            batch ->
                OwnerMail.of(
                    text,
                    config.title(),
                    batch.stream().map(waiting::of).toList(),
                    base + "admin",
                    config.timeZone(),
                    bodies),
            log);
  }

  /** Routes without anything to run after a change. */
  public NotifyRoutes(NotifyOptions options, CommentModerator moderator, Consumer<String> log) {
    this(options, moderator, log, () -> {});
  }

  /** Notes a comment the intake has stored; a pending one goes into the next mail. */
  public void stored(Comment comment) {
    mail.stored(comment);
  }

  @Override
  protected void doStop() throws Exception {
    mail.close();
    super.doStop();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (path.equals(FeedRoute.PATH)) {
      feed.handle(request, response, callback);
      return true;
    }
    if (ReviewRoutes.matches(path)) {
      review.handle(request, response, callback, path);
      return true;
    }
    return false;
  }
}
