package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The install zip of this build ({@code target/tinta-VERSION.zip}), unpacked into a temporary
 * folder and run as a user runs it: {@code bin/tinta} on {@code PATH}, from other folders, with a
 * clean environment (only {@code PATH}, {@code HOME} and {@code JAVA_HOME}, and {@code
 * TINTA_DAEMON=off} except in the test of the build daemon).
 */
class InstallZipIT {
  private static final String VERSION = System.getProperty("tinta.version", "");
  private static final Path ZIP = Path.of(System.getProperty("tinta.zip", "target/none.zip"));

  @TempDir Path tmp;
  Path install;
  Path home;
  Path work;

  /** What a command printed and returned. */
  record Run(int code, String out, String err) {}

  @BeforeEach
  void unpack() throws IOException {
    assumeTrue(Files.isRegularFile(ZIP), "no install zip at " + ZIP + " (run through mvn verify)");
    assumeTrue(
        Files.isExecutable(Path.of("/bin/sh")), "bin/tinta is a POSIX sh script: no /bin/sh here");
    install = tmp.resolve("opt");
    home = Files.createDirectories(tmp.resolve("home"));
    work = Files.createDirectories(tmp.resolve("work"));
    unzip(ZIP, install);
  }

  @Test
  void theZipHoldsLaunchersTheJarAndAReadme() throws IOException {
    Path top = install.resolve("tinta-" + VERSION);
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(install)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            install.relativize(p).toString(),
            Files.isExecutable(p) ? "executable" : "not executable");
      }
    }
    String t = "tinta-" + VERSION + "/";
    assertThat(files)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    t + "README.md", "not executable",
                    t + "bin/tinta", "executable",
                    t + "bin/tinta.cmd", "not executable",
                    t + "lib/daemon-client.bash", "not executable",
                    t + "lib/tinta.jar", "not executable")));
    assertThat(Files.readString(top.resolve("README.md")))
        .startsWith("# tinta " + VERSION + "\n")
        .contains("## Install", "unzip tinta-" + VERSION + ".zip");
    // the Windows launcher has Windows line ends, the POSIX one has none
    assertThat(Files.readString(top.resolve("bin/tinta.cmd"))).startsWith("@echo off\r\n");
    assertThat(Files.readString(top.resolve("bin/tinta")))
        .startsWith("#!/bin/sh\n")
        .doesNotContain("\r");
    // the default theme is inside the jar
    try (ZipFile jar = ZipFile.builder().setPath(top.resolve("lib/tinta.jar")).get()) {
      assertThat(jar.getEntry("dev/tinta/theme/layouts/post.ftlh")).isNotNull();
      assertThat(jar.getEntry("dev/tinta/cli/Main.class")).isNotNull();
    }
  }

  @Test
  void initBuildCheckAndVersionRunFromAnyFolderWithACleanEnvironment() throws IOException {
    Run init = tinta(work, "init", "blog");
    assertThat(init.code()).isZero();
    assertThat(init.out())
        .isEqualTo("Created a site in blog; build it with: tinta build --site blog\n");
    // the first command that works on a site makes the start-up cache, once
    assertThat(init.err())
        .isEqualTo(
            "tinta: making the start-up cache for Java "
                + System.getProperty("java.version")
                + " (once; a few seconds)...\n");

    Path blog = work.resolve("blog");
    Run build = tinta(blog, "build");
    assertThat(build.err()).isEmpty();
    assertThat(build.code()).isZero();
    assertThat(build.out())
        .matches("Posts 1 · Pages \\d+ · Tags 1 · Files \\d+ \\(\\d+ changed\\) · [\\d,]+ ms\n");
    Document index = Jsoup.parse(blog.resolve("site-output/index.html").toFile(), "UTF-8");
    assertThat(index.select("main article.teaser h2").eachText()).containsExactly("Hello, world");
    assertThat(blog.resolve("site-output/style.css")).isRegularFile();

    Run check = tinta(blog, "check");
    assertThat(check.err()).isEmpty();
    assertThat(check.code()).isZero();
    assertThat(check.out()).matches("(?s).*Checked site-output/: .*\n");

    Run version = tinta(work, "--version");
    assertThat(version.err()).isEmpty();
    assertThat(version.code()).isZero();
    assertThat(version.out().split("\n"))
        .hasSize(4)
        .satisfies(l -> assertThat(l[0]).isEqualTo("tinta " + VERSION))
        .satisfies(
            l ->
                assertThat(l[1])
                    .isEqualTo(
                        "Java "
                            + System.getProperty("java.runtime.version")
                            + " ("
                            + System.getProperty("java.vendor")
                            + ", "
                            + System.getProperty("java.home")
                            + ")"))
        .satisfies(l -> assertThat(l[2]).matches(inUse()))
        .satisfies(l -> assertThat(l[3]).isEqualTo("build daemon: off (TINTA_DAEMON=off)"));
  }

  @Test
  void buildsGoToAWarmDaemonThatMakesTheSameSite() throws IOException {
    Map<String, String> on = Map.of("TINTA_DAEMON", "on", "TINTA_DAEMON_IDLE", "2");
    assertThat(tinta(work, "init", "blog").code()).isZero();
    Path blog = work.resolve("blog");
    try {
      Run first = tinta(blog, on, "build");
      assertThat(first.err()).isEmpty();
      assertThat(first.code()).isZero();
      assertThat(first.out()).matches(SUMMARY);
      long pid = daemonPid();
      assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
      assertThat(tinta(blog, on, "--version").out())
          .contains("build daemon: on (running: pid " + pid + ")");

      // the same daemon takes the next build; folders given relative to the client's folder
      Run daemon = tinta(work, on, "build", "--site", "blog", "--output", "by-daemon");
      assertThat(daemon.code()).isZero();
      assertThat(daemonPid()).isEqualTo(pid);
      Run direct = tinta(work, "build", "--site=blog", "--output=direct");
      assertThat(direct.code()).isZero();
      assertThat(files(work.resolve("by-daemon"))).isEqualTo(files(work.resolve("direct")));

      // a user's mistake comes back as it does without a daemon: compiler-style, exit 1
      Path bad = blog.resolve("content/posts/bad.md");
      Files.writeString(bad, "---\ntitle: [broken\n---\nx\n");
      Run mistake = tinta(blog, on, "build");
      assertThat(mistake.code()).isEqualTo(1);
      assertThat(mistake.out()).isEmpty();
      assertThat(mistake.err()).isEqualTo(tinta(blog, "build").err()).endsWith("\n1 error\n");
      Files.delete(bad);

      // a daemon that died: the next build starts another one
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      waitUntilGone(pid);
      Run after = tinta(blog, on, "build");
      assertThat(after.err()).isEmpty();
      assertThat(after.code()).isZero();
      long second = daemonPid();
      assertThat(second).isNotEqualTo(pid);

      // a new jar: the old daemon refuses the build (which runs without it) and stops
      Path jar = install.resolve("tinta-" + VERSION + "/lib/tinta.jar");
      Files.setLastModifiedTime(
          jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2_000));
      Run updated = tinta(blog, on, "build");
      assertThat(updated.code()).isZero();
      assertThat(updated.out()).matches(SUMMARY);
      waitUntilGone(second);
    } finally {
      Run stop = tinta(work, "daemon", "stop");
      assertThat(stop.code()).isZero();
    }
    assertThat(tinta(work, "daemon", "status").out()).isEqualTo("no build daemon is running\n");
  }

  private static final String SUMMARY =
      "Posts 1 · Pages \\d+ · Tags 1 · Files \\d+ \\(\\d+ changed\\) · [\\d,]+ ms\n";

  /** The pid in the one daemon port file there is. */
  private long daemonPid() throws IOException {
    try (Stream<Path> files = Files.list(home.resolve(".cache/tinta/daemons"))) {
      List<Path> ports = files.filter(p -> p.toString().endsWith(".port")).toList();
      assertThat(ports).hasSize(1);
      return Long.parseLong(Files.readString(ports.get(0)).strip().split(" ")[2]);
    }
  }

  private static void waitUntilGone(long pid) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      assertThat(System.nanoTime()).as("process %d still alive", pid).isLessThan(until);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Every file below {@code dir}, by relative path, as bytes. */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(p).toString(),
            java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  @Test
  void aNewJarGetsANewCacheAndTheCacheCanBeTurnedOff() throws IOException {
    Run first = tinta(work, "init", "blog");
    assertThat(first.err()).startsWith("tinta: making the start-up cache");
    Path blog = work.resolve("blog");
    assertThat(tinta(blog, "build").err()).isEmpty();

    // an updated jar (a new tinta unpacked over the old one): the old cache must not be used.
    // The jar is made newer than the cache by putting the cache back in time (a jar dated in the
    // future would also be newer than the next cache, if that took less time to make).
    Path jar = install.resolve("tinta-" + VERSION + "/lib/tinta.jar");
    FileTime before = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000);
    for (Path cache : cacheFiles()) {
      Files.setLastModifiedTime(cache, before);
    }
    Run rebuilt = tinta(blog, "build");
    assertThat(rebuilt.code()).isZero();
    assertThat(rebuilt.err()).startsWith("tinta: making the start-up cache");
    assertThat(tinta(blog, "--version").out().split("\n")[2]).matches(inUse());
    assertThat(cacheFiles()).hasSize(1); // the stale one was replaced, not kept beside it

    Run off = tinta(blog, Map.of("TINTA_STARTUP_CACHE", "off"), "--version");
    assertThat(off.out().split("\n")[2])
        .isEqualTo("start-up cache: not in use (TINTA_STARTUP_CACHE=off)");
  }

  @Test
  void anotherJavaGetsItsOwnCacheAndJava25AnAotCache() throws IOException {
    Optional<Path> java25 = java25();
    assumeTrue(java25.isPresent(), "no Java 25 or later in /usr/lib/jvm to switch to");
    assertThat(tinta(work, "init", "blog").code()).isZero();
    Path blog = work.resolve("blog");

    Run build = tinta(blog, Map.of("JAVA_HOME", java25.get().toString()), "build");
    assertThat(build.code()).isZero();
    assertThat(build.err()).startsWith("tinta: making the start-up cache for Java 2");
    Run version = tinta(blog, Map.of("JAVA_HOME", java25.get().toString()), "--version");
    assertThat(version.out().split("\n")[2])
        .matches("start-up cache: in use \\(AOT cache .*/\\.cache/tinta/\\d+/\\d+\\.aot\\)");
    // the first Java's cache is still there and still used
    assertThat(tinta(blog, "--version").out().split("\n")[2]).matches(inUse());
    assertThat(cacheFiles()).hasSize(2);
  }

  /** A Java 25 or later installed beside the one running the tests, if any. */
  private static Optional<Path> java25() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (Runtime.version().feature() >= 25 || !Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      for (Path home : homes.sorted().toList()) {
        Path release = home.resolve("release");
        if (Files.isExecutable(home.resolve("bin/java")) && Files.isRegularFile(release)) {
          var m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
          if (m.find() && Integer.parseInt(m.group(1)) >= 25) {
            return Optional.of(home);
          }
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void aLinkOnPathFindsTheInstallAndCompletionIsGenerated() throws IOException {
    Path links = Files.createDirectories(tmp.resolve("links"));
    Files.createSymbolicLink(
        links.resolve("tinta"), install.resolve("tinta-" + VERSION + "/bin/tinta"));
    Run help = run(work, links, Map.of(), "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).startsWith("Usage: tinta [-hV] [COMMAND]\n").contains("  completion  ");
    Run bash = run(work, links, Map.of(), "completion", "bash");
    assertThat(bash.code()).isZero();
    assertThat(bash.out())
        .startsWith("#!/usr/bin/env bash\n")
        .contains("complete -F _complete_tinta");
    // questions are answered at once: no cache is made for them
    assertThat(help.err()).isEmpty();
    assertThat(bash.err()).isEmpty();
    assertThat(cacheFiles()).isEmpty();
  }

  private static Pattern inUse() {
    int major = Runtime.version().feature();
    String kind = major >= 25 ? "AOT cache" : "AppCDS archive";
    String ext = major >= 25 ? "aot" : "appcds";
    return Pattern.compile(
        "start-up cache: in use \\(" + kind + " .*/\\.cache/tinta/\\d+/\\d+\\." + ext + "\\)");
  }

  private List<Path> cacheFiles() throws IOException {
    Path root = home.resolve(".cache/tinta");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().matches(".*\\.(appcds|aot)$")).toList();
    }
  }

  private Run tinta(Path dir, String... args) throws IOException {
    return tinta(dir, Map.of(), args);
  }

  private Run tinta(Path dir, Map<String, String> env, String... args) throws IOException {
    return run(dir, install.resolve("tinta-" + VERSION + "/bin"), env, args);
  }

  /** Runs {@code tinta ARGS} in {@code dir} with only PATH, HOME and JAVA_HOME set. */
  private Run run(Path dir, Path bin, Map<String, String> env, String... args) throws IOException {
    // the command is found through PATH, as a user's shell finds it
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "tinta \"$@\"", "sh"));
    Collections.addAll(command, args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().put("HOME", home.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // no build daemon left running after a test, except where a test asks for one
    pb.environment().put("TINTA_DAEMON", "off");
    pb.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    try {
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("tinta " + String.join(" ", args) + " did not finish");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Unpacks a zip with its files' Unix modes (java.util.zip cannot read them). */
  private static void unzip(Path zip, Path into) throws IOException {
    try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
        Path target = into.resolve(e.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new AssertionError("zip entry leaves the folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = z.getInputStream(e)) {
          Files.copy(in, target);
        }
        if ((e.getUnixMode() & 0100) != 0) {
          Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
          perms.add(PosixFilePermission.OWNER_EXECUTE);
          perms.add(PosixFilePermission.GROUP_EXECUTE);
          perms.add(PosixFilePermission.OTHERS_EXECUTE);
          Files.setPosixFilePermissions(target, perms);
        }
      }
    }
  }
}
