package dev.tinta.model;

import java.util.Objects;

/**
 * The SMTP server the owner's notification mail goes through ({@code comments.notify.smtp} in
 * {@code site.yaml}). The password is never held here: only the name of the environment variable
 * that holds it.
 *
 * @param host empty when no mail is to be sent
 * @param starttls whether the connection must be upgraded with STARTTLS before anything is sent
 * @param user empty for a server that takes mail without signing in
 * @param passwordEnv the environment variable holding the password; empty when {@code user} is
 */
public record SmtpSettings(
    String host,
    int port,
    String from,
    String to,
    boolean starttls,
    String user,
    String passwordEnv) {
  public SmtpSettings {
    Objects.requireNonNull(host);
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    Objects.requireNonNull(user);
    Objects.requireNonNull(passwordEnv);
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /** No SMTP server: no mail is sent. */
  public static SmtpSettings none() {
    return new SmtpSettings("", 587, "", "", true, "", "");
  }

  /** Whether mail is to be sent. */
  public boolean configured() {
    return !host.isEmpty();
  }
}
