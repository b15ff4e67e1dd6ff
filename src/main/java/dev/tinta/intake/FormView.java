package dev.tinta.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A comment form as the server's form page shows it; templates see it as {@code form}.
 *
 * @param values what the reader wrote, by field, shown again after a refusal (escaped)
 * @param errors what is wrong, by field
 * @param summary a message about the whole form, or ""
 * @param replyAuthor and {@code replyExcerpt}: the comment replied to, or ""
 */
public record FormView(
    String parent,
    String token,
    Map<String, String> values,
    Map<String, String> errors,
    String summary,
    String replyAuthor,
    String replyExcerpt) {
  public FormView {
    Objects.requireNonNull(parent);
    Objects.requireNonNull(token);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(replyAuthor);
    Objects.requireNonNull(replyExcerpt);
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }
}
