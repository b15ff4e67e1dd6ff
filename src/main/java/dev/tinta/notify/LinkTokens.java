package dev.tinta.notify;

import dev.tinta.comments.CommentRef;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens in the mail's links: {@code b64(slug).b64(id).expiry.b64(mac)}, where the MAC is
 * HMAC-SHA256 under a key derived from the server's secret for this use alone, over the purpose
 * {@code moderate} and the three fields. A token names a comment, not an action: the action comes
 * with the POST. Valid for {@link #LIFETIME} from when the mail was written.
 */
final class LinkTokens {
  /** How long a link in a mail works. */
  static final Duration LIFETIME = Duration.ofDays(7);

  /** Longer tokens are refused before any decoding. */
  static final int MAX_LENGTH = 1024;

  private static final String PURPOSE = "moderate";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final Clock clock;

  /**
   * @param key an HMAC-SHA256 key used for nothing else
   */
  LinkTokens(SecretKeySpec key, Clock clock) {
    this.key = key;
    this.clock = clock;
  }

  /** A token for the comment, good for {@link #LIFETIME} from now. */
  String issue(CommentRef ref) {
    long expires = clock.instant().plus(LIFETIME).getEpochSecond();
    String payload = b64(ref.postSlug()) + "." + b64(ref.id()) + "." + expires;
    return payload + "." + ENCODER.encodeToString(mac(payload));
  }

  /** The comment a token names; empty when it is malformed, altered or expired. */
  Optional<CommentRef> verify(String token) {
    if (token.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    try {
      String payload = parts[0] + "." + parts[1] + "." + parts[2];
      if (!MessageDigest.isEqual(mac(payload), DECODER.decode(parts[3]))) {
        return Optional.empty();
      }
      long expires = Long.parseLong(parts[2]);
      if (!clock.instant().isBefore(Instant.ofEpochSecond(expires))) {
        return Optional.empty();
      }
      String slug = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
      String id = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8);
      if (slug.isEmpty() || id.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new CommentRef(slug, id));
    } catch (IllegalArgumentException e) {
      // not base64, or not a number (NumberFormatException is one)
      return Optional.empty();
    }
  }

  private byte[] mac(String payload) {
    try {
      Mac mac = Mac.getInstance(key.getAlgorithm());
      mac.init(key);
      return mac.doFinal((PURPOSE + "\n" + payload).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot compute " + key.getAlgorithm(), e);
    }
  }

  private static String b64(String text) {
    return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
