package dev.tinta.content;

import dev.tinta.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter (between {@code ---} lines) and body.
 *
 * @param yaml the YAML text, which starts on line 2 of the file
 * @param body the Markdown after the closing {@code ---}
 * @param bodyLine 1-based line where the body starts
 */
record FrontMatter(String yaml, String body, int bodyLine) {

  /** Lines of the file above the YAML text: the opening {@code ---}. */
  static final int YAML_LINE_OFFSET = 1;

  static Optional<FrontMatter> split(String file, String text, List<Problem> problems) {
    if (!text.startsWith("---\n") && !text.equals("---")) {
      problems.add(
          Problem.at(file, 1, 1, "no front matter")
              .withHint("start the file with a line '---', then title: and date:, then '---'"));
      return Optional.empty();
    }
    int start = 4;
    int pos = start;
    int line = 2;
    while (pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
      if (current.stripTrailing().equals("---")) {
        String yaml = text.substring(start, pos);
        String body = end < 0 ? "" : text.substring(end + 1);
        return Optional.of(new FrontMatter(yaml, body, line + 1));
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      line++;
    }
    problems.add(
        Problem.at(file, 1, 1, "front matter is not closed")
            .withHint("end it with a line '---' before the text"));
    return Optional.empty();
  }
}
