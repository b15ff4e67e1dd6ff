package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTest {
  @TempDir Path tmp;

  @Test
  void mappedFilesAreReadFromAMapsListing() throws IOException {
    Path maps =
        Files.writeString(
            tmp.resolve("maps"),
            """
            7ffb00000-7ffb75000 rw-p 00c77000 fe:00 328258                           /usr/lib/jvm/x/lib/server/classes.jsa
            7f3427bc7000-7f3427c1a000 rw-p 00001000 fe:00 2146331                    /home/a b/.cache/tinta/1/2.appcds
            7f3427bc7000-7f3427c1a000 rw-p 00001000 fe:00 2146331                    /home/a b/.cache/tinta/1/2.appcds
            7f3427c1a000-7f3427c3a000 rw-p 00000000 00:00 0                          [heap]
            7f3427c3a000-7f3427c5a000 rw-p 00000000 00:00 0
            """);
    assertThat(StartupCache.mappedFiles(maps))
        .contains(
            List.of("/usr/lib/jvm/x/lib/server/classes.jsa", "/home/a b/.cache/tinta/1/2.appcds"));
    assertThat(StartupCache.mappedFiles(tmp.resolve("missing"))).isEmpty();
  }

  @Test
  void describesWhatTheLauncherGaveAndWhetherJavaMappedIt() throws IOException {
    Path cache = Files.createFile(tmp.resolve("1.appcds"));
    String real = cache.toRealPath().toString();
    Optional<List<String>> mapped = Optional.of(List.of("/lib/classes.jsa", real));
    Optional<List<String>> notMapped = Optional.of(List.of("/lib/classes.jsa"));

    assertThat(new StartupCache("appcds", cache.toString(), mapped).describe())
        .isEqualTo("in use (AppCDS archive " + cache + ")");
    assertThat(new StartupCache("aot", cache.toString(), notMapped).describe())
        .isEqualTo("not in use (Java did not accept the AOT cache " + cache + ")");
    assertThat(new StartupCache("appcds", cache.toString(), Optional.empty()).describe())
        .isEqualTo(
            "AppCDS archive "
                + cache
                + " given to Java (this system cannot tell whether it is used)");
    assertThat(new StartupCache("none", "TINTA_STARTUP_CACHE=off", mapped).describe())
        .isEqualTo("not in use (TINTA_STARTUP_CACHE=off)");
    assertThat(new StartupCache("", "", mapped).describe())
        .isEqualTo("not in use (tinta was started without its launcher, bin/tinta)");
  }

  @Test
  void versionNamesTinta_JavaAndTheCache() {
    BuildCommandTest.CliRun run = BuildCommandTest.CliRun.of("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "tinta development\nJava "
                + System.getProperty("java.runtime.version")
                + " ("
                + System.getProperty("java.vendor")
                + ", "
                + System.getProperty("java.home")
                + ")\nstart-up cache: not in use (tinta was started without its launcher,"
                + " bin/tinta)\nbuild daemon: off (tinta was started without its launcher,"
                + " bin/tinta)\n");
  }
}
