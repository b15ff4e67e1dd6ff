package dev.tinta.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemReportTest {

  @Test
  void printsAtMostOneHundredThenCountsTheRest() {
    List<Problem> problems = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      problems.add(
          i % 2 == 0
              ? Problem.at("content/posts/p" + i + ".md", 1, 1, "bad")
              : Problem.warningAt("content/posts/p" + i + ".md", 1, 1, "odd"));
    }

    List<String> lines = ProblemReport.lines(problems);

    assertThat(lines).hasSize(101);
    assertThat(lines.get(0)).isEqualTo("content/posts/p1.md:1:1: warning: odd");
    assertThat(lines.get(99)).isEqualTo("content/posts/p100.md:1:1: error: bad");
    assertThat(lines.get(100)).isEqualTo("and 50 more");
    assertThat(ProblemReport.count(problems)).isEqualTo("75 errors, 75 warnings");
  }

  @Test
  void aShortListIsPrintedWhole() {
    List<Problem> two = List.of(Problem.at("a.md", 1, 1, "e"), Problem.at("b.md", 2, 1, "e"));
    assertThat(ProblemReport.lines(two))
        .containsExactly("a.md:1:1: error: e", "b.md:2:1: error: e");
    assertThat(ProblemReport.count(two)).isEqualTo("2 errors");
    assertThat(ProblemReport.count(two.subList(0, 1))).isEqualTo("1 error");
    assertThat(ProblemReport.count(List.of(Problem.warningAt("a.md", 0, 0, "w"))))
        .isEqualTo("1 warning");
  }
}
