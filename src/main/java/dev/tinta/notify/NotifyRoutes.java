package dev.tinta.notify;

import dev.tinta.comments.CommentBodies;
import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.CommentRef;
import dev.tinta.comments.CommentStore;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.model.NotifySettings;
import dev.tinta.model.PostLink;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import jakarta.mail.internet.AddressException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The comment server's notification routes, and the mail behind them. {@code GET /admin/m/{token}}
 * shows the comment a mail's signed link names with its buttons; only {@code POST /admin/m/{token}}
 * with {@code action=approve|spam|reject} changes it, so a mail scanner that follows every link
 * changes nothing. An altered or expired link is a 403 page. {@code GET /admin/feed.xml?key=…} is
 * the private Atom feed of the queue; without the right key it is a 404 like any unknown path.
 * Comments the intake stores reach {@link #stored}; the mail's sender runs on this handler's own
 * scheduled thread, stopped with the server.
 */
public final class NotifyRoutes extends Handler.Abstract {
  private static final String M = "/admin/m/";
  private static final String FEED = "/admin/feed.xml";
  private static final int FEED_SIZE = 100;

  private final NotifyOptions options;
  private final CommentModerator moderator;
  private final Consumer<String> log;
  private final Runnable onChange;
  private final CommentBodies bodies = new CommentBodies();
  private final LinkTokens links;
  private final ModerationPage pages;
  private final QueueFeed feed;
  private final FeedKey feedKey;
  private final String base;
  private final String serverRoot;
  private final ScheduledExecutorService sender;
  private final Optional<MailBatcher> batcher;

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
    this.options = options;
    this.moderator = moderator;
    this.log = log;
    this.onChange = onChange;
    SiteConfig config = options.config();
    String endpoint = config.comments().endpoint();
    this.base = endpoint.isEmpty() ? "/" : endpoint;
    String path = endpoint.isEmpty() ? "/" : URI.create(endpoint).getRawPath();
    this.serverRoot = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    this.links = new LinkTokens(options.linkKey(), options.clock());
    this.pages = new ModerationPage(bodies, serverRoot, config.timeZone());
    this.feed = new QueueFeed(bodies);
    this.feedKey = FeedKey.loadOrCreate(feedKeyFile());
    this.sender =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "notify-mail");
              t.setDaemon(true);
              return t;
            });
    this.batcher = mailer(config.comments().notifications()).map(this::batcher);
    batcher.ifPresent(MailBatcher::restore);
    if (feedKey.created()) {
      log.accept(
          "The private feed of pending comments (shown once; the key is in "
              + feedKeyFile()
              + "): "
              + base
              + "admin/feed.xml?key="
              + feedKey.value());
    }
  }

  /** Routes without anything to run after a change. */
  public NotifyRoutes(NotifyOptions options, CommentModerator moderator, Consumer<String> log) {
    this(options, moderator, log, () -> {});
  }

  private Path feedKeyFile() {
    return options.stateDir().resolve("feed-key");
  }

  /** Notes a comment the intake has stored; a pending one goes into the next mail. */
  public void stored(Comment comment) {
    batcher.ifPresent(b -> b.stored(comment));
  }

  private Optional<SmtpMailer> mailer(NotifySettings settings) {
    var smtp = settings.smtp();
    if (!smtp.configured()) {
      return Optional.empty();
    }
    String password = "";
    if (!smtp.user().isEmpty()) {
      String value = options.env().apply(smtp.passwordEnv());
      if (value == null || value.isEmpty()) {
        throw new SiteException(
            Problem.inFile(
                    "site.yaml",
                    "comments.notify.smtp.password_env names "
                        + smtp.passwordEnv()
                        + ", which is not set for the server")
                .withHint("export " + smtp.passwordEnv() + "=... before tinta comments serve"));
      }
      password = value;
    }
    try {
      return Optional.of(new SmtpMailer(smtp, password, options.clock()));
    } catch (AddressException e) {
      throw new SiteException(
          Problem.inFile("site.yaml", "comments.notify.smtp: " + e.getMessage()));
    }
  }

  private MailBatcher batcher(SmtpMailer mailer) {
    SiteConfig config = options.config();
    log.accept(
        "Mailing "
            + mailer.recipient()
            + " about new comments at most every "
            + config.comments().notifications().every().toSeconds()
            + " s");
    return new MailBatcher(
        sender,
        config.comments().notifications().every(),
        mailer,
        moderator,
        batch ->
            OwnerMail.of(
                config.title(),
                batch.stream().map(this::waiting).toList(),
                base + "admin",
                config.timeZone(),
                bodies),
        new UnsentFile(options.stateDir().resolve("notify-unsent")),
        log);
  }

  private Waiting waiting(Comment c) {
    Optional<PostLink> post = options.posts().apply(c.postSlug());
    return new Waiting(
        c,
        post.map(PostLink::title).orElse(c.postSlug()),
        post.map(PostLink::url).orElse(""),
        base + "admin/m/" + links.issue(new CommentRef(c.postSlug(), c.id())));
  }

  @Override
  protected void doStop() throws Exception {
    sender.shutdownNow();
    super.doStop();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (path.equals(FEED)) {
      feed(request, response, callback);
      return true;
    }
    if (!path.startsWith(M) || path.length() == M.length() || path.indexOf('/', M.length()) >= 0) {
      return false;
    }
    String token = path.substring(M.length());
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("POST")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, POST");
      Responses.text(response, callback, 405, "method not allowed; use GET or POST");
      return true;
    }
    Optional<CommentRef> ref = links.verify(token);
    if (ref.isEmpty()) {
      refuse(response, callback);
      return true;
    }
    if (method.equals("POST")) {
      act(request, response, callback, ref.get(), path);
    } else {
      show(response, callback, ref.get(), path);
    }
    return true;
  }

  private void show(Response response, Callback callback, CommentRef ref, String path) {
    Optional<Comment> comment;
    try {
      comment = find(ref);
    } catch (SiteException e) {
      unavailable(response, callback, e);
      return;
    }
    if (comment.isEmpty()) {
      gone(response, callback);
      return;
    }
    Responses.html(
        response, callback, 200, pages.comment(waiting(comment.get()), serverRoot + path));
  }

  private void act(
      Request request, Response response, Callback callback, CommentRef ref, String path) {
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    if (!ModerationForm.sameOrigin(request, base)) {
      Responses.text(response, callback, 403, "cross-origin request refused");
      return;
    }
    Optional<CommentStatus> status = ModerationForm.action(request);
    if (status.isEmpty()) {
      Responses.text(response, callback, 400, "send action=approve, spam or reject as a form");
      return;
    }
    try {
      if (find(ref).isEmpty()) {
        gone(response, callback);
        return;
      }
      var change = moderator.setStatus(List.of(ref), status.get()).get(0);
      log.accept(
          "moderated "
              + ref
              + " from a mail link: "
              + change.from().word()
              + " -> "
              + change.to().word());
      if (change.changed()) {
        onChange.run();
      }
    } catch (SiteException e) {
      unavailable(response, callback, e);
      return;
    }
    response.setStatus(303);
    response.getHeaders().put(HttpHeader.LOCATION, serverRoot + path);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
    response.write(true, ByteBuffer.allocate(0), callback);
  }

  private Optional<Comment> find(CommentRef ref) {
    return moderator.comments(ref.postSlug()).stream()
        .filter(c -> c.id().equals(ref.id()))
        .findFirst();
  }

  private void feed(Request request, Response response, Callback callback) {
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
    if (keys == null || keys.size() != 1 || !feedKey.matches(keys.get(0))) {
      // the same answer as a path nobody serves: the feed does not say it exists
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
      unavailable(response, callback, e);
      return;
    }
    byte[] body =
        feed.render(
            "Pending comments on " + PlainText.line(options.config().title()),
            base + "admin/feed.xml",
            base + "admin",
            pending.stream().map(this::waiting).toList(),
            options.clock().instant());
    Responses.send(response, callback, 200, "application/atom+xml; charset=utf-8", body);
  }

  private void refuse(Response response, Callback callback) {
    Responses.html(
        response,
        callback,
        403,
        pages.message(
            "This link does not work",
            "It has expired (a mail's links work for "
                + LinkTokens.LIFETIME.toDays()
                + " days) or it was changed. Moderate the comment from the queue or the command"
                + " line."));
  }

  private void gone(Response response, Callback callback) {
    Responses.html(
        response,
        callback,
        404,
        pages.message("This comment is gone", "It was deleted from its comments file."));
  }

  private void unavailable(Response response, Callback callback, SiteException e) {
    e.problems().stream().map(Problem::format).forEach(log);
    response.getHeaders().put(HttpHeader.RETRY_AFTER, 60);
    Responses.html(
        response,
        callback,
        503,
        pages.message(
            "The comments cannot be read now",
            "The comments file has a problem; the server's log names it."));
  }
}
