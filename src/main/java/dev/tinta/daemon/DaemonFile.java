package dev.tinta.daemon;

import dev.tinta.intake.SecretFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where a daemon tells its clients how to reach it: {@code KEY.port} in the user's daemon folder
 * (mode 0700), holding {@code PORT TOKEN PID} (mode 0600), so only the user can talk to it. A lock
 * on {@code KEY.lock} makes one daemon per key: the key names the jar, the Java and the settings
 * the launcher gave it.
 */
public record DaemonFile(Path folder, String key) {
  public DaemonFile {
    if (!key.matches("[A-Za-z0-9_.-]{1,64}")) {
      throw new IllegalArgumentException("bad daemon key " + key);
    }
  }

  Path portFile() {
    return folder.resolve(key + ".port");
  }

  /** The lock of this key, or null when another daemon has it. */
  Claim claim() throws IOException {
    if (!Files.isDirectory(folder)) {
      Path parent = folder.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      boolean posix = Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null;
      try {
        Files.createDirectories(
            folder,
            posix
                ? new FileAttribute<?>[] {
                  PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
                }
                : new FileAttribute<?>[0]);
      } catch (FileAlreadyExistsException e) {
        // made by another daemon just now
      }
    }
    FileChannel channel =
        FileChannel.open(
            folder.resolve(key + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by a daemon in this very JVM (tests)
    }
    if (lock == null) {
      channel.close();
      return null;
    }
    return new Claim(channel);
  }

  /** This daemon's hold on its key; closing it removes the port file and frees the key. */
  final class Claim implements AutoCloseable {
    private final FileChannel lock;

    private Claim(FileChannel lock) {
      this.lock = lock;
    }

    /**
     * Writes the port file for a daemon on {@code port}, atomically and private to the user.
     *
     * @return the token clients must send
     */
    String publish(int port) throws IOException {
      byte[] secret = new byte[24];
      new SecureRandom().nextBytes(secret);
      String token = HexFormat.of().formatHex(secret);
      String line = port + " " + token + " " + ProcessHandle.current().pid() + "\n";
      // this daemon holds the key's lock: a port file there is one a dead daemon left
      Files.deleteIfExists(portFile());
      SecretFile.createPrivate(portFile(), line.getBytes(StandardCharsets.US_ASCII));
      return token;
    }

    @Override
    public void close() throws IOException {
      try {
        Files.deleteIfExists(portFile());
      } finally {
        lock.close();
      }
    }
  }
}
