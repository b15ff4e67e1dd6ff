package dev.tinta.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Nonces of form tokens already used, each until its token would have expired anyway; also appended
 * to a log file, so a restart does not let a token be used twice. The log is compacted on start. A
 * SIGKILL cannot lose a line that was written (the kernel has it); only a power cut can.
 */
final class SpentNonces implements AutoCloseable {
  private static final Pattern LINE = Pattern.compile("([A-Za-z0-9_-]{22}) ([0-9]{1,12})");
  private static final int SWEEP_EVERY = 1024;

  private final Map<String, Long> spent = new ConcurrentHashMap<>();
  private final Clock clock;
  private final FileChannel log;
  private int sinceSweep;

  private SpentNonces(Clock clock, FileChannel log) {
    this.clock = clock;
    this.log = log;
  }

  /**
   * Opens the log in {@code file}, keeping the nonces that have not expired.
   *
   * @throws IOException when the file cannot be read or written
   */
  static SpentNonces open(Path file, Clock clock) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    long now = clock.instant().getEpochSecond();
    List<String> live = new ArrayList<>();
    Map<String, Long> kept = new ConcurrentHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        var m = LINE.matcher(line);
        // a line cut short by a crash does not match and is dropped
        if (m.matches()
            && Long.parseLong(m.group(2)) > now
            && kept.put(m.group(1), Long.parseLong(m.group(2))) == null) {
          live.add(line);
        }
      }
    } catch (NoSuchFileException e) {
      // first start
    }
    Path temp = file.resolveSibling(file.getFileName() + ".new");
    Files.write(temp, live.isEmpty() ? List.of() : live, StandardCharsets.US_ASCII);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    SpentNonces nonces = new SpentNonces(clock, channel);
    nonces.spent.putAll(kept);
    return nonces;
  }

  /**
   * Spends a nonce once.
   *
   * @return false when it was spent before
   * @throws IOException when it cannot be logged; it then stays spent in memory
   */
  boolean spend(String nonce, Instant expires) throws IOException {
    if (spent.putIfAbsent(nonce, expires.getEpochSecond()) != null) {
      return false;
    }
    ByteBuffer line =
        ByteBuffer.wrap(
            (nonce + " " + expires.getEpochSecond() + "\n").getBytes(StandardCharsets.US_ASCII));
    synchronized (log) {
      while (line.hasRemaining()) {
        log.write(line);
      }
      if (++sinceSweep >= SWEEP_EVERY) {
        sinceSweep = 0;
        long now = clock.instant().getEpochSecond();
        spent.values().removeIf(e -> e <= now);
      }
    }
    return true;
  }

  int size() {
    return spent.size();
  }

  @Override
  public void close() throws IOException {
    synchronized (log) {
      log.close();
    }
  }
}
