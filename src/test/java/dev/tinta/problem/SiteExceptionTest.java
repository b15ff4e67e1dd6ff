package dev.tinta.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SiteExceptionTest {

  @Test
  void sortsByFileLineColumnAndDropsRepeats() {
    Problem b = Problem.at("content/posts/b.md", 2, 1, "late");
    Problem a10 = Problem.at("content/posts/a.md", 10, 1, "ten");
    Problem a2 = Problem.at("content/posts/a.md", 2, 9, "two");
    Problem a2early = Problem.at("content/posts/a.md", 2, 3, "two, earlier");
    SiteException e = new SiteException(List.of(b, a10, a2, b, a2early));

    assertThat(e.problems()).containsExactly(a2early, a2, a10, b);
  }

  @Test
  void messageHoldsEveryProblem() {
    SiteException e =
        new SiteException(List.of(Problem.at("x.md", 1, 1, "one"), Problem.inFile("y.md", "two")));
    assertThat(e.getMessage()).isEqualTo("x.md:1:1: error: one\ny.md: error: two");
  }

  @Test
  void needsAProblem() {
    assertThatThrownBy(() -> new SiteException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void problemsCollectsFromManyThreadsAndKeepsEachOnce() {
    Problems problems = new Problems();
    assertThat(problems.isEmpty()).isTrue();
    problems.throwIfAny();

    IntStream.range(0, 1000)
        .parallel()
        .forEach(i -> problems.add(Problem.at("f.md", i % 100 + 1, 1, "m")));
    problems.addAll(List.of(Problem.at("f.md", 1, 1, "m")));

    assertThat(problems.list()).hasSize(100);
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(100)
                    .first()
                    .isEqualTo(Problem.at("f.md", 1, 1, "m")));
  }
}
