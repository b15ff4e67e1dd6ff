package dev.tinta.check;

/** Where a reference points, as far as the link checker cares. */
sealed interface Target {

  /**
   * A path inside the site.
   *
   * @param path percent-decoded, starting with {@code /}
   * @param fragment percent-decoded fragment, empty when there is none
   */
  record Internal(String path, String fragment) implements Target {}

  /** An http(s) or ftp URL on another host; listed, never fetched. */
  record External(String url) implements Target {}

  /** A URL of another scheme, such as {@code mailto:} or {@code data:}; not checked. */
  record OtherScheme(String scheme) implements Target {}

  /** A URL that cannot be resolved at all; {@code reason} says why, e.g. {@code not a URL}. */
  record Unusable(String reason) implements Target {}
}
