package dev.tinta.comments;

import dev.tinta.comments.CommentFileUpdater.Edit;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds comments by appending their lines to the post's comments file, any number in one locked,
 * atomic write; see {@link CommentModerator#add} and {@link CommentModerator#addAll}.
 */
final class CommentAdder {
  private static final Pattern NUMBERED_ID = Pattern.compile("c([0-9]{1,9})");

  private final Path siteDir;
  private final CommentSettings settings;
  private final Clock clock;
  private final CommentFileParser parser;
  private final CommentFileUpdater updater;

  /**
   * The text this adder last wrote to a file and its parse, so the next add to the same file (a
   * busy post on the intake server) need not parse it again: reused only when the file still holds
   * exactly that text. A few files at most.
   */
  private final Map<Path, Written> written =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Path, Written> eldest) {
              return size() > CACHED_FILES;
            }
          });

  private static final int CACHED_FILES = 32;

  private record Written(String text, ParsedFile parsed) {}

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
        updater
            .update(
                file,
                name,
                current -> {
                  if (current.isEmpty()) {
                    throw new SiteException(
                        Problem.inFile(name, "no comment with id '" + parent + "' to reply to"));
                  }
                  return append(file, name, slug, current, List.of(entry));
                })
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
          updater.update(file, name, current -> append(file, name, slug, current, entries));
      for (int k = 0; k < valid.size(); k++) {
        outcomes[valid.get(k)] = added.get(k);
      }
    }
    return List.of(outcomes);
  }

  private Edit<List<AddOutcome>> append(
      Path file,
      String name,
      String slug,
      Optional<String> current,
      List<EntryWriter.Entry> entries) {
    String text = current.orElse("# comments for " + slug + "\n");
    Written last = written.get(file);
    // the text we wrote ourselves ends with an entry of ours: appending to it can be checked by
    // parsing only what is appended (CommentFileParser.parseAppended)
    boolean ours = last != null && last.text().equals(text) && text.endsWith("\n");
    ParsedFile parsed = ours ? last.parsed() : parser.parse(name, slug, text);
    if (!parsed.ok()) {
      throw new SiteException(parsed.problems());
    }
    if (!parsed.layout().appendable()) {
      throw new SiteException(
          Problem.inFile(name, "cannot add to a comments file written as a [flow, list]")
              .withHint("write each comment as a block entry starting with '- id:'"));
    }
    long next = nextNumber(parsed);
    String newline = TextEdits.newline(text);
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
      wanted.add(numbered.comment(slug, name));
      addedAt.add(outcomes.size());
      outcomes.add(null);
    }
    if (wanted.isEmpty()) {
      return new Edit<>(Optional.empty(), outcomes);
    }
    String changed = TextEdits.withLines(text, lines.toString(), newline);
    ParsedFile after =
        ours
            ? EditCheck.verifyAppended(
                parsed,
                parser.parseAppended(parsed, lines.toString(), TextEdits.lineCount(text)),
                wanted)
            : EditCheck.verifyAppended(parser, parsed, changed, wanted);
    written.put(file, new Written(changed, after));
    List<Comment> read = after.comments().subList(parsed.entries().size(), after.entries().size());
    for (int k = 0; k < read.size(); k++) {
      outcomes.set(addedAt.get(k), new AddOutcome.Added(read.get(k)));
    }
    return new Edit<>(Optional.of(changed), outcomes);
  }

  /** One more than the highest number {@code cN} in use, so ids never repeat. */
  private static long nextNumber(ParsedFile parsed) {
    long max = 0;
    for (Comment c : parsed.comments()) {
      Matcher m = NUMBERED_ID.matcher(c.id());
      if (m.matches()) {
        max = Math.max(max, Long.parseLong(m.group(1)));
      }
    }
    return max + 1;
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
