package dev.tinta.intake;

/**
 * A request the server will not take, for a reason of its form rather than its content (unreadable
 * body, wrong type, too large): answered with {@link #status()} and {@link #getMessage()} as the
 * short reason.
 */
public final class Refusal extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  public Refusal(int status, String reason) {
    super(reason, null, false, false);
    this.status = status;
  }

  /** 400 by default: the body cannot be read. */
  public static Refusal badRequest(String reason) {
    return new Refusal(400, reason);
  }

  public int status() {
    return status;
  }
}
