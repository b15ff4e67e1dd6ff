package dev.tinta.intake;

import dev.tinta.model.IntakeSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed form tokens: {@code t1.<issued seconds>.<nonce>.<HMAC-SHA256 over slug, parent, issue time
 * and nonce>}. A token is good from {@code min_seconds} after it was issued (people need that long
 * to write; scripts do not wait) until {@code max_age_hours}, for the post and parent it was made
 * for; its nonce is spent by {@link SpentNonces} when the comment is stored.
 */
final class FormTokens {
  /** What is wrong with a token; each is a 403. */
  enum Check {
    GOOD,
    MISSING,
    FORGED,
    TOO_YOUNG,
    EXPIRED,
    /** Good, but its nonce was spent by an earlier comment. */
    REPLAYED
  }

  /** A token that passed its checks, with the nonce to spend and when it expires. */
  record Verified(String nonce, Instant expires) {}

  private static final Pattern FORMAT =
      Pattern.compile("t1\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  /** Clocks of two server processes may differ a little; a token from the future is forged. */
  private static final Duration SKEW = Duration.ofSeconds(5);

  private final SecretKeySpec key;
  private final IntakeSettings settings;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  FormTokens(Keys keys, IntakeSettings settings, Clock clock) {
    this.key = keys.key("form-token");
    this.settings = settings;
    this.clock = clock;
  }

  /** A fresh token for a comment on {@code slug}, replying to {@code parent} (or "" for none). */
  String issue(String slug, String parent) {
    long issued = clock.instant().getEpochSecond();
    byte[] nonceBytes = new byte[16];
    random.nextBytes(nonceBytes);
    String nonce = B64.encodeToString(nonceBytes);
    return "t1."
        + issued
        + "."
        + nonce
        + "."
        + B64.encodeToString(mac(slug, parent, issued, nonce));
  }

  /**
   * Checks a token for {@code slug} and {@code parent}, trusting no part of it before the MAC; the
   * result carries the nonce when the token is good.
   */
  Result verify(String token, String slug, String parent) {
    if (token.isEmpty()) {
      return new Result(Check.MISSING, null);
    }
    Matcher m = FORMAT.matcher(token);
    if (!m.matches()) {
      return new Result(Check.FORGED, null);
    }
    long issued = Long.parseLong(m.group(1));
    String nonce = m.group(2);
    byte[] expected = mac(slug, parent, issued, nonce);
    if (!MessageDigest.isEqual(expected, B64D.decode(m.group(3)))) {
      return new Result(Check.FORGED, null);
    }
    Instant at = Instant.ofEpochSecond(issued);
    Instant now = clock.instant();
    if (at.isAfter(now.plus(SKEW))) {
      return new Result(Check.FORGED, null);
    }
    if (now.isBefore(at.plusSeconds(settings.minSeconds()))) {
      return new Result(Check.TOO_YOUNG, null);
    }
    Instant expires = at.plus(Duration.ofHours(settings.maxAgeHours()));
    if (!now.isBefore(expires)) {
      return new Result(Check.EXPIRED, null);
    }
    return new Result(Check.GOOD, new Verified(nonce, expires));
  }

  /** A check and, for a good token, what to spend. */
  record Result(Check check, Verified verified) {}

  private byte[] mac(String slug, String parent, long issued, String nonce) {
    // NUL cannot occur in a slug or an id, so the fields cannot be shifted into each other
    String data = "comment\0" + slug + "\0" + parent + "\0" + issued + "\0" + nonce;
    return Keys.mac(key, data.getBytes(StandardCharsets.UTF_8));
  }
}
