package dev.tinta.admin;

import dev.tinta.intake.SecretFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The admin token: 32 random bytes as hex in a file of mode 0600, made on first start when the file
 * does not exist (then {@link #created()} is true, so the command can print it once).
 */
public final class AdminToken {
  /** The default token file, relative to the site. */
  public static final String DEFAULT = SecretFile.STATE_DIR + "/admin-token";

  private final byte[] digest;
  private final String text;
  private final boolean created;

  private AdminToken(String text, boolean created) {
    this.text = text;
    this.digest = sha256(text);
    this.created = created;
  }

  /**
   * Reads the token, or makes one when the file is missing.
   *
   * @throws dev.tinta.problem.SiteException when the file cannot be read or made, is too short, or
   *     others may read it
   */
  public static AdminToken loadOrCreate(Path file) {
    boolean existed = Files.exists(file);
    byte[] secret = SecretFile.loadOrCreate(file);
    return new AdminToken(HexFormat.of().formatHex(secret), !existed);
  }

  /** An admin token with this text, for tests. */
  static AdminToken of(String text) {
    return new AdminToken(text, false);
  }

  /** True when this start made the file: the one time the token is shown. */
  public boolean created() {
    return created;
  }

  /** The token, to print once after it was made. */
  public String text() {
    return text;
  }

  /**
   * Whether {@code given} is the token, in time independent of where they differ: both sides are
   * hashed first, so even their lengths are not compared.
   */
  boolean matches(String given) {
    return MessageDigest.isEqual(digest, sha256(given.strip()));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
