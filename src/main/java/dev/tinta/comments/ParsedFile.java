package dev.tinta.comments;

import dev.tinta.model.Comment;
import dev.tinta.problem.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A comments file after parsing: its valid entries in file order and every problem found. When
 * {@code problems} is not empty the file must neither be published nor rewritten.
 *
 * @param file path relative to the site, with forward slashes
 */
record ParsedFile(
    String file,
    String slug,
    List<ParsedEntry> entries,
    List<Problem> problems,
    ListLayout layout) {

  ParsedFile {
    Objects.requireNonNull(file);
    Objects.requireNonNull(slug);
    Objects.requireNonNull(layout);
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  static ParsedFile failed(String file, String slug, List<Problem> problems) {
    return new ParsedFile(file, slug, List.of(), problems, ListLayout.flow());
  }

  boolean ok() {
    return problems.isEmpty();
  }

  /** The entry with this id. */
  Optional<ParsedEntry> entry(String id) {
    return entries.stream().filter(e -> e.comment().id().equals(id)).findFirst();
  }

  List<Comment> comments() {
    return entries.stream().map(ParsedEntry::comment).toList();
  }
}
