package dev.tinta.intake;

/** A request that cannot be read: answered 400 with {@link #getMessage()} as the short reason. */
final class BadRequest extends Exception {
  private static final long serialVersionUID = 1L;

  BadRequest(String reason) {
    super(reason, null, false, false);
  }
}
