package dev.tinta.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owner's mailbox for tests of the whole loop: a real SMTP server (GreenMail) on 127.0.0.1, the
 * {@code comments.notify} settings that make the comment server mail it, and readers for what
 * arrives (the text, the review links).
 */
public final class OwnerInbox implements AutoCloseable {
  /** Where the mail goes. */
  public static final String OWNER = "owner@example.org";

  private static final Pattern LINK = Pattern.compile("\\S+/admin/m/\\S+");

  private final GreenMail smtp;

  private OwnerInbox(int port) {
    this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
  }

  /** A mailbox listening on a free port. */
  public static OwnerInbox start() {
    return start(freePort());
  }

  /** A mailbox listening on {@code port} (one a server was told of before the box was up). */
  public static OwnerInbox start(int port) {
    OwnerInbox box = new OwnerInbox(port);
    box.smtp.start();
    return box;
  }

  /** A port nothing listens on now, of 127.0.0.1. */
  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code notify:} settings of {@code comments:} in site.yaml (indented for it) that mail
   * {@link #OWNER} through 127.0.0.1:{@code port} at most every {@code every}.
   */
  public static String settings(int port, String every) {
    return """
          notify:
            every: %s
            smtp:
              host: 127.0.0.1
              port: %d
              from: blog@example.org
              to: %s
              starttls: false
        """
        .formatted(every, port, OWNER);
  }

  public int port() {
    return smtp.getSmtp().getPort();
  }

  /** Whether {@code count} mails have arrived within {@code timeout}. */
  public boolean await(int count, Duration timeout) {
    return smtp.waitForIncomingEmail(timeout.toMillis(), count);
  }

  /** The mails received, oldest first. */
  public MimeMessage[] mails() {
    return smtp.getReceivedMessages();
  }

  /** A mail's plain text, with LF line breaks (SMTP drops the final one). */
  public static String text(MimeMessage mail) throws MessagingException, IOException {
    return ((String) mail.getContent()).replace("\r\n", "\n");
  }

  /** The review links in a mail's text, in order. */
  public static List<String> reviewLinks(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
