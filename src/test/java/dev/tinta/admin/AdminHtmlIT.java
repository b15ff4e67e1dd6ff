package dev.tinta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.quality.NuCheck;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderation pages are valid HTML by the Nu Html Checker (the same gate as the site's pages):
 * the sign-in page, the queue, a view with an owner's reply, a comment's page, a message page.
 */
class AdminHtmlIT {
  @TempDir Path tmp;

  @Test
  void everyAdminPageIsValidHtml() throws Exception {
    AdminSite site = AdminSite.write(tmp.resolve("site"), AdminSite.COMMENTS);
    try (site) {
      site.start(Clock.systemUTC(), false, () -> {}, () -> Optional.of("a <problem>"));
      NuCheck validator = new NuCheck(tmp);
      check(validator, "signin", site.get("/admin"));
      String csrf = site.signIn();
      site.post("/admin/c/open/c1/reply", List.of("csrf", csrf, "body", "Thanks!"));
      check(validator, "queue", site.get("/admin"));
      check(validator, "approved", site.get("/admin?status=approved"));
      check(validator, "comment", site.get("/admin/c/open/c2"));
      check(validator, "message", site.get("/admin/c/open/c99"));
    }
  }

  private void check(NuCheck vnu, String name, HttpResponse<String> page) throws Exception {
    assertThat(vnu.errors(name, page.body())).as("vnu errors on the %s page", name).isEmpty();
  }
}
