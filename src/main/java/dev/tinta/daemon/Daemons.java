package dev.tinta.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The daemons of one user's daemon folder, as {@code tinta daemon status} and {@code stop} see
 * them.
 */
public final class Daemons {
  private Daemons() {}

  /** One daemon's port file, read. */
  public record Entry(String key, int port, String token, long pid) {
    /** Whether its process is still running. */
    public boolean alive() {
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
  }

  /** The daemons that have published a port file in {@code folder}, by key. */
  public static List<Entry> list(Path folder) throws IOException {
    List<Entry> entries = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return entries;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.port")) {
      for (Path f : files) {
        read(f).ifPresent(entries::add);
      }
    }
    entries.sort(java.util.Comparator.comparing(Entry::key));
    return entries;
  }

  /** The daemons of {@code folder} whose process still runs. */
  public static List<Entry> running(Path folder) throws IOException {
    return list(folder).stream().filter(Entry::alive).toList();
  }

  private static Optional<Entry> read(Path portFile) throws IOException {
    String name = portFile.getFileName().toString();
    String text;
    try {
      text = Files.readString(portFile, StandardCharsets.US_ASCII).strip();
    } catch (NoSuchFileException e) {
      return Optional.empty(); // its daemon stopped just now
    }
    String[] f = text.split(" ");
    if (f.length != 3 || !f[0].matches("[0-9]{1,5}") || !f[2].matches("[0-9]{1,19}")) {
      return Optional.empty();
    }
    return Optional.of(
        new Entry(
            name.substring(0, name.length() - ".port".length()),
            Integer.parseInt(f[0]),
            f[1],
            Long.parseLong(f[2])));
  }

  /**
   * Asks a daemon to stop once its builds in flight are done.
   *
   * @return whether it answered
   */
  public static boolean stop(Entry daemon) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), daemon.port()), 2_000);
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      String request =
          DaemonRequest.GREETING
              + daemon.token()
              + "\ncwd "
              + Path.of("").toAbsolutePath()
              + "\narg stop\nend\n";
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      String answer =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      return "x 0".equals(answer);
    } catch (IOException e) {
      return false;
    }
  }
}
