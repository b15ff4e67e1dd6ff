package dev.tinta.notify;

import dev.tinta.model.SmtpSettings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * Sends the owner's mail through the configured SMTP server with Jakarta Mail. With {@code
 * starttls} the connection must be upgraded before anything is sent (never silently in the clear);
 * port 465 speaks TLS from the first byte. Every network step has a time limit.
 */
final class SmtpMailer {
  private static final String TIMEOUT_MS = "30000";

  private final SmtpSettings settings;
  private final String password;
  private final Session session;
  private final InternetAddress from;
  private final InternetAddress to;
  private final Clock clock;

  /**
   * @param password the password for {@code settings.user()}, "" when the server takes mail without
   *     signing in
   * @throws AddressException when {@code from} or {@code to} is not a mail address
   */
  SmtpMailer(SmtpSettings settings, String password, Clock clock) throws AddressException {
    this.settings = settings;
    this.password = password;
    this.clock = clock;
    this.from = new InternetAddress(settings.from(), true);
    this.to = new InternetAddress(settings.to(), true);
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", settings.host());
    p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
    p.setProperty("mail.smtp.from", settings.from());
    p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
    p.setProperty("mail.smtp.timeout", TIMEOUT_MS);
    p.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
    p.setProperty("mail.smtp.auth", Boolean.toString(!settings.user().isEmpty()));
    if (settings.port() == 465) {
      p.setProperty("mail.smtp.ssl.enable", "true");
      p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    } else if (settings.starttls()) {
      p.setProperty("mail.smtp.starttls.enable", "true");
      p.setProperty("mail.smtp.starttls.required", "true");
      p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    }
    this.session = Session.getInstance(p);
  }

  /** Where the mail goes, for log lines. */
  String recipient() {
    return to.getAddress();
  }

  /**
   * Sends one mail to the owner.
   *
   * @throws MessagingException when the server cannot be reached or refuses it
   */
  void send(OwnerMail mail) throws MessagingException {
    MimeMessage m = new MimeMessage(session);
    m.setFrom(from);
    m.setRecipient(Message.RecipientType.TO, to);
    // the subject is made of safe text already; a line break here would still only fold it
    m.setSubject(PlainText.line(mail.subject()), "UTF-8");
    m.setSentDate(Date.from(clock.instant()));
    // RFC 3834: an automatic message; auto-responders do not answer it
    m.setHeader("Auto-Submitted", "auto-generated");
    m.setText(mail.text(), "UTF-8");
    if (settings.user().isEmpty()) {
      Transport.send(m);
    } else {
      Transport.send(m, settings.user(), password);
    }
  }
}
