package dev.tinta.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void formatsCompilerStyle() {
    assertThat(
            Problem.at("content/posts/hello.md", 4, 7, "'date' is not a date")
                .withHint("2010-08-31")
                .format())
        .isEqualTo("content/posts/hello.md:4:7: error: 'date' is not a date (hint: 2010-08-31)");
  }

  @Test
  void leavesOutUnknownPositionsAndEmptyHints() {
    assertThat(Problem.inFile("site.yaml", "not valid UTF-8 text").format())
        .isEqualTo("site.yaml: error: not valid UTF-8 text");
    assertThat(Problem.at("a.md", 3, 0, "m").format()).isEqualTo("a.md:3: error: m");
    assertThat(new Problem("a.md", 1, 2, "m", null).format()).isEqualTo("a.md:1:2: error: m");
    assertThat(Problem.at("a.md", 1, 2, "m").toString()).isEqualTo("a.md:1:2: error: m");
  }

  @Test
  void aWarningPrintsAsOneAndKeepsItsSeverity() {
    Problem w = Problem.warningAt("content/posts/a.md", 3, 1, "m").withHint("h");
    assertThat(w.format()).isEqualTo("content/posts/a.md:3:1: warning: m (hint: h)");
    assertThat(w.isWarning()).isTrue();
    assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
    assertThat(Problem.warningAt("content/x.txt", 0, 0, "m").format())
        .isEqualTo("content/x.txt: warning: m");
    assertThat(Problem.at("a.md", 1, 1, "m").isWarning()).isFalse();
  }

  @Test
  void onlyErrorsMakeProblemsThrow() {
    Problems problems = new Problems();
    problems.add(Problem.warningAt("a.md", 1, 1, "w"));
    problems.throwIfAny();
    assertThat(problems.hasErrors()).isFalse();

    problems.add(Problem.at("b.md", 1, 1, "e"));
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.warningAt("a.md", 1, 1, "w"), Problem.at("b.md", 1, 1, "e")));
  }

  @Test
  void positionsAreNeverNegative() {
    assertThatThrownBy(() -> Problem.at("a.md", -1, 1, "m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Problem.at("a.md", 1, -1, "m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Problem.at(null, 1, 1, "m")).isInstanceOf(NullPointerException.class);
  }
}
