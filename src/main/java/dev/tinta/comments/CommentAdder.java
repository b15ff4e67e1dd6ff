package dev.tinta.comments;

import dev.tinta.comments.CommentFileUpdater.Edit;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a comment by appending its lines to the post's comments file; see {@link
 * CommentModerator#add}.
 */
final class CommentAdder {
  private static final Pattern NUMBERED_ID = Pattern.compile("c([0-9]{1,9})");

  private final Path siteDir;
  private final CommentSettings settings;
  private final Clock clock;
  private final CommentFileParser parser;
  private final CommentFileUpdater updater;

  CommentAdder(
      Path siteDir,
      CommentSettings settings,
      Clock clock,
      CommentFileParser parser,
      CommentFileUpdater updater) {
    this.siteDir = siteDir;
    this.settings = settings;
    this.clock = clock;
    this.parser = parser;
    this.updater = updater;
  }

  Comment add(NewComment draft) {
    String slug = draft.postSlug();
    Path file = CommentFiles.file(siteDir, slug);
    String name = CommentFiles.relative(slug);
    String author = UntrustedText.line(draft.author());
    String url = draft.url().strip();
    String body = normalizedBody(draft.body());
    List<Problem> problems = new ArrayList<>();
    if (!Files.exists(file) && !postExists(slug)) {
      problems.add(
          Problem.inFile(name, "no post '" + slug + "' to comment on")
              .withHint("add content/posts/" + slug + ".md first"));
    }
    if (author.isEmpty()) {
      problems.add(Problem.inFile(name, "the author must not be empty"));
    } else if (UntrustedText.length(author) > settings.maxAuthorLength()) {
      problems.add(
          Problem.inFile(
              name, "the author is longer than " + settings.maxAuthorLength() + " characters"));
    }
    if (!url.isEmpty() && UntrustedText.httpUrl(url).isEmpty()) {
      problems.add(
          Problem.inFile(name, "the link must be an http or https address")
              .withHint("https://example.org"));
    }
    if (body.isBlank()) {
      problems.add(Problem.inFile(name, "the comment body is empty"));
    } else if (UntrustedText.length(body) > settings.maxBodyLength()) {
      problems.add(
          Problem.inFile(
              name, "the body is longer than " + settings.maxBodyLength() + " characters"));
    }
    if (!problems.isEmpty()) {
      throw new SiteException(problems);
    }
    EntryWriter.Entry entry =
        new EntryWriter.Entry(
            "", author, url, now(), CommentStatus.PENDING, draft.parent().strip(), body);
    return updater.update(file, name, current -> append(name, slug, current, entry));
  }

  private Edit<Comment> append(
      String name, String slug, Optional<String> current, EntryWriter.Entry entry) {
    String text = current.orElse("# comments for " + slug + "\n");
    ParsedFile parsed = parser.parse(name, slug, text);
    if (!parsed.ok()) {
      throw new SiteException(parsed.problems());
    }
    if (!parsed.layout().appendable()) {
      throw new SiteException(
          Problem.inFile(name, "cannot add to a comments file written as a [flow, list]")
              .withHint("write each comment as a block entry starting with '- id:'"));
    }
    if (!entry.parent().isEmpty() && parsed.entry(entry.parent()).isEmpty()) {
      throw new SiteException(
          Problem.inFile(
              name, "no comment with id '" + UntrustedText.line(entry.parent()) + "' to reply to"));
    }
    EntryWriter.Entry numbered =
        new EntryWriter.Entry(
            nextId(parsed),
            entry.author(),
            entry.url(),
            entry.date(),
            entry.status(),
            entry.parent(),
            entry.body());
    String newline = TextEdits.newline(text);
    String changed =
        TextEdits.withLines(
            text, EntryWriter.lines(numbered, parsed.layout().indent(), newline), newline);
    Comment wanted =
        new Comment(
            slug,
            numbered.id(),
            numbered.author(),
            numbered.url(),
            numbered.date().toZonedDateTime(),
            numbered.status(),
            numbered.parent(),
            numbered.body(),
            name,
            0);
    return new Edit<>(
        Optional.of(changed), EditCheck.verifyAppended(parser, parsed, changed, wanted));
  }

  /** {@code c} followed by one more than the highest number in use, so ids never repeat. */
  private static String nextId(ParsedFile parsed) {
    long max = 0;
    for (Comment c : parsed.comments()) {
      Matcher m = NUMBERED_ID.matcher(c.id());
      if (m.matches()) {
        max = Math.max(max, Long.parseLong(m.group(1)));
      }
    }
    return "c" + (max + 1);
  }

  private boolean postExists(String slug) {
    Path posts = siteDir.resolve("content/posts");
    return Files.isRegularFile(posts.resolve(slug + ".md"))
        || Files.isRegularFile(posts.resolve(slug).resolve("index.md"));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }

  /** Unix line breaks, no blank lines before or trailing space after, one final line break. */
  private static String normalizedBody(String body) {
    String unix = body.replace("\r\n", "\n").replace('\r', '\n');
    return unix.replaceFirst("^(?:[ \t]*\n)+", "").stripTrailing() + "\n";
  }
}
