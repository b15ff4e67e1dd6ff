package dev.tinta.notify;

import dev.tinta.intake.SecretFile;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The key of the private queue feed ({@code /admin/feed.xml?key=…}): 32 random bytes, base64url, in
 * a file of mode 0600 made on first start. Separate from the server's secret, so that a feed URL
 * given to a feed reader can be revoked (delete the file) without touching anything else.
 *
 * @param created whether this start made the file (the key is then shown once)
 */
record FeedKey(String value, boolean created) {
  private static final int BYTES = 32;
  private static final int MIN_LENGTH = 32;

  /** Never the key itself: a record's default would print it into any log line. */
  @Override
  public String toString() {
    return "FeedKey[created=" + created + "]";
  }

  /** Whether {@code given} is the key, compared in constant time. */
  boolean matches(String given) {
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads the key, or makes it when the file is missing.
   *
   * @throws SiteException when it cannot be read or made, is too short, or others may read it
   */
  static FeedKey loadOrCreate(Path file) {
    String name = file.toString();
    try {
      boolean created = !Files.exists(file) && create(file);
      if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        if (perms.contains(PosixFilePermission.OTHERS_READ)
            || perms.contains(PosixFilePermission.GROUP_READ)) {
          throw new SiteException(
              Problem.inFile(name, "the feed key may be read by others")
                  .withHint("chmod 600 " + name));
        }
      }
      String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (key.length() < MIN_LENGTH || !key.matches("[A-Za-z0-9_-]+")) {
        throw new SiteException(
            Problem.inFile(
                    name,
                    "the feed key must be at least " + MIN_LENGTH + " letters, digits, - or _")
                .withHint("delete the file and a new one is made on the next start"));
      }
      return new FeedKey(key, created);
    } catch (IOException e) {
      throw new SiteException(Problem.inFile(name, "cannot read or make the feed key: " + e));
    }
  }

  /** Makes the file with mode 0600 from the start; false when another process made it first. */
  private static boolean create(Path file) throws IOException {
    byte[] bytes = new byte[BYTES];
    new SecureRandom().nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return SecretFile.createPrivate(file, (key + "\n").getBytes(StandardCharsets.US_ASCII));
  }
}
