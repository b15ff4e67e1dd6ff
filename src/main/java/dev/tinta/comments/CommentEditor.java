package dev.tinta.comments;

import dev.tinta.comments.CommentFileUpdater.Edit;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes one entry of a comments file in place: deletes it, or writes it again with another body
 * (a typo fixed by the owner). Only that entry's lines change; every other byte of the file stays.
 * See {@link CommentModerator#delete} and {@link CommentModerator#editBody}.
 */
final class CommentEditor {
  private final Path siteDir;
  private final CommentSettings settings;
  private final CommentFileParser parser;
  private final CommentFileUpdater updater;

  CommentEditor(
      Path siteDir,
      CommentSettings settings,
      CommentFileParser parser,
      CommentFileUpdater updater) {
    this.siteDir = siteDir;
    this.settings = settings;
    this.parser = parser;
    this.updater = updater;
  }

  /** Deletes one comment; one with replies is refused (they would lose their parent). */
  Comment delete(CommentRef ref) {
    return edit(
        ref,
        (parsed, target) -> {
          for (Comment c : parsed.comments()) {
            if (c.parent().equals(target.id())) {
              throw new SiteException(
                  Problem.inFile(
                          parsed.fileName(),
                          "comment '" + target.id() + "' has replies; it cannot be deleted")
                      .withHint("mark it as spam or rejected instead, or delete its replies"));
            }
          }
          return "";
        },
        parsed -> parsed.comments().stream().filter(c -> !c.id().equals(ref.id())).toList());
  }

  /** Writes the comment again with {@code body} (normalized as a new comment's body is). */
  Comment editBody(CommentRef ref, String body) {
    String text = NewComment.normalizedBody(body);
    if (text.isBlank()) {
      throw new SiteException(Problem.inFile(CommentFiles.relative(ref.postSlug()), "empty body"));
    }
    if (UntrustedText.length(text) > settings.maxBodyLength()) {
      throw new SiteException(
          Problem.inFile(
              CommentFiles.relative(ref.postSlug()),
              "the body is longer than " + settings.maxBodyLength() + " characters"));
    }
    return edit(
        ref,
        (parsed, target) ->
            EntryWriter.lines(
                EntryWriter.Entry.of(target).withBody(text),
                parsed.layout().indent(),
                TextEdits.newline(parsed.text())),
        parsed ->
            parsed.comments().stream()
                .map(c -> c.id().equals(ref.id()) ? c.withBody(text) : c)
                .toList());
  }

  /** What replaces the target entry's lines. */
  private interface Replacement {
    String lines(Text parsed, Comment target);
  }

  private interface Expected {
    List<Comment> comments(Text parsed);
  }

  /** A parsed file with its text. */
  private record Text(ParsedFile file, String text) {
    List<Comment> comments() {
      return file.comments();
    }

    ListLayout layout() {
      return file.layout();
    }

    String fileName() {
      return file.file();
    }
  }

  private Comment edit(CommentRef ref, Replacement replacement, Expected expected) {
    String name = CommentFiles.relative(ref.postSlug());
    Path file = CommentFiles.file(siteDir, ref.postSlug());
    return updater.update(
        file,
        name,
        current -> {
          String text =
              current.orElseThrow(
                  () ->
                      new SiteException(
                          Problem.inFile(
                              name, "no comments file for post '" + ref.postSlug() + "'")));
          ParsedFile parsed = parser.parse(name, ref.postSlug(), text);
          if (!parsed.ok()) {
            throw new SiteException(parsed.problems());
          }
          if (!parsed.layout().appendable()) {
            throw new SiteException(
                Problem.inFile(name, "cannot edit a comments file written as a [flow, list]")
                    .withHint("write each comment as a block entry starting with '- id:'"));
          }
          List<Comment> comments = parsed.comments();
          int index = -1;
          for (int i = 0; i < comments.size(); i++) {
            if (comments.get(i).id().equals(ref.id())) {
              index = i;
            }
          }
          if (index < 0) {
            throw new SiteException(
                Problem.inFile(name, "no comment with id '" + UntrustedText.line(ref.id()) + "'"));
          }
          Text t = new Text(parsed, text);
          Comment target = comments.get(index);
          List<String> lines = TextEdits.lines(text);
          int[] range = CommentPurger.entryLines(lines, comments, index, parsed.layout().indent());
          StringBuilder out = new StringBuilder(text.length());
          for (int l = 0; l < range[0]; l++) {
            out.append(lines.get(l));
          }
          if (range[0] > 0 && !out.toString().endsWith("\n") && !out.toString().endsWith("\r")) {
            out.append(TextEdits.newline(text));
          }
          out.append(replacement.lines(t, target));
          for (int l = range[1]; l < lines.size(); l++) {
            out.append(lines.get(l));
          }
          String changed = out.toString();
          EditCheck.verifyIgnoringLines(
              parser, name, ref.postSlug(), changed, new ArrayList<>(expected.comments(t)));
          return new Edit<>(Optional.of(changed), target);
        });
  }
}
