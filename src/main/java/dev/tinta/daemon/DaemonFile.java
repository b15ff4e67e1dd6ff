package dev.tinta.daemon;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
      try {
        Files.createDirectories(
            folder,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (UnsupportedOperationException e) {
        Files.createDirectories(folder);
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
      Path temp = folder.resolve(key + ".port." + ProcessHandle.current().pid() + ".tmp");
      Files.deleteIfExists(temp);
      try {
        Files.createFile(
            temp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(temp);
      }
      String line = port + " " + token + " " + ProcessHandle.current().pid() + "\n";
      Files.write(temp, line.getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
      Files.move(
          temp, portFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
