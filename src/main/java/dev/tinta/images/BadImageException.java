package dev.tinta.images;

/** An image tinta cannot use, with what is wrong and how to fix it; turned into a result. */
final class BadImageException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String hint;

  BadImageException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  String hint() {
    return hint;
  }
}
