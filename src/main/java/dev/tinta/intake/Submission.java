package dev.tinta.intake;

import dev.tinta.comments.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a comment as a reader's client sent them, every one untrusted and possibly empty.
 *
 * @param subject the honeypot: hidden from people, so only robots fill it in
 */
record Submission(
    String author, String url, String body, String parent, String token, String subject) {

  /** The fields a client may send; any other must be absent or empty. */
  static final Set<String> FIELDS = Set.of("author", "url", "body", "parent", "token", "subject");

  Submission {
    Objects.requireNonNull(author);
    Objects.requireNonNull(url);
    Objects.requireNonNull(body);
    Objects.requireNonNull(parent);
    Objects.requireNonNull(token);
    Objects.requireNonNull(subject);
  }

  static Submission of(Map<String, String> fields) {
    return new Submission(
        fields.getOrDefault("author", ""),
        fields.getOrDefault("url", ""),
        fields.getOrDefault("body", ""),
        fields.getOrDefault("parent", ""),
        fields.getOrDefault("token", ""),
        fields.getOrDefault("subject", ""));
  }

  /**
   * Fields holding control characters: none in one-line fields, only tab and line breaks in the
   * body.
   */
  List<FieldProblem> controlCharacters() {
    List<FieldProblem> out = new ArrayList<>();
    check("author", author, false, out);
    check("url", url, false, out);
    check("body", body, true, out);
    check("parent", parent, false, out);
    return out;
  }

  /** Whether the token or honeypot hold control characters (a robot or a broken client). */
  boolean hiddenFieldsMalformed() {
    return hasControl(token, false) || hasControl(subject, false);
  }

  private static void check(String field, String value, boolean multiline, List<FieldProblem> out) {
    if (hasControl(value, multiline)) {
      out.add(new FieldProblem(field, FieldProblem.Kind.INVALID, 0));
    }
  }

  private static boolean hasControl(String value, boolean multiline) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed = multiline && (c == '\n' || c == '\r' || c == '\t');
      if (Character.isISOControl(c) && !allowed) {
        return true;
      }
    }
    return false;
  }
}
