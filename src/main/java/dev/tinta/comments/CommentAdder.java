package dev.tinta.comments;

import dev.tinta.comments.CommentFileUpdater.Replacement;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Adds comments by appending their lines to the post's comments file, any number in one locked,
 * atomic write; see {@link CommentModerator#add} and {@link CommentModerator#addAll}. The file is
 * parsed once while it holds what this adder last wrote or read ({@link ParsedFileCache}); each
 * append is then checked by parsing only the appended entries, so a write to a busy post costs its
 * new comments, not the whole file.
 */
final class CommentAdder {
  private final Path siteDir;
  private final CommentSettings settings;
  private final Clock clock;
  private final CommentFileParser parser;
  private final CommentFileUpdater updater;
  private final ParsedFileCache files;

  CommentAdder(
      Path siteDir,
      CommentSettings settings,
      Clock clock,
      CommentFileParser parser,
      CommentFileUpdater updater,
      ParsedFileCache files) {
    this.siteDir = siteDir;
    this.settings = settings;
    this.clock = clock;
    this.parser = parser;
    this.updater = updater;
    this.files = files;
  }

  Comment add(NewComment draft) {
    AddOutcome outcome = addAll(draft.postSlug(), List.of(draft)).get(0);
    if (outcome instanceof AddOutcome.Refused refused) {
      throw new SiteException(refused.problems());
    }
    return ((AddOutcome.Added) outcome).comment();
  }

  /**
   * Appends the owner's reply to {@code parent}: approved at once and marked {@code owner: true}.
   * The fields are checked as a reader's are (without an author link).
   */
  Comment addOwnerReply(String slug, String parent, String author, String body) {
    NewComment draft = new NewComment(slug, author, "", parent, body);
    Path file = CommentFiles.file(siteDir, slug);
    String name = CommentFiles.relative(slug);
    List<Problem> problems = new ArrayList<>();
    for (FieldProblem f : draft.check(settings)) {
      problems.add(Problem.inFile(name, f.message()));
    }
    if (parent.isBlank()) {
      problems.add(Problem.inFile(name, "a reply needs the comment it replies to"));
    }
    if (!problems.isEmpty()) {
      throw new SiteException(problems);
    }
    EntryWriter.Entry entry =
        new EntryWriter.Entry(
            "",
            UntrustedText.line(author),
            "",
            now(),
            dev.tinta.model.CommentStatus.APPROVED,
            parent.strip(),
            NewComment.normalizedBody(body),
            "",
            true);
    AddOutcome outcome =
        write(
                file,
                name,
                () -> {
                  Optional<FileSnapshot> current = files.read(file, name, slug);
                  if (current.isEmpty()) {
                    throw new SiteException(
                        Problem.inFile(name, "no comment with id '" + parent + "' to reply to"));
                  }
                  return current.get();
                },
                List.of(entry))
            .get(0);
    if (outcome instanceof AddOutcome.Refused refused) {
      throw new SiteException(refused.problems());
    }
    return ((AddOutcome.Added) outcome).comment();
  }

  /**
   * Writes every valid draft in one update of the file; one outcome per draft, in order.
   *
   * @throws SiteException when the file has problems or cannot be read or written: then nothing was
   *     written
   */
  List<AddOutcome> addAll(String slug, List<NewComment> drafts) {
    Path file = CommentFiles.file(siteDir, slug);
    String name = CommentFiles.relative(slug);
    boolean postMissing = !Files.exists(file) && !postExists(slug);
    AddOutcome[] outcomes = new AddOutcome[drafts.size()];
    List<Integer> valid = new ArrayList<>();
    List<EntryWriter.Entry> entries = new ArrayList<>();
    OffsetDateTime now = now();
    for (int i = 0; i < drafts.size(); i++) {
      NewComment draft = drafts.get(i);
      if (!draft.postSlug().equals(slug)) {
        throw new IllegalArgumentException("a draft for another post: " + draft.postSlug());
      }
      List<Problem> problems = new ArrayList<>();
      if (postMissing) {
        problems.add(
            Problem.inFile(name, "no post '" + slug + "' to comment on")
                .withHint("add content/posts/" + slug + ".md first"));
      }
      List<FieldProblem> fields = draft.check(settings);
      for (FieldProblem f : fields) {
        Problem p = Problem.inFile(name, f.message());
        problems.add(
            f.kind() == FieldProblem.Kind.NOT_HTTP ? p.withHint("https://example.org") : p);
      }
      if (problems.isEmpty()) {
        valid.add(i);
        entries.add(
            new EntryWriter.Entry(
                "",
                UntrustedText.line(draft.author()),
                draft.url().strip(),
                now,
                draft.status(),
                draft.parent().strip(),
                NewComment.normalizedBody(draft.body()),
                draft.ipHash()));
      } else {
        outcomes[i] = new AddOutcome.Refused(problems, fields);
      }
    }
    if (!entries.isEmpty()) {
      List<AddOutcome> added =
          write(
              file,
              name,
              () -> files.read(file, name, slug).orElseGet(() -> empty(name, slug)),
              entries);
      for (int k = 0; k < valid.size(); k++) {
        outcomes[valid.get(k)] = added.get(k);
      }
    }
    return List.of(outcomes);
  }

  /**
   * Appends the entries to the file as {@code current} reads it under the lock. Before the new
   * content replaces the old, both are remembered with their parses: a reader finds the old until
   * the rename and the new after it, and the next append parses only its own entries.
   */
  private List<AddOutcome> write(
      Path file, String name, Supplier<FileSnapshot> current, List<EntryWriter.Entry> entries) {
    return updater.replace(
        file,
        name,
        () -> {
          FileSnapshot before = current.get();
          Replacement<List<AddOutcome>> r = append(name, before, entries);
          r.content().ifPresent(after -> files.remember(file, before, after));
          return r;
        });
  }

  /** A new file's text before its first entry. */
  private FileSnapshot empty(String name, String slug) {
    String text = "# comments for " + slug + "\n";
    return FileSnapshot.of(
        text.getBytes(StandardCharsets.UTF_8), text, parser.parse(name, slug, text));
  }

  /**
   * Appends the entries to {@code current}; entries whose parent is not in the file are refused.
   * The new content is checked to read back as the old comments followed by the new ones.
   */
  private Replacement<List<AddOutcome>> append(
      String name, FileSnapshot current, List<EntryWriter.Entry> entries) {
    ParsedFile parsed = current.parsed();
    if (!parsed.ok()) {
      throw new SiteException(parsed.problems());
    }
    if (!parsed.layout().appendable()) {
      throw new SiteException(
          Problem.inFile(name, "cannot add to a comments file written as a [flow, list]")
              .withHint("write each comment as a block entry starting with '- id:'"));
    }
    long next = current.nextNumber();
    String newline = current.newline();
    StringBuilder lines = new StringBuilder();
    List<Comment> wanted = new ArrayList<>();
    List<AddOutcome> outcomes = new ArrayList<>();
    List<Integer> addedAt = new ArrayList<>();
    for (EntryWriter.Entry entry : entries) {
      if (!entry.parent().isEmpty() && parsed.entry(entry.parent()).isEmpty()) {
        String parent = UntrustedText.line(entry.parent());
        outcomes.add(
            new AddOutcome.Refused(
                List.of(Problem.inFile(name, "no comment with id '" + parent + "' to reply to")),
                List.of(new FieldProblem("parent", FieldProblem.Kind.INVALID, 0))));
        continue;
      }
      EntryWriter.Entry numbered = entry.withId("c" + next++);
      lines.append(EntryWriter.lines(numbered, parsed.layout().indent(), newline));
      wanted.add(numbered.comment(parsed.slug(), name));
      addedAt.add(outcomes.size());
      outcomes.add(null);
    }
    if (wanted.isEmpty()) {
      return new Replacement<>(Optional.empty(), outcomes);
    }
    FileSnapshot changed;
    if (current.endsWithOwnEntry()) {
      ParsedFile after =
          EditCheck.verifyAppended(
              parsed, parser.parseAppended(parsed, lines.toString(), current.lineCount()), wanted);
      changed = current.append(lines.toString(), after, next);
    } else {
      String text = TextEdits.withLines(current.text(), lines.toString(), newline);
      ParsedFile after = EditCheck.verifyAppended(parser, parsed, text, wanted);
      changed = FileSnapshot.appended(text.getBytes(StandardCharsets.UTF_8), text, after);
    }
    List<ParsedEntry> added = changed.parsed().entries();
    for (int k = 0; k < wanted.size(); k++) {
      Comment read = added.get(parsed.entries().size() + k).comment();
      outcomes.set(addedAt.get(k), new AddOutcome.Added(read));
    }
    return new Replacement<>(Optional.of(changed), outcomes);
  }

  private boolean postExists(String slug) {
    Path posts = siteDir.resolve("content/posts");
    return Files.isRegularFile(posts.resolve(slug + ".md"))
        || Files.isRegularFile(posts.resolve(slug + ".markdown"))
        || Files.isRegularFile(posts.resolve(slug).resolve("index.md"));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }
}
