package dev.tinta.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tinta comments serve} in a child JVM on 127.0.0.1 and a free port, for tests that kill the
 * server for real (SIGKILL) or stop it (SIGTERM).
 */
final class ChildServer implements AutoCloseable {
  private static final Pattern READY = Pattern.compile("Taking comments at (http://\\S+/)");

  private final Process process;
  private final URI uri;
  private final Path stderr;

  private ChildServer(Process process, URI uri, Path stderr) {
    this.process = process;
    this.uri = uri;
    this.stderr = stderr;
  }

  /** Starts the server and waits (at most 60 s) until it listens. */
  static ChildServer start(Path site, Path secret, Path logs, String name) {
    try {
      Files.createDirectories(logs);
      Path out = logs.resolve(name + ".out");
      Path err = logs.resolve(name + ".err");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p =
          new ProcessBuilder(
                  List.of(
                      java,
                      "-Xmx256m",
                      "-Dorg.freemarker.loggerLibrary=none",
                      "-cp",
                      System.getProperty("java.class.path"),
                      "dev.tinta.cli.Main",
                      "comments",
                      "serve",
                      "--site",
                      site.toString(),
                      "--port",
                      "0",
                      "--secret-file",
                      secret.toString()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        Matcher m = READY.matcher(Files.readString(out, StandardCharsets.UTF_8));
        if (m.find()) {
          return new ChildServer(p, URI.create(m.group(1)), err);
        }
        if (!p.isAlive()) {
          throw new IllegalStateException("the server exited: " + Files.readString(err));
        }
        Thread.sleep(50);
      }
      p.destroyForcibly();
      throw new IllegalStateException("the server did not start within 60 s");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri() {
    return uri;
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed by the JVM. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /**
   * SIGTERM, and waits for the exit.
   *
   * @return the exit code
   */
  int terminate(Duration wait) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the server did not stop within " + wait);
    }
    return process.exitValue();
  }

  String stderr() {
    try {
      return Files.readString(stderr, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
