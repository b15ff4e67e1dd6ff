package dev.tinta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderation pages are valid HTML by the Nu Html Checker (the same gate as the site's pages):
 * the sign-in page, the queue, a view with an owner's reply, a comment's page, a message page.
 */
class AdminHtmlIT {
  private static final Pattern ERROR =
      Pattern.compile("\\{\"type\":\"error\"[^}]*\"message\":\"([^\"]*)\"");

  @TempDir Path tmp;

  @Test
  void everyAdminPageIsValidHtml() throws Exception {
    AdminSite site = AdminSite.write(tmp.resolve("site"), AdminSite.COMMENTS);
    try (site) {
      site.start(Clock.systemUTC(), false, () -> {}, () -> Optional.of("a <problem>"));
      EmbeddedValidator validator = new EmbeddedValidator();
      validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
      validator.setNoLangDetect(true);
      check(validator, "signin", site.get("/admin"));
      String csrf = site.signIn();
      site.post("/admin/c/open/c1/reply", List.of("csrf", csrf, "body", "Thanks!"));
      check(validator, "queue", site.get("/admin"));
      check(validator, "approved", site.get("/admin?status=approved"));
      check(validator, "comment", site.get("/admin/c/open/c2"));
      check(validator, "message", site.get("/admin/c/open/c99"));
    }
  }

  private void check(EmbeddedValidator validator, String name, HttpResponse<String> page)
      throws Exception {
    Path file = tmp.resolve(name + ".html");
    Files.writeString(file, page.body(), StandardCharsets.UTF_8);
    String report = validator.validate(file);
    Matcher m = ERROR.matcher(report);
    StringBuilder errors = new StringBuilder();
    while (m.find()) {
      errors.append(m.group(1)).append('\n');
    }
    assertThat(errors.toString()).as("vnu errors on the %s page: %s", name, report).isEmpty();
    assertThat(report).as(name).doesNotContain("\"type\":\"error\"");
  }
}
