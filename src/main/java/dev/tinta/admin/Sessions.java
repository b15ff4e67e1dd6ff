package dev.tinta.admin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed-in sessions, in memory (a restart signs everyone out). A session id is 32 random
 * bytes; each session has its own random CSRF token and expires {@link #LENGTH} after sign-in.
 * Before sign-in a browser holds only a visitor id, which is in no table: the sign-in form's CSRF
 * token is an HMAC of it under a key made at start, and sign-in always issues a new id, so an id
 * planted in a browser before sign-in is worth nothing after it.
 */
final class Sessions {
  static final Duration LENGTH = Duration.ofHours(12);
  static final int MAX_SESSIONS = 1000;

  /** One signed-in browser. */
  static final class Session {
    private final String id;
    private final String csrf;
    private final Instant expires;
    private volatile String notice = "";

    private Session(String id, String csrf, Instant expires) {
      this.id = id;
      this.csrf = csrf;
      this.expires = expires;
    }

    String id() {
      return id;
    }

    String csrf() {
      return csrf;
    }

    Instant expires() {
      return expires;
    }

    /** Sets the message the next page shows once (what the last action did). */
    void tell(String message) {
      notice = message;
    }

    /** The message to show, once. */
    String takeNotice() {
      String n = notice;
      notice = "";
      return n;
    }
  }

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final SecretKeySpec visitorKey;
  private final Map<String, Session> byId = new LinkedHashMap<>();

  Sessions(Clock clock) {
    this.clock = clock;
    byte[] key = new byte[32];
    random.nextBytes(key);
    this.visitorKey = new SecretKeySpec(key, "HmacSHA256");
  }

  /** A new random id for a visitor who is not signed in. */
  String visitorId() {
    return randomToken();
  }

  /** The sign-in form's CSRF token for a visitor id. */
  String visitorCsrf(String visitorId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(visitorKey);
      byte[] tag = mac.doFinal(("signin/" + visitorId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks HmacSHA256", e);
    }
  }

  /** A new session with a new id and CSRF token; the oldest goes when there are too many. */
  synchronized Session create() {
    Instant now = clock.instant();
    sweep(now);
    while (byId.size() >= MAX_SESSIONS) {
      Iterator<String> oldest = byId.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    Session s = new Session(randomToken(), randomToken(), now.plus(LENGTH));
    byId.put(s.id(), s);
    return s;
  }

  /** The live session with this id. */
  synchronized Optional<Session> find(String id) {
    Session s = byId.get(id);
    if (s == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(s.expires())) {
      byId.remove(id);
      return Optional.empty();
    }
    return Optional.of(s);
  }

  synchronized void remove(String id) {
    byId.remove(id);
  }

  /** Constant-time comparison of two tokens. */
  static boolean same(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private void sweep(Instant now) {
    byId.values().removeIf(s -> !now.isBefore(s.expires()));
  }

  private String randomToken() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
