package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tinta.cli.BuildCommandTest.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion scripts, run in real shells: bash, and zsh when it is installed. */
class CompletionCommandTest {
  @TempDir Path tmp;
  Path script;

  @BeforeEach
  void writeScript() throws IOException {
    CliRun run = CliRun.of("completion", "bash");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    script = Files.writeString(tmp.resolve("tinta-completion"), run.out());
  }

  @Test
  void bashCompletesCommandsSubcommandsAndOptions() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no /bin/bash here");
    assertThat(bash("tinta", ""))
        .containsExactly(
            "build",
            "serve",
            "new",
            "init",
            "comments",
            "check",
            "import",
            "completion",
            "daemon",
            "help");
    assertThat(bash("tinta", "bu")).containsExactly("build");
    assertThat(bash("tinta", "comments", "ap")).containsExactly("approve");
    assertThat(bash("tinta", "build", "--d")).containsExactly("--drafts");
    assertThat(bash("tinta", "completion", "")).containsExactly("bash", "zsh");
  }

  @Test
  void zshCompletesThroughBashcompinit() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")), "zsh is not installed");
    // An interactive zsh on a pseudo-terminal (zpty), as a user types: TAB completes the word.
    Path driver =
        Files.writeString(
            tmp.resolve("drive.zsh"),
            """
            zmodload zsh/zpty
            zpty z zsh -f -i
            zpty -w z "PS1='> '; autoload -U compinit; compinit -u; source ${(q)1}; echo READY"
            zpty -r -m z out '*READY*'
            zpty -w -n z $'tinta comments ap\\t'
            all=""
            for i in {1..400}; do
              while zpty -r -t z chunk; do all+=$chunk; done
              [[ $all == *approve* ]] && break
              sleep 0.05
            done
            print -r -- "$all"
            zpty -d z
            """);
    String screen = run(List.of("/usr/bin/zsh", "-f", driver.toString(), script.toString()));
    // what the terminal shows last: the line, with escape sequences and redraws removed
    String plain = screen.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replaceAll(".\b", "");
    String[] lines = plain.split("[\r\n]+");
    assertThat(lines[lines.length - 1]).isEqualTo("> tinta comments approve ");
  }

  @Test
  void anUnknownShellIsAUsageError() {
    CliRun run = CliRun.of("completion", "fish");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "Invalid value for positional parameter at index 0 (SHELL): expected one of [bash,"
                + " zsh] (case-insensitive) but was 'fish'\n");
  }

  /** What bash's completion function offers for the words typed (the last one being completed). */
  private List<String> bash(String... words) throws Exception {
    String array = String.join(" ", Arrays.stream(words).map(w -> "'" + w + "'").toList());
    String program =
        "source \"$1\"; COMP_WORDS=("
            + array
            + "); COMP_CWORD="
            + (words.length - 1)
            + "; _complete_tinta 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
    String out = run(List.of("/bin/bash", "--norc", "-c", program, "bash", script.toString()));
    return out.isEmpty() ? List.of() : List.of(out.split("\n"));
  }

  private String run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }
}
