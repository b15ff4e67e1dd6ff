package dev.tinta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentModerator;
import dev.tinta.config.ConfigLoader;
import dev.tinta.intake.TestClock;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderation pages' security model against a real server on 127.0.0.1: sign-in, session cookie,
 * fixation, CSRF, origin, brute force; and each action through to the comments file.
 */
class AdminServerTest {
  @TempDir Path tmp;

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final AtomicInteger changes = new AtomicInteger();
  private AdminSite site;

  private AdminSite start(boolean trustProxy) {
    site = AdminSite.write(tmp.resolve("site"), AdminSite.COMMENTS);
    return site.start(clock, trustProxy, changes::incrementAndGet, Optional::empty);
  }

  @AfterEach
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  private Map<String, CommentStatus> statuses() {
    return comments().stream().collect(Collectors.toMap(Comment::id, Comment::status));
  }

  private List<Comment> comments() {
    return new CommentModerator(site.dir, ConfigLoader.load(site.dir).comments(), clock)
        .comments("open");
  }

  private static boolean isSignInPage(HttpResponse<String> r) {
    Document d = Jsoup.parse(r.body());
    return d.select("form[action=/admin/signin] input[name=token][type=password]").size() == 1;
  }

  @Test
  void withoutASessionEveryPageIsTheSignInPageAndNoPostActs() {
    start(false);
    for (String path : List.of("/admin", "/admin/", "/admin?status=spam", "/admin/c/open/c2")) {
      HttpResponse<String> r = site.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(isSignInPage(r)).as(path).isTrue();
      assertThat(r.body()).doesNotContain("Waiting").doesNotContain("Budi").doesNotContain("Ayu");
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .hasValue(
              "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
      assertThat(Jsoup.parse(r.body()).select("script")).isEmpty();
    }
    String before = site.read("content/comments/open.yaml");
    String csrf = AdminSite.csrf(site.get("/admin"));
    assertThat(site.post("/admin/c/open/c2/approve", List.of("csrf", csrf)).statusCode())
        .isEqualTo(403);
    assertThat(
            site.post("/admin/bulk", List.of("csrf", csrf, "action", "approve", "c", "open/c2"))
                .statusCode())
        .isEqualTo(403);
    assertThat(site.read("content/comments/open.yaml")).isEqualTo(before);
    assertThat(changes).hasValue(0);
  }

  @Test
  void signInIssuesANewSessionIdWithStrictCookieFlags() {
    start(false);
    HttpResponse<String> page = site.get("/admin/signin");
    String visitorCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(visitorCookie)
        .contains("HttpOnly")
        .contains("SameSite=Strict")
        .contains("Path=/admin");
    assertThat(visitorCookie).doesNotContain("Secure");
    String before = site.cookie;
    assertThat(before).hasSize(43);

    HttpResponse<String> r =
        site.post("/admin/signin", List.of("csrf", AdminSite.csrf(page), "token", AdminSite.TOKEN));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/admin");
    String sessionCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(sessionCookie)
        .contains("HttpOnly")
        .contains("SameSite=Strict")
        .contains("Max-Age=43200")
        .contains("Path=/admin");
    String after = site.cookie;
    assertThat(after).hasSize(43).isNotEqualTo(before);

    HttpResponse<String> queue = site.get("/admin");
    assertThat(isSignInPage(queue)).isFalse();
    assertThat(queue.body()).contains("Waiting.");

    // the id from before sign-in (which an attacker could have planted) is worth nothing
    site.cookie = before;
    assertThat(isSignInPage(site.get("/admin"))).isTrue();

    // twelve hours later the session is gone
    site.cookie = after;
    clock.advance(Duration.ofHours(12));
    assertThat(isSignInPage(site.get("/admin"))).isTrue();
  }

  @Test
  void aPlantedCookieIsReplacedAtSignIn() {
    start(false);
    site.cookie = "A".repeat(43);
    HttpResponse<String> page = site.get("/admin/signin");
    assertThat(site.cookie).isEqualTo("A".repeat(43));
    site.post("/admin/signin", List.of("csrf", AdminSite.csrf(page), "token", AdminSite.TOKEN));
    assertThat(site.cookie).isNotEqualTo("A".repeat(43));
    assertThat(isSignInPage(site.get("/admin"))).isFalse();
  }

  @Test
  void theCookieIsSecureBehindATrustedHttpsProxy() {
    start(true);
    HttpResponse<String> page = site.get("/admin/signin", "X-Forwarded-Proto", "https");
    assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure");
    HttpResponse<String> plain = site.get("/admin/signin");
    assertThat(plain.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
  }

  @Test
  void signOutEndsTheSession() {
    start(false);
    String csrf = site.signIn();
    String session = site.cookie;
    HttpResponse<String> r = site.post("/admin/signout", List.of("csrf", csrf));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
    site.cookie = session;
    assertThat(isSignInPage(site.get("/admin"))).isTrue();
  }

  @Test
  void aMissingOrWrongCsrfTokenIsRefused() {
    start(false);
    String csrf = site.signIn();
    String before = site.read("content/comments/open.yaml");
    assertThat(site.post("/admin/c/open/c2/approve", List.of()).statusCode()).isEqualTo(403);
    assertThat(site.post("/admin/c/open/c2/approve", List.of("csrf", "")).statusCode())
        .isEqualTo(403);
    assertThat(site.post("/admin/c/open/c2/approve", List.of("csrf", csrf + "x")).statusCode())
        .isEqualTo(403);
    // the sign-in form's token (a visitor's) is not a session's
    assertThat(
            site.post("/admin/c/open/c2/approve", List.of("csrf", csrf.substring(1) + "A"))
                .statusCode())
        .isEqualTo(403);
    assertThat(site.post("/admin/signout", List.of("csrf", "nope")).statusCode()).isEqualTo(403);
    assertThat(site.read("content/comments/open.yaml")).isEqualTo(before);

    HttpResponse<String> ok = site.post("/admin/c/open/c2/approve", List.of("csrf", csrf));
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(statuses()).containsEntry("c2", CommentStatus.APPROVED);
    assertThat(changes).hasValue(1);
  }

  @Test
  void aPostFromAnotherSiteIsRefused() {
    start(false);
    String csrf = site.signIn();
    String before = site.read("content/comments/open.yaml");
    List<String> approve = List.of("csrf", csrf);
    assertThat(
            site.post("/admin/c/open/c2/approve", approve, "Origin", "https://evil.example")
                .statusCode())
        .isEqualTo(403);
    // the blog itself is another origin too
    assertThat(
            site.post("/admin/c/open/c2/approve", approve, "Origin", "https://blog.example.org")
                .statusCode())
        .isEqualTo(403);
    assertThat(site.post("/admin/c/open/c2/approve", approve, "Origin", "null").statusCode())
        .isEqualTo(403);
    assertThat(
            site.post("/admin/c/open/c2/approve", approve, "Sec-Fetch-Site", "cross-site")
                .statusCode())
        .isEqualTo(403);
    assertThat(site.read("content/comments/open.yaml")).isEqualTo(before);
    String self = "http://127.0.0.1:" + site.uri("/").getPort();
    assertThat(
            site.post(
                    "/admin/c/open/c2/approve",
                    approve,
                    "Origin",
                    self,
                    "Sec-Fetch-Site",
                    "same-origin")
                .statusCode())
        .isEqualTo(303);
    assertThat(statuses()).containsEntry("c2", CommentStatus.APPROVED);
  }

  @Test
  void thePublicEndpointsOriginIsThisServerToo() {
    start(false);
    String csrf = site.signIn();
    assertThat(
            site.post(
                    "/admin/c/open/c2/spam",
                    List.of("csrf", csrf),
                    "Origin",
                    "https://comments.example.org")
                .statusCode())
        .isEqualTo(303);
    assertThat(statuses()).containsEntry("c2", CommentStatus.SPAM);
  }

  @Test
  void aFailedPublishIsShownAtTheTop() {
    site = AdminSite.write(tmp.resolve("site"), AdminSite.COMMENTS);
    site.start(
        clock, false, () -> {}, () -> Optional.of("templates/layouts/post.ftlh:3:1: error: x"));
    site.signIn();
    Document d = Jsoup.parse(site.get("/admin").body());
    assertThat(d.select(".admin-problem[role=alert]").text())
        .isEqualTo("The site could not be published: templates/layouts/post.ftlh:3:1: error: x");
  }

  @Test
  void fiveWrongTokensAMinuteFromOneNetworkThen429() {
    start(false);
    HttpResponse<String> page = site.get("/admin/signin");
    String csrf = AdminSite.csrf(page);
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> r =
          site.post("/admin/signin", List.of("csrf", csrf, "token", "guess" + i));
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(Jsoup.parse(r.body()).select(".admin-problem").text())
          .isEqualTo("That is not the admin token.");
    }
    String visitor = site.cookie;
    HttpResponse<String> locked =
        site.post("/admin/signin", List.of("csrf", csrf, "token", AdminSite.TOKEN));
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(site.cookie).isEqualTo(visitor);
    clock.advance(Duration.ofSeconds(61));
    HttpResponse<String> ok =
        site.post("/admin/signin", List.of("csrf", csrf, "token", AdminSite.TOKEN));
    assertThat(ok.statusCode()).isEqualTo(303);
  }

  @Test
  void theQueueShowsPendingNewestFirstWithPostAndNetworkCount() {
    start(false);
    site.signIn();
    Document d = Jsoup.parse(site.get("/admin").body());
    assertThat(d.select(".admin-card .comment-author").eachText()).containsExactly("Citra", "Budi");
    assertThat(d.select(".admin-card .admin-post a").eachAttr("href"))
        .containsExactly(
            "https://blog.example.org/2026/01/open/", "https://blog.example.org/2026/01/open/");
    assertThat(d.select(".admin-card .admin-post").first().text()).isEqualTo("Post: Open post");
    assertThat(d.select(".admin-network").eachText())
        .containsExactly("2 comments from this network", "2 comments from this network");
    assertThat(d.select(".admin-card .comment-body").eachText())
        .containsExactly("Also waiting.", "Waiting.");
    assertThat(d.select(".admin-tabs a").eachText())
        .containsExactly("Pending 2", "Approved 1", "Spam 0", "Rejected 0");
    assertThat(d.select(".admin-tabs a[aria-current=page]").text()).isEqualTo("Pending 2");
    Document approved = Jsoup.parse(site.get("/admin?status=approved").body());
    assertThat(approved.select(".admin-card .comment-author").eachText()).containsExactly("Ayu");
    assertThat(site.get("/admin?status=nonsense").statusCode()).isEqualTo(404);
  }

  @Test
  void bulkAndNetworkActions() {
    start(false);
    String csrf = site.signIn();
    HttpResponse<String> r =
        site.post(
            "/admin/bulk",
            List.of(
                "csrf", csrf, "back", "pending", "action", "approve", "c", "open/c2", "c",
                "open/c3"));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(statuses())
        .containsEntry("c2", CommentStatus.APPROVED)
        .containsEntry("c3", CommentStatus.APPROVED);
    Document after = Jsoup.parse(site.get("/admin").body());
    assertThat(after.select(".admin-notice").text()).isEqualTo("2 comments approved.");
    assertThat(after.select(".admin-empty").text()).isEqualTo("Nothing here.");
    // the notice shows once
    assertThat(Jsoup.parse(site.get("/admin").body()).select(".admin-notice")).isEmpty();

    site.post("/admin/network", List.of("csrf", csrf, "ip_hash", "00aa11bb22cc33dd"));
    assertThat(statuses())
        .containsEntry("c1", CommentStatus.APPROVED)
        .containsEntry("c2", CommentStatus.SPAM)
        .containsEntry("c3", CommentStatus.SPAM);
    assertThat(changes).hasValue(2);
  }

  @Test
  void editReplyAndDelete() {
    start(false);
    String csrf = site.signIn();
    site.post("/admin/c/open/c2/edit", List.of("csrf", csrf, "body", "Waiting, fixed.\n"));
    assertThat(comments().get(1).body()).isEqualTo("Waiting, fixed.\n");

    site.post("/admin/c/open/c1/reply", List.of("csrf", csrf, "body", "Thanks, Ayu!"));
    Comment reply = comments().get(3);
    assertThat(reply.parent()).isEqualTo("c1");
    assertThat(reply.author()).isEqualTo("Marissa");
    assertThat(reply.owner()).isTrue();
    assertThat(reply.status()).isEqualTo(CommentStatus.APPROVED);
    assertThat(site.read("content/comments/open.yaml")).contains("  owner: true\n");

    // c1 has a reply now: deleting it would orphan the reply
    site.post("/admin/c/open/c1/delete", List.of("csrf", csrf));
    assertThat(Jsoup.parse(site.get("/admin").body()).select(".admin-notice").text())
        .contains("has replies");
    assertThat(statuses()).containsKey("c1");

    site.post("/admin/c/open/c3/delete", List.of("csrf", csrf));
    assertThat(statuses()).doesNotContainKey("c3").hasSize(3);
    assertThat(changes).hasValue(3);

    Document page = Jsoup.parse(site.get("/admin/c/open/c2").body());
    assertThat(page.select("textarea[name=body]").first().text()).isEqualTo("Waiting, fixed.");
    assertThat(page.select("label[for=admin-reply]").text()).isEqualTo("Reply as Marissa");
    assertThat(site.get("/admin/c/open/c99").statusCode()).isEqualTo(404);
  }
}
