package dev.tinta.comments;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import dev.tinta.text.DateTimes;
import dev.tinta.yaml.YamlMap;
import dev.tinta.yaml.YamlPosition;
import dev.tinta.yaml.YamlReader;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Parses the text of one comments file into {@link ParsedFile}: every entry checked, every mistake
 * a {@link Problem} at its line and column. Stateless and thread-safe.
 */
final class CommentFileParser {
  /** Ids end up in anchors and {@code SLUG/ID} arguments, so they are kept to a safe alphabet. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  /** The intake server's keyed hash of a client network. */
  static final Pattern IP_HASH = Pattern.compile("[0-9a-f]{0,64}");

  static final String DATE_HINT = "2010-09-01T10:15:00+07:00";
  static final String STATUS_HINT = "approved, pending, spam or rejected";

  private final YamlReader yaml = new YamlReader();
  private final CommentSettings settings;

  CommentFileParser(CommentSettings settings) {
    this.settings = settings;
  }

  /**
   * Parses {@code text}, the content of {@code file} (relative to the site), for post {@code slug}.
   */
  ParsedFile parse(String file, String slug, String text) {
    Problems problems = new Problems();
    Optional<Node> root = yaml.read(file, text, 0, problems);
    if (root.isEmpty() || isNull(root.get())) {
      // an empty file, or one holding only YAML comments: no comments yet
      return problems.isEmpty()
          ? new ParsedFile(file, slug, List.of(), List.of(), ListLayout.block(0))
          : ParsedFile.failed(file, slug, problems.list());
    }
    if (!(root.get() instanceof SequenceNode list)) {
      YamlPosition at = position(root.get());
      problems.add(
          Problem.at(file, at.line(), at.column(), "expected a list of comments")
              .withHint("- id: c1"));
      return ParsedFile.failed(file, slug, problems.list());
    }
    List<Draft> drafts = new ArrayList<>();
    for (Node item : list.getValue()) {
      YamlMap.of(item, file, 0, problems)
          .ifPresent(map -> drafts.add(draft(slug, map, item, problems)));
    }
    ReplyCheck.check(file, drafts, problems);
    if (!problems.isEmpty()) {
      return ParsedFile.failed(file, slug, problems.list());
    }
    List<ParsedEntry> entries = new ArrayList<>();
    for (Draft d : drafts) {
      d.comment().ifPresent(c -> entries.add(new ParsedEntry(c, d.status())));
    }
    ListLayout layout =
        list.getFlowStyle() == FlowStyle.FLOW
            ? ListLayout.flow()
            : ListLayout.block(position(list).column() - 1);
    return new ParsedFile(file, slug, entries, List.of(), layout);
  }

  /**
   * Parses entries appended to a file already parsed as {@code before}: {@code appended} is the
   * text after the file's first {@code lineOffset} lines (which must end with a line break), and
   * must be a block list at the file's indentation. The result is what parsing the whole text
   * gives, checked the same way (ids unique and parents found across the whole file), at the cost
   * of the appended text alone (the old entries are looked through, not copied or parsed again).
   * Valid when the old text ends with an entry of a plain block list, as the text tinta itself
   * wrote does; {@link CommentAdder} uses it only then.
   */
  ParsedFile parseAppended(ParsedFile before, String appended, int lineOffset) {
    String file = before.file();
    Problems problems = new Problems();
    Optional<Node> root = yaml.read(file, appended, lineOffset, problems);
    if (root.isEmpty()
        || !(root.get() instanceof SequenceNode list)
        || list.getFlowStyle() == FlowStyle.FLOW
        || position(list).column() - 1 != before.layout().indent()) {
      problems.add(Problem.at(file, lineOffset + 1, 1, "appended text is not a list of entries"));
      return ParsedFile.failed(file, before.slug(), problems.list());
    }
    List<Draft> drafts = new ArrayList<>();
    for (Node item : list.getValue()) {
      YamlMap.of(item, file, lineOffset, problems)
          .ifPresent(
              map -> {
                Draft d = draft(before.slug(), map, item, problems);
                StatusSpan s = d.status();
                drafts.add(
                    new Draft(
                        d.id(),
                        d.parent(),
                        d.at(),
                        d.idAt(),
                        d.comment(),
                        new StatusSpan(
                            s.line() + lineOffset, s.startColumn(), s.endColumn(), s.editable())));
              });
    }
    ReplyCheck.check(file, before.entries(), drafts, problems);
    if (!problems.isEmpty()) {
      return ParsedFile.failed(file, before.slug(), problems.list());
    }
    List<ParsedEntry> entries = new ArrayList<>(before.entries().size() + drafts.size());
    entries.addAll(before.entries());
    for (Draft d : drafts) {
      d.comment().ifPresent(c -> entries.add(new ParsedEntry(c, d.status())));
    }
    return new ParsedFile(file, before.slug(), entries, List.of(), before.layout());
  }

  /**
   * One entry, as far as it could be read.
   *
   * @param id the id when it is valid, else ""
   */
  record Draft(
      String id,
      String parent,
      YamlPosition at,
      YamlPosition idAt,
      Optional<Comment> comment,
      StatusSpan status) {}

  private Draft draft(String slug, YamlMap map, Node node, Problems problems) {
    YamlPosition at = map.position();
    Optional<String> id = map.requiredText("id", "id: c1").map(String::strip);
    if (id.isPresent() && !ID.matcher(id.get()).matches()) {
      map.report("id", "'id' must be letters, digits, '-' or '_' (at most 64)", "id: c1");
      id = Optional.empty();
    }
    Optional<String> author = author(map);
    String url = map.text("url").orElse("").strip();
    Optional<ZonedDateTime> date =
        map.requiredText("date", "date: " + DATE_HINT).flatMap(d -> date(map, d));
    Optional<CommentStatus> status =
        map.requiredText("status", "status: pending").flatMap(s -> status(map, s));
    String parent = map.text("parent").orElse("").strip();
    String ipHash = map.text("ip_hash").orElse("").strip();
    if (!IP_HASH.matcher(ipHash).matches()) {
      map.report("ip_hash", "'ip_hash' must be lower-case hexadecimal digits (at most 64)", "");
      ipHash = "";
    }
    boolean owner = map.bool("owner").orElse(false);
    Optional<String> body = map.requiredText("body", "body: |");
    if (body.isPresent() && UntrustedText.length(body.get()) > settings.maxBodyLength()) {
      problems.add(
          Problem.at(
              map.file(),
              at.line(),
              at.column(),
              "'body' is longer than " + settings.maxBodyLength() + " characters"));
      body = Optional.empty();
    }
    Optional<Comment> comment = Optional.empty();
    if (id.isPresent()
        && author.isPresent()
        && date.isPresent()
        && status.isPresent()
        && body.isPresent()) {
      comment =
          Optional.of(
              new Comment(
                  slug,
                  id.get(),
                  author.get(),
                  url,
                  date.get(),
                  status.get(),
                  parent,
                  body.get(),
                  map.file(),
                  at.line(),
                  ipHash,
                  owner));
    }
    return new Draft(
        id.orElse(""), parent, at, map.position("id"), comment, statusSpan((MappingNode) node));
  }

  private Optional<String> author(YamlMap map) {
    Optional<String> raw = map.requiredText("author", "author: Anonim");
    if (raw.isEmpty()) {
      return raw;
    }
    String author = UntrustedText.line(raw.get());
    if (author.isEmpty()) {
      map.report("author", "'author' must not be empty", "author: Anonim");
      return Optional.empty();
    }
    if (UntrustedText.length(author) > settings.maxAuthorLength()) {
      map.report(
          "author", "'author' is longer than " + settings.maxAuthorLength() + " characters", "");
      return Optional.empty();
    }
    return Optional.of(author);
  }

  /** A date in the forms of {@link DateTimes}; without an offset, in the site's zone. */
  private Optional<ZonedDateTime> date(YamlMap map, String text) {
    Optional<ZonedDateTime> date = DateTimes.parse(text, settings.timeZone());
    if (date.isEmpty()) {
      map.report("date", "'date' is not a date", "use " + DateTimes.FORMS);
    }
    return date;
  }

  private static Optional<CommentStatus> status(YamlMap map, String text) {
    Optional<CommentStatus> status = CommentStatus.of(text.strip());
    if (status.isEmpty()) {
      map.report("status", "unknown status '" + UntrustedText.line(text) + "'", STATUS_HINT);
    }
    return status;
  }

  private static StatusSpan statusSpan(MappingNode node) {
    for (NodeTuple tuple : node.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key
          && key.getValue().equals("status")
          && tuple.getValueNode() instanceof ScalarNode value) {
        return span(value);
      }
    }
    return StatusSpan.none();
  }

  private static StatusSpan span(ScalarNode value) {
    Optional<Mark> start = value.getStartMark();
    Optional<Mark> end = value.getEndMark();
    if (start.isEmpty() || end.isEmpty()) {
      return StatusSpan.none();
    }
    ScalarStyle style = value.getScalarStyle();
    boolean inline =
        style == ScalarStyle.PLAIN
            || style == ScalarStyle.SINGLE_QUOTED
            || style == ScalarStyle.DOUBLE_QUOTED;
    // an anchored value may be shared through aliases: changing it would change other entries
    boolean editable =
        inline && value.getAnchor().isEmpty() && start.get().getLine() == end.get().getLine();
    return new StatusSpan(
        start.get().getLine(), start.get().getColumn(), end.get().getColumn(), editable);
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  private static YamlPosition position(Node node) {
    return node.getStartMark()
        .map(m -> new YamlPosition(m.getLine() + 1, m.getColumn() + 1))
        .orElse(new YamlPosition(1, 1));
  }
}
