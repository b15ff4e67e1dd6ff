package dev.tinta.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 keys derived from the server's secret, one per purpose, so that a value made for one
 * purpose (an address hash) is never valid for another (a form token).
 */
final class Keys {
  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] secret;

  Keys(byte[] secret) {
    this.secret = secret.clone();
  }

  /** A key for {@code purpose}: HMAC(secret, "tinta/" + purpose). */
  SecretKeySpec key(String purpose) {
    return new SecretKeySpec(
        mac(
            new SecretKeySpec(secret, ALGORITHM),
            ("tinta/" + purpose).getBytes(StandardCharsets.UTF_8)),
        ALGORITHM);
  }

  /**
   * HMAC-SHA256 of {@code data} under {@code key}. Mac objects are not thread-safe: one per call.
   */
  static byte[] mac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(data);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("bad HMAC key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
    }
  }
}
