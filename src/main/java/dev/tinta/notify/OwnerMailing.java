package dev.tinta.notify;

import dev.tinta.comments.CommentModerator;
import dev.tinta.model.Comment;
import dev.tinta.model.NotifySettings;
import dev.tinta.model.SmtpSettings;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import jakarta.mail.internet.AddressException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The owner's mail as the server runs it: the SMTP settings and password checked at start, and,
 * when {@code comments.notify.smtp} is set, a {@link MailBatcher} on a thread of its own that takes
 * up what the last run left unsent. Without SMTP settings it does nothing.
 */
final class OwnerMailing implements AutoCloseable {
  private final ScheduledExecutorService sender;
  private final Optional<MailBatcher> batcher;

  /**
   * @param compose writes the mail about a batch
   * @param log one line per mail sent or failed, and one saying where mail goes
   * @throws SiteException when the SMTP password's environment variable is not set, or an address
   *     is not one
   */
  OwnerMailing(
      NotifyOptions options,
      CommentModerator moderator,
      Function<List<Comment>, OwnerMail> compose,
      Consumer<String> log) {
    this.sender =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "notify-mail");
              t.setDaemon(true);
              return t;
            });
    NotifySettings settings = options.config().comments().notifications();
    this.batcher =
        mailer(options, settings.smtp())
            .map(
                mailer -> {
                  log.accept(
                      "Mailing "
                          + mailer.recipient()
                          + " about new comments at most every "
                          + settings.every().toSeconds()
                          + " s");
                  return new MailBatcher(
                      sender,
                      settings.every(),
                      mailer,
                      moderator,
                      compose,
                      new UnsentFile(options.stateDir().resolve("notify-unsent")),
                      log);
                });
    batcher.ifPresent(MailBatcher::restore);
  }

  /** Notes a comment the intake has stored; a pending one goes into the next mail. */
  void stored(Comment comment) {
    batcher.ifPresent(b -> b.stored(comment));
  }

  private static Optional<SmtpMailer> mailer(NotifyOptions options, SmtpSettings smtp) {
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

  /** Stops the sender; what was not mailed stays in the unsent file for the next start. */
  @Override
  public void close() {
    sender.shutdownNow();
  }
}
