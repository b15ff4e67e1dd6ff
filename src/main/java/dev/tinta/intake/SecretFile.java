package dev.tinta.intake;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The server's secret: 32 random bytes as hex in a file of mode 0600, made on first start when the
 * file does not exist. Every key the server uses (form tokens, address hashes) is derived from it,
 * so one file is all there is to keep.
 */
public final class SecretFile {
  /** The folder, relative to the site, for the server's state; keep it out of version control. */
  public static final String STATE_DIR = ".tinta";

  /** The default secret file, relative to the site. */
  public static final String DEFAULT = STATE_DIR + "/intake-secret";

  private static final int BYTES = 32;

  private SecretFile() {}

  /**
   * Reads the secret, or makes one when the file is missing.
   *
   * @throws SiteException when the file cannot be read or made, is too short, or others may read it
   */
  public static byte[] loadOrCreate(Path file) {
    String name = file.toString();
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class)
          != null) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        if (perms.contains(PosixFilePermission.OTHERS_READ)
            || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
          throw new SiteException(
              Problem.inFile(name, "the secret file may be read or written by anyone")
                  .withHint("chmod 600 " + name));
        }
      }
      String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
      byte[] secret;
      try {
        secret = HexFormat.of().parseHex(text);
      } catch (IllegalArgumentException e) {
        secret = new byte[0];
      }
      if (secret.length < BYTES) {
        throw new SiteException(
            Problem.inFile(name, "the secret must be at least " + BYTES + " bytes written as hex")
                .withHint("delete the file and a new one is made, or: openssl rand -hex 32"));
      }
      return secret;
    } catch (IOException e) {
      throw new SiteException(Problem.inFile(name, "cannot read or make the secret: " + e));
    }
  }

  private static void create(Path file) throws IOException {
    byte[] secret = new byte[BYTES];
    new SecureRandom().nextBytes(secret);
    createPrivate(
        file, (HexFormat.of().formatHex(secret) + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Makes {@code file} holding {@code content}, readable by its owner alone (mode 0600 where the
   * file system has modes) from the moment it exists, or leaves it alone when another process made
   * it first.
   *
   * @return whether this call made the file
   */
  public static boolean createPrivate(Path file, byte[] content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    boolean posix =
        Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class)
            != null;
    FileAttribute<?>[] attrs =
        posix
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    // created with its mode (no moment where others could read it), then filled, then linked in
    // place: a file another process made first is kept
    Path temp = dir.resolve("." + file.getFileName() + ".new");
    Files.deleteIfExists(temp);
    Files.createFile(temp, attrs);
    Files.write(temp, content);
    try {
      Files.createLink(file, temp);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (UnsupportedOperationException | IOException e) {
      // no hard links here: a rename, which replaces a file made in the meantime
      Files.move(temp, file);
      return true;
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
